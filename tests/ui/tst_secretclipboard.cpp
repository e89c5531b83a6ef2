// The secret clipboard: password-manager hints, cleared after the timeout only if it still holds
// the secret, left alone when the user copied something else.
#include "secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;

class TestSecretClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldMarkSecretsForPasswordManagers();
    void shouldClearAfterTimeout();
    void shouldLeaveOtherContentAlone();
    void shouldClearWhenDestroyed();
};

static const QString kSecret =
    QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");

void TestSecretClipboard::shouldMarkSecretsForPasswordManagers()
{
    std::unique_ptr<QMimeData> mime(SecretClipboard::secretMimeData(kSecret));
    QCOMPARE(mime->text(), kSecret);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
    QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), QByteArray(4, '\0'));
    QCOMPARE(mime->data(QStringLiteral("CanUploadToCloudClipboard")), QByteArray(4, '\0'));
}

void TestSecretClipboard::shouldClearAfterTimeout()
{
    QClipboard *cb = QGuiApplication::clipboard();
    SecretClipboard clipboard(cb);
    clipboard.setClearAfterSeconds(2);
    QSignalSpy countdown(&clipboard, &SecretClipboard::countdownChanged);
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    clipboard.copySecret(kSecret);
    QCOMPARE(cb->text(), kSecret);
    QCOMPARE(clipboard.secondsLeft(), 2);
    QVERIFY(cleared.wait(4000));
    QVERIFY(cb->text().isEmpty());
    // 2 (start), 1, 0
    QCOMPARE(countdown.size(), 3);
    QCOMPARE(countdown.last().first().toInt(), 0);
}

void TestSecretClipboard::shouldLeaveOtherContentAlone()
{
    QClipboard *cb = QGuiApplication::clipboard();
    SecretClipboard clipboard(cb);
    clipboard.setClearAfterSeconds(2);
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    QSignalSpy countdown(&clipboard, &SecretClipboard::countdownChanged);
    clipboard.copySecret(kSecret);
    cb->setText(QStringLiteral("something the user copied"));
    QTRY_COMPARE_WITH_TIMEOUT(clipboard.secondsLeft(), 0, 4000);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(cb->text(), QStringLiteral("something the user copied"));
    QCOMPARE(countdown.last().first().toInt(), 0);
}

void TestSecretClipboard::shouldClearWhenDestroyed()
{
    QClipboard *cb = QGuiApplication::clipboard();
    {
        SecretClipboard clipboard(cb);
        clipboard.setClearAfterSeconds(30);
        clipboard.copySecret(kSecret);
        QCOMPARE(cb->text(), kSecret);
    }
    QVERIFY(cb->text().isEmpty());
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
