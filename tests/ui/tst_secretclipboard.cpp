// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The secret clipboard: password-manager hints, cleared after the timeout only if it still holds
// the secret, left alone when the user copied something else, never the X11 primary selection;
// and the secret dialog's field, which lets the secret out only through it.
// Offscreen there is no primary selection (QClipboard::supportsSelection() is false): the
// selection checks run in the xcb run of this test under Xvfb (tst_secretclipboard_x11), and
// are skipped offscreen; everything else runs in both.
#include "secretclipboard.h"
#include "secretdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
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
    void shouldNeverPutTheSecretInThePrimarySelection();
    void shouldTakeTheSecretOutOfThePrimarySelectionWhenClearing();
    void secretDialog_fieldShouldHoldNoSelection();
    void secretDialog_ctrlCShouldBeTheCopyButton_data();
    void secretDialog_ctrlCShouldBeTheCopyButton();
    void secretDialog_fieldShouldOfferNoOtherWayOut();
    void cleanup();
};

// The documentation's example secret, assembled so that no secret-shaped line is committed.
static const QString kSecret = QStringLiteral("dt0c01.") + QStringLiteral("ST2EY72KQINMH574WMNVI7YN") +
                               QStringLiteral(".G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPR") +
                               QStringLiteral("VMWFASS64NFH52PX6BNDVFFM572RZM");

namespace {

bool holdsSecret(QClipboard::Mode mode)
{
    return QGuiApplication::clipboard()->text(mode).contains(kSecret.mid(32));
}

} // namespace

void TestSecretClipboard::cleanup()
{
    QClipboard *cb = QGuiApplication::clipboard();
    cb->clear(QClipboard::Clipboard);
    if (cb->supportsSelection())
        cb->clear(QClipboard::Selection);
}

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

void TestSecretClipboard::shouldNeverPutTheSecretInThePrimarySelection()
{
    QClipboard *cb = QGuiApplication::clipboard();
    if (!cb->supportsSelection())
        QSKIP("No primary selection on this platform (offscreen): checked in the xcb run");
    SecretClipboard clipboard(cb);
    // Given something else in the primary selection, copying leaves it alone and does not add the secret
    cb->setText(QStringLiteral("selected elsewhere"), QClipboard::Selection);
    clipboard.copySecret(kSecret);
    QCOMPARE(cb->text(QClipboard::Clipboard), kSecret);
    QCOMPARE(cb->text(QClipboard::Selection), QStringLiteral("selected elsewhere"));
    // Given the secret already in the primary selection (selected somewhere), copying takes it out
    cb->setText(kSecret, QClipboard::Selection);
    clipboard.copySecret(kSecret);
    QCOMPARE(cb->text(QClipboard::Clipboard), kSecret);
    QVERIFY(!holdsSecret(QClipboard::Selection));
}

void TestSecretClipboard::shouldTakeTheSecretOutOfThePrimarySelectionWhenClearing()
{
    QClipboard *cb = QGuiApplication::clipboard();
    if (!cb->supportsSelection())
        QSKIP("No primary selection on this platform (offscreen): checked in the xcb run");
    SecretClipboard clipboard(cb);
    clipboard.copySecret(kSecret);
    // The user copied something else, but the secret got into the primary selection meanwhile
    cb->setText(QStringLiteral("something the user copied"), QClipboard::Clipboard);
    cb->setText(kSecret, QClipboard::Selection);
    clipboard.clearIfOurs();
    QCOMPARE(cb->text(QClipboard::Clipboard), QStringLiteral("something the user copied"));
    QVERIFY(!holdsSecret(QClipboard::Selection));
}

void TestSecretClipboard::secretDialog_fieldShouldHoldNoSelection()
{
    QClipboard *cb = QGuiApplication::clipboard();
    SecretClipboard clipboard(cb);
    SecretDialog dialog(kSecret, QStringLiteral("ci"), kSecret.left(31), &clipboard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.showButton(), Qt::LeftButton);
    QVERIFY(dialog.isSecretRevealed());
    QLineEdit *field = dialog.secretLineEdit();

    // A mouse drag across the revealed secret selects nothing
    const int y = field->height() / 2;
    QTest::mousePress(field, Qt::LeftButton, Qt::NoModifier, QPoint(4, y));
    QTest::mouseMove(field, QPoint(field->width() / 2, y));
    QTest::mouseMove(field, QPoint(field->width() - 4, y));
    QTest::mouseRelease(field, Qt::LeftButton, Qt::NoModifier, QPoint(field->width() - 4, y));
    QVERIFY(!field->hasSelectedText());
    // Nor does a double or triple click, select-all or shift+arrows
    QTest::mouseDClick(field, Qt::LeftButton, Qt::NoModifier, QPoint(20, y));
    QVERIFY(!field->hasSelectedText());
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(!field->hasSelectedText());
    QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
    QVERIFY(!field->hasSelectedText());
    field->selectAll();
    QVERIFY(!field->hasSelectedText());
    QVERIFY(field->selectedText().isEmpty());

    // So nothing reached the clipboard or the primary selection
    QVERIFY(!holdsSecret(QClipboard::Clipboard));
    if (cb->supportsSelection())
        QVERIFY(!holdsSecret(QClipboard::Selection));
}

void TestSecretClipboard::secretDialog_ctrlCShouldBeTheCopyButton_data()
{
    QTest::addColumn<bool>("revealed");
    QTest::addColumn<QKeySequence::StandardKey>("key");
    QTest::newRow("masked, copy") << false << QKeySequence::Copy;
    QTest::newRow("revealed, copy") << true << QKeySequence::Copy;
    QTest::newRow("revealed, cut") << true << QKeySequence::Cut;
}

// Ctrl+C in the field copies like the Copy button: with the password-manager hints and the
// countdown, never a plain copy and never the primary selection.
void TestSecretClipboard::secretDialog_ctrlCShouldBeTheCopyButton()
{
    QFETCH(bool, revealed);
    QFETCH(QKeySequence::StandardKey, key);
    QClipboard *cb = QGuiApplication::clipboard();
    SecretClipboard clipboard(cb);
    SecretDialog dialog(kSecret, QStringLiteral("ci"), kSecret.left(31), &clipboard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (revealed)
        QTest::mouseClick(dialog.showButton(), Qt::LeftButton);
    QLineEdit *field = dialog.secretLineEdit();
    field->setFocus();
    QTest::keySequence(field, QKeySequence(key));
    const QMimeData *mime = cb->mimeData(QClipboard::Clipboard);
    QVERIFY(mime);
    QCOMPARE(mime->text(), kSecret);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(clipboard.secondsLeft() > 0);
    if (cb->supportsSelection())
        QVERIFY(!holdsSecret(QClipboard::Selection));
    QCOMPARE(field->text(), kSecret); // Cut cut nothing
}

// No context menu (whose Copy would bypass the hints), no drag.
void TestSecretClipboard::secretDialog_fieldShouldOfferNoOtherWayOut()
{
    QClipboard *cb = QGuiApplication::clipboard();
    SecretClipboard clipboard(cb);
    SecretDialog dialog(kSecret, QStringLiteral("ci"), kSecret.left(31), &clipboard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.showButton(), Qt::LeftButton);
    QLineEdit *field = dialog.secretLineEdit();
    QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(5, 5), field->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(field, &menu);
    QVERIFY(!QApplication::activePopupWidget());
    QVERIFY(!field->dragEnabled());
    QVERIFY(!holdsSecret(QClipboard::Clipboard));
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
