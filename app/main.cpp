// tokendesk: the desktop application.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, search, create, change, look up, delete and export the API "
                                            "tokens of Dynatrace Managed clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the embedded demo cluster and connect to it."));
    const QCommandLineOption demoTokens(QStringLiteral("demo-tokens"),
                                        QCoreApplication::translate("main", "Tokens seeded in the demo cluster."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Connect to this saved profile."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once the list and details are "
                                            "loaded, then quit (documentation)."),
        QStringLiteral("FILE"));
    parser.addOption(demo);
    parser.addOption(demoTokens);
    parser.addOption(profile);
    parser.addOption(screenshot);
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("main", "Log every request (never a secret)."));
    parser.addOption(verbose);
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.info=false\ntokendesk.*.debug=false"));

    TokenDesk::MainWindow::Options options;
    options.demo = parser.isSet(demo);
    bool ok = false;
    options.demoTokens = parser.value(demoTokens).toInt(&ok);
    if (!ok || options.demoTokens < 1 || options.demoTokens > 1000000) {
        qCritical("--demo-tokens takes a number from 1 to 1000000");
        return 1;
    }
    options.profile = parser.value(profile);
    options.screenshotFile = parser.value(screenshot);

    TokenDesk::MainWindow window(options);
    window.show();
    window.start();
    return app.exec();
}
