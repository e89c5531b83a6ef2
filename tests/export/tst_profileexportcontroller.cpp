// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File → Export across profiles… offscreen, against two fake clusters with different tokens: the
// dialog offers every profile, the file has a first column Cluster and every token of each ticked
// cluster; a profile that cannot be exported is named and leaves an existing file as it was.
#include "csv/csvreader.h"
#include "exportdialog.h"
#include "fakecluster.h"
#include "profileexportcontroller.h"
#include "settings/secretstore.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace TokenDesk;
using Fake::Endpoint;

class TestProfileExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Fake::SeedOptions seed;
        seed.tokens = 5;
        seed.seed = 31;
        QVERIFY(m_alpha.start(Fake::ServerOptions{}, seed));
        seed.seed = 32;
        QVERIFY(m_beta.start(Fake::ServerOptions{}, seed));
        m_keyring = std::make_unique<MemorySecretStore>();
        m_keyring->write(QStringLiteral("alpha"), m_alpha.adminToken().secret, this, [](bool, const QString &) {});
        m_keyring->write(QStringLiteral("beta"), m_beta.adminToken().secret, this, [](bool, const QString &) {});
        m_profiles = {profile(QStringLiteral("alpha"), m_alpha.baseUrl()),
                      profile(QStringLiteral("beta"), m_beta.baseUrl())};
        m_window = std::make_unique<QWidget>();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_controller =
            new ProfileExportController([this] { return m_profiles; },
                                        [this](const ConnectionProfile &p, QObject *context,
                                               std::function<void(bool, const QString &, const QString &)> done) {
                                            m_keyring->read(p.name, context, std::move(done));
                                        },
                                        m_window.get());
        m_controller->setSettings(m_settings.get());
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_alpha.stop();
        m_beta.stop();
    }

    void action_hasItsKeyAndWords()
    {
        QAction *action = m_controller->action();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QVERIFY(action->toolTip().contains(QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(m_window->actions().contains(action));
    }

    void twoProfiles_oneFileWithTheClusterColumn()
    {
        m_controller->action()->trigger();
        ExportDialog *dialog = m_controller->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->profiles(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QVERIFY(dialog->profilesList()->isVisible());
        dialog->setColumns({TokenColumn::Name, TokenColumn::Id, TokenColumn::Owner});
        QVERIFY(dialog->exportButton()->isEnabled());
        // Unticking every profile leaves nothing to export
        for (int row = 0; row < dialog->profilesList()->count(); ++row)
            dialog->profilesList()->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog->exportButton()->isEnabled());
        for (int row = 0; row < dialog->profilesList()->count(); ++row)
            dialog->profilesList()->item(row)->setCheckState(Qt::Checked);

        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy finished(m_controller, &ProfileExportController::exportFinished);
        m_controller->exportTo(path);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = CsvReader::parse(file.readAll());
        QVERIFY(table);
        QCOMPARE(table->header, (QStringList{QStringLiteral("Cluster"), QStringLiteral("Name"), QStringLiteral("ID"),
                                             QStringLiteral("Owner")}));
        QCOMPARE(table->records.size(), m_alpha.tokenCount() + m_beta.tokenCount());
        int alpha = 0;
        for (const QStringList &record : table->records) {
            if (record.at(0) == QStringLiteral("alpha")) {
                ++alpha;
                QVERIFY(m_alpha.hasToken(record.at(2)));
            } else {
                QCOMPARE(record.at(0), QStringLiteral("beta"));
                QVERIFY(m_beta.hasToken(record.at(2)));
            }
            QVERIFY(!record.at(3).isEmpty()); // the owner: details were loaded
        }
        QCOMPARE(alpha, m_alpha.tokenCount());
        QCOMPARE(m_alpha.lastRequestHeader(Endpoint::Get, "Authorization"),
                 "Api-Token " + m_alpha.adminToken().secret.toLatin1());
        QCOMPARE(m_beta.lastRequestHeader(Endpoint::Get, "Authorization"),
                 "Api-Token " + m_beta.adminToken().secret.toLatin1());
        // The whole list of each cluster was asked for, not the server's default of 1000
        QCOMPARE(m_beta.lastRequestQuery(Endpoint::List), QStringLiteral("limit=1000000"));
    }

    void aProfileThatFails_isNamedAndTheOldFileStays()
    {
        m_profiles.append(profile(QStringLiteral("no token"), m_alpha.baseUrl()));
        const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("earlier export\n");
        }
        m_controller->openDialog();
        ExportDialog *dialog = m_controller->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->profiles().size(), 3);
        QSignalSpy finished(m_controller, &ProfileExportController::exportFinished);
        m_controller->exportTo(path);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().at(0).toBool());
        const QString message = finished.first().at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("Nothing was written")) &&
                     message.contains(QStringLiteral("\u201Cno token\u201D: No API token is stored")),
                 qPrintable(message));
        QCOMPARE(dialog->message(), message);
        QVERIFY(dialog->isMessageError());
        QVERIFY(!dialog->isBusy());
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("earlier export\n"));
    }

    void cancel_writesNothing()
    {
        Fake::Fault slow;
        slow.kind = Fake::Fault::Kind::Latency;
        slow.latencyMs = 3000;
        slow.count = -1;
        m_beta.injectFault(Endpoint::List, slow);
        m_controller->openDialog();
        ExportDialog *dialog = m_controller->dialog();
        QVERIFY(dialog);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy finished(m_controller, &ProfileExportController::exportFinished);
        m_controller->exportTo(path);
        QTRY_COMPARE(m_beta.requestCount(Endpoint::List), 1); // alpha is done, beta is being asked
        QVERIFY(dialog->isBusy());
        dialog->reject(); // Esc / Cancel while busy
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(dialog->message().contains(QStringLiteral("nothing was written")));
        QVERIFY(!dialog->isBusy());
        QVERIFY(!m_controller->isRunning());
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
        m_beta.clearFaults();
    }

private:
    static ConnectionProfile profile(const QString &name, const QString &url)
    {
        ConnectionProfile p;
        p.name = name;
        p.url = url;
        p.timeoutMs = 5000;
        return p;
    }

    QTemporaryDir m_dir;
    Fake::FakeCluster m_alpha;
    Fake::FakeCluster m_beta;
    std::unique_ptr<MemorySecretStore> m_keyring;
    QList<ConnectionProfile> m_profiles;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QWidget> m_window;
    ProfileExportController *m_controller = nullptr;
};

QTEST_MAIN(TestProfileExportController)
#include "tst_profileexportcontroller.moc"
