// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk: the desktop application.
#include "i18n/translations.h"
#include "mainwindow.h"
#include "security/processhardening.h"
#include "settings/settingslocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>

#include <memory>

namespace {

// The language comes from --lang (a code such as "de" or "de_DE"), else from the system (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG). Returns it, or an empty string when there is nothing to look at.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return QString();
}

// --help and --version answer on the terminal: they must work without a display (over ssh, in a
// package check), so they get a QCoreApplication, which needs no platform plugin.
bool wantsInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads the API token: a crash must not write it to a core file.
    TokenDesk::ProcessHardening::disableCoreDumps();
    const bool informationOnly = wantsInformationOnly(argc, argv);
    const std::unique_ptr<QCoreApplication> application(informationOnly ? new QCoreApplication(argc, argv)
                                                                        : new QApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(TokenDesk::SettingsLocation::application());
    QCoreApplication::setOrganizationName(TokenDesk::SettingsLocation::organization());
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    if (!informationOnly) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokendesk.TokenDesk"));
    }
    // Toolbar actions ask the icon theme by name (view-refresh, list-add, ...). A bare system has no
    // theme with those names: our own SVGs, named alike, are the fallback.
    QIcon::setFallbackSearchPaths(QIcon::fallbackSearchPaths() << QStringLiteral(":/icons"));

    // Translators go in before the parser so that --help is translated too.
    const QString lang = languageArgument(argc, argv);
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    TokenDesk::Translations::install(locale, &app);

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
                                        QStringLiteral("N"), QString::number(TokenDesk::DemoTokens::Default));
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
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language (for example de or en) instead of the system's."),
        QStringLiteral("CODE"));
    parser.addOption(langOption);
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("tokendesk.*.info=false\ntokendesk.*.debug=false"));

    TokenDesk::MainWindow::Options options;
    options.demo = parser.isSet(demo);
    bool ok = false;
    options.demoTokens = parser.value(demoTokens).toInt(&ok);
    if (!ok || options.demoTokens < 1 || options.demoTokens > TokenDesk::DemoTokens::Max) {
        qCritical("%s", qUtf8Printable(QCoreApplication::translate("main", "--demo-tokens takes a number from 1 to %1")
                                           .arg(TokenDesk::DemoTokens::Max)));
        return 1;
    }
    options.profile = parser.value(profile);
    options.screenshotFile = parser.value(screenshot);

    TokenDesk::MainWindow window(options);
    window.show();
    window.start();
    return QCoreApplication::exec();
}
