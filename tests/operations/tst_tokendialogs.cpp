// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The token dialogs on their own (no network): validation, the request values they hand back,
// the change summary of the edit dialog, the delete dialog's warnings and typed count, and the
// lookup field's format recognition and history rules.
#include "api/apierror.h"
#include "createtokendialog.h"
#include "deletedialog.h"
#include "edittokendialog.h"
#include "lookupdialog.h"
#include "scopepicker.h"
#include "secretsamples.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QTest>

using namespace TokenDesk;

namespace {
constexpr qint64 kNow = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
const QString kSecret =
    QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
} // namespace

class TestTokenDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createDialog_shouldEnableCreateOnlyWhenValid();
    void createDialog_shouldReturnTheRequestAsEntered_data();
    void createDialog_shouldReturnTheRequestAsEntered();
    void createDialog_shouldRoundTripARequest();
    void createDialog_shouldPlaceEachViolationBesideItsField_data();
    void createDialog_shouldPlaceEachViolationBesideItsField();
    void scopePicker_shouldFilterAndCount();
    void scopePicker_shouldOfferUndocumentedScopes();
    void editDialog_shouldSummariseAndSendOnlyChanges_data();
    void editDialog_shouldSummariseAndSendOnlyChanges();
    void editDialog_shouldKeepUndocumentedScopes();
    void deleteDialog_shouldNameTheTokenAndWarn_data();
    void deleteDialog_shouldNameTheTokenAndWarn();
    void deleteDialog_shouldRequireTheTypedCountForMany();
    void lookupDialog_shouldRecogniseFormats_data();
    void lookupDialog_shouldRecogniseFormats();
    void lookupDialog_shouldKeepNoHistory();
    void lookupDialog_shouldAgreeWithRedaction_data();
    void lookupDialog_shouldAgreeWithRedaction();
};

void TestTokenDialogs::createDialog_shouldEnableCreateOnlyWhenValid()
{
    // Given an empty dialog
    CreateTokenDialog dialog;
    QVERIFY(!dialog.okButton()->isEnabled());
    // When only blanks are typed as the name and a scope is ticked
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), QStringLiteral("   "));
    dialog.scopePicker()->setScopeChecked(QStringLiteral("settings.read"), true);
    // Then the name still counts as missing
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.okButton()->toolTip().contains(QStringLiteral("name")));
    // When a real name follows
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), QStringLiteral("x"));
    QVERIFY(dialog.okButton()->isEnabled());
    // When the last scope is unticked
    dialog.scopePicker()->setScopeChecked(QStringLiteral("settings.read"), false);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.okButton()->toolTip().contains(QStringLiteral("scope")));
}

void TestTokenDialogs::createDialog_shouldReturnTheRequestAsEntered_data()
{
    QTest::addColumn<int>("expiry");
    QTest::addColumn<int>("customValue");
    QTest::addColumn<int>("customUnit");
    QTest::addColumn<bool>("hasExpiry");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("unit");
    using E = CreateTokenDialog::Expiry;
    using U = DurationUnit;
    QTest::newRow("never") << int(E::Never) << 0 << 0 << false << qint64(0) << 0;
    QTest::newRow("1 hour") << int(E::OneHour) << 0 << 0 << true << qint64(1) << int(U::Hours);
    QTest::newRow("1 day") << int(E::OneDay) << 0 << 0 << true << qint64(1) << int(U::Days);
    QTest::newRow("7 days") << int(E::SevenDays) << 0 << 0 << true << qint64(7) << int(U::Days);
    QTest::newRow("30 days") << int(E::ThirtyDays) << 0 << 0 << true << qint64(30) << int(U::Days);
    QTest::newRow("90 days") << int(E::NinetyDays) << 0 << 0 << true << qint64(90) << int(U::Days);
    QTest::newRow("365 days") << int(E::OneYear) << 0 << 0 << true << qint64(365) << int(U::Days);
    QTest::newRow("custom 45 minutes") << int(E::Custom) << 45 << int(U::Minutes) << true << qint64(45)
                                       << int(U::Minutes);
    QTest::newRow("custom 12 hours") << int(E::Custom) << 12 << int(U::Hours) << true << qint64(12) << int(U::Hours);
}

void TestTokenDialogs::createDialog_shouldReturnTheRequestAsEntered()
{
    QFETCH(int, expiry);
    QFETCH(int, customValue);
    QFETCH(int, customUnit);
    QFETCH(bool, hasExpiry);
    QFETCH(qint64, value);
    QFETCH(int, unit);

    CreateTokenDialog dialog;
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), QStringLiteral("  ci job  "));
    // Ticked out of catalog order: the request lists them in catalog order.
    dialog.scopePicker()->setScopeChecked(QStringLiteral("settings.read"), true);
    dialog.scopePicker()->setScopeChecked(QStringLiteral("ClusterTokenManagement"), true);
    if (expiry == int(CreateTokenDialog::Expiry::Custom))
        dialog.setCustomExpiry(customValue, DurationUnit(customUnit));
    else
        dialog.setExpiry(CreateTokenDialog::Expiry(expiry));

    const CreateTokenRequest r = dialog.request();
    QCOMPARE(r.name, QStringLiteral("ci job"));
    QCOMPARE(r.scopes, (QStringList{QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")}));
    QCOMPARE(r.expiresIn.has_value(), hasExpiry);
    if (hasExpiry) {
        QCOMPARE(r.expiresIn->value, value);
        QVERIFY(r.expiresIn->unit.has_value());
        QCOMPARE(int(*r.expiresIn->unit), unit);
    }
}

void TestTokenDialogs::createDialog_shouldRoundTripARequest()
{
    CreateTokenDialog dialog;
    CreateTokenRequest request;
    request.name = QStringLiteral("rotation-2");
    request.scopes = QStringList{QStringLiteral("Nodekeeper"), QStringLiteral("futureScope.read")};
    request.expiresIn = Duration{36, DurationUnit::Hours};
    dialog.setRequest(request);
    QCOMPARE(dialog.expiry(), CreateTokenDialog::Expiry::Custom);
    QCOMPARE(dialog.request(), request);
    request.expiresIn = Duration{90, DurationUnit::Days};
    dialog.setRequest(request);
    QCOMPARE(dialog.expiry(), CreateTokenDialog::Expiry::NinetyDays);
    QCOMPARE(dialog.request(), request);
}

void TestTokenDialogs::createDialog_shouldPlaceEachViolationBesideItsField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field"); // name, scopes, expiry, general
    QTest::newRow("name") << QStringLiteral("name") << QStringLiteral("name");
    QTest::newRow("scopes") << QStringLiteral("scopes") << QStringLiteral("scopes");
    QTest::newRow("one scope") << QStringLiteral("scopes[2]") << QStringLiteral("scopes");
    QTest::newRow("expiry value") << QStringLiteral("expiresIn.value") << QStringLiteral("expiry");
    QTest::newRow("expiry unit") << QStringLiteral("expiresIn.unit") << QStringLiteral("expiry");
    QTest::newRow("prefixed path") << QStringLiteral("createToken.body.name") << QStringLiteral("name");
    QTest::newRow("unknown field") << QStringLiteral("personalAccessToken") << QStringLiteral("general");
}

void TestTokenDialogs::createDialog_shouldPlaceEachViolationBesideItsField()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    CreateTokenDialog dialog;
    dialog.setRequest(CreateTokenRequest{QStringLiteral("kept"), {QStringLiteral("settings.read")}, {}});
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.operation = QStringLiteral("Create token");
    error.httpStatus = 400;
    error.message = QStringLiteral("Constraints violated.");
    ConstraintViolation v;
    v.path = path;
    v.message = QStringLiteral("is wrong ") + kSecret; // a server echoing a secret must not show it
    v.parameterLocation = QStringLiteral("PAYLOAD_BODY");
    error.violations << v;
    dialog.showError(error);

    const QMap<QString, QString> shown{{QStringLiteral("name"), dialog.nameError()},
                                       {QStringLiteral("scopes"), dialog.scopesError()},
                                       {QStringLiteral("expiry"), dialog.expiryError()}};
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        QCOMPARE(it.value().contains(path), it.key() == field);
        QVERIFY(!it.value().contains(kSecret.mid(31)));
    }
    QVERIFY(dialog.generalError().contains(QStringLiteral("400")));
    QCOMPARE(dialog.generalError().contains(path), field == QStringLiteral("general"));
    QVERIFY(!dialog.generalError().contains(kSecret.mid(31)));
    QCOMPARE(dialog.request().name, QStringLiteral("kept"));
    // Editing the field clears its error
    if (field == QStringLiteral("name")) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), QStringLiteral("!"));
        QVERIFY(dialog.nameError().isEmpty());
    }
}

void TestTokenDialogs::scopePicker_shouldFilterAndCount()
{
    ScopePicker picker;
    QCOMPARE(picker.listWidget()->count(), 16);
    QCOMPARE(picker.countLabel()->text(), QStringLiteral("0 selected"));
    // Search matches the description too ("synthetic" is only in descriptions of two scopes)
    QTest::keyClicks(picker.searchLineEdit(), QStringLiteral("synthetic"));
    int visible = 0;
    for (int i = 0; i < picker.listWidget()->count(); ++i)
        visible += picker.listWidget()->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 2);
    QVERIFY(picker.isScopeVisible(QStringLiteral("ReadSyntheticData")));
    QVERIFY(!picker.isScopeVisible(QStringLiteral("settings.read")));
    picker.setScopeChecked(QStringLiteral("ReadSyntheticData"), true);
    picker.setScopeChecked(QStringLiteral("Nodekeeper"), true); // hidden items can stay checked
    QCOMPARE(picker.countLabel()->text(), QStringLiteral("2 selected"));
    picker.searchLineEdit()->clear();
    QVERIFY(picker.isScopeVisible(QStringLiteral("settings.read")));
    QCOMPARE(picker.checkedScopes(), (QStringList{QStringLiteral("ReadSyntheticData"), QStringLiteral("Nodekeeper")}));
}

void TestTokenDialogs::scopePicker_shouldOfferUndocumentedScopes()
{
    ScopePicker picker;
    QTest::keyClicks(picker.searchLineEdit(), QStringLiteral("settings.read"));
    QVERIFY(picker.addCustomButton()->isHidden()); // an exact known name: nothing to add
    picker.searchLineEdit()->clear();
    QTest::keyClicks(picker.searchLineEdit(), QStringLiteral("ClusterToken"));
    QVERIFY(picker.addCustomButton()->isHidden()); // a documented scope matches: no offer
    picker.searchLineEdit()->clear();
    QTest::keyClicks(picker.searchLineEdit(), QStringLiteral("with space"));
    QVERIFY(picker.addCustomButton()->isHidden()); // not a plausible scope name
    picker.searchLineEdit()->clear();
    QTest::keyClicks(picker.searchLineEdit(), QStringLiteral("futureScope.read"));
    QVERIFY(!picker.addCustomButton()->isHidden());
    QTest::mouseClick(picker.addCustomButton(), Qt::LeftButton);
    QCOMPARE(picker.checkedScopes(), QStringList{QStringLiteral("futureScope.read")});
    QCOMPARE(picker.listWidget()->count(), 17);
    QVERIFY(picker.searchLineEdit()->text().isEmpty());
}

void TestTokenDialogs::editDialog_shouldSummariseAndSendOnlyChanges_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<int>("revoked"); // -1 unchanged, 0/1
    QTest::addColumn<QStringList>("check");
    QTest::addColumn<QStringList>("uncheck");
    QTest::addColumn<QString>("summaryPart");
    QTest::addColumn<bool>("sendsName");
    QTest::addColumn<bool>("sendsRevoked");
    QTest::addColumn<QStringList>("sentScopes"); // empty = not sent

    const QString same = QStringLiteral("ci-pipeline");
    QTest::newRow("rename") << QStringLiteral("ci-pipeline-8") << -1 << QStringList() << QStringList()
                            << QStringLiteral("renamed to “ci-pipeline-8”") << true << false << QStringList();
    QTest::newRow("revoke") << same << 1 << QStringList() << QStringList() << QStringLiteral("revoked") << false << true
                            << QStringList();
    QTest::newRow("add scope") << same << -1 << QStringList{QStringLiteral("settings.write")} << QStringList()
                               << QStringLiteral("+ settings.write") << false << false
                               << QStringList{QStringLiteral("Nodekeeper"), QStringLiteral("settings.read"),
                                              QStringLiteral("settings.write")};
    QTest::newRow("swap scopes") << same << -1 << QStringList{QStringLiteral("settings.write")}
                                 << QStringList{QStringLiteral("Nodekeeper")}
                                 << QStringLiteral("+ settings.write − Nodekeeper") << false << false
                                 << QStringList{QStringLiteral("settings.read"), QStringLiteral("settings.write")};
    QTest::newRow("rename only after whitespace")
        << QStringLiteral("  ci-pipeline  ") << -1 << QStringList() << QStringList() << QStringLiteral("No changes")
        << false << false << QStringList();
}

void TestTokenDialogs::editDialog_shouldSummariseAndSendOnlyChanges()
{
    QFETCH(QString, newName);
    QFETCH(int, revoked);
    QFETCH(QStringList, check);
    QFETCH(QStringList, uncheck);
    QFETCH(QString, summaryPart);
    QFETCH(bool, sendsName);
    QFETCH(bool, sendsRevoked);
    QFETCH(QStringList, sentScopes);

    TokenMetadata md;
    md.id = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");
    md.name = QStringLiteral("ci-pipeline");
    md.userId = QStringLiteral("alice");
    md.revoked = false;
    md.scopes = QStringList{QStringLiteral("Nodekeeper"), QStringLiteral("settings.read")};
    EditTokenDialog dialog(md, kNow);
    QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet

    dialog.setName(newName);
    if (revoked >= 0)
        dialog.setRevoked(revoked == 1);
    for (const QString &s : check)
        dialog.scopePicker()->setScopeChecked(s, true);
    for (const QString &s : uncheck)
        dialog.scopePicker()->setScopeChecked(s, false);

    QVERIFY2(dialog.summary().contains(summaryPart), qPrintable(dialog.summary()));
    const UpdateTokenRequest r = dialog.request();
    QCOMPARE(r.name.has_value(), sendsName);
    if (sendsName)
        QCOMPARE(*r.name, newName.trimmed());
    QCOMPARE(r.revoked.has_value(), sendsRevoked);
    if (sendsRevoked)
        QCOMPARE(*r.revoked, revoked == 1);
    QCOMPARE(r.scopes.has_value(), !sentScopes.isEmpty());
    if (r.scopes)
        QCOMPARE(*r.scopes, sentScopes);
    QCOMPARE(dialog.saveButton()->isEnabled(), !r.isEmpty());
}

void TestTokenDialogs::editDialog_shouldKeepUndocumentedScopes()
{
    TokenMetadata md;
    md.id = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");
    md.name = QStringLiteral("x");
    md.scopes = QStringList{QStringLiteral("futureScope.read"), QStringLiteral("settings.read")};
    EditTokenDialog dialog(md, kNow);
    dialog.scopePicker()->setScopeChecked(QStringLiteral("settings.write"), true);
    QCOMPARE(dialog.request().scopes.value_or(QStringList()),
             (QStringList{QStringLiteral("settings.read"), QStringLiteral("settings.write"),
                          QStringLiteral("futureScope.read")}));
    // Removing every scope is not allowed
    for (const QString &s : dialog.scopePicker()->checkedScopes())
        dialog.scopePicker()->setScopeChecked(s, false);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.scopesError().isEmpty());
}

void TestTokenDialogs::deleteDialog_shouldNameTheTokenAndWarn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("lastUse"); // 0 = never used
    QTest::addColumn<bool>("systemWarning");
    QTest::addColumn<bool>("recentWarning");
    QTest::newRow("plain, unused") << QStringLiteral("backup-job") << qint64(0) << false << false;
    QTest::newRow("used 3 days ago") << QStringLiteral("backup-job") << kNow - 3 * kDay << false << true;
    QTest::newRow("used 8 days ago") << QStringLiteral("backup-job") << kNow - 8 * kDay << false << false;
    QTest::newRow("system token") << QStringLiteral("InstallerDownload") << qint64(0) << true << false;
    QTest::newRow("system, used today") << QStringLiteral("Mobile-2") << kNow - 1000 << true << true;
}

void TestTokenDialogs::deleteDialog_shouldNameTheTokenAndWarn()
{
    QFETCH(QString, name);
    QFETCH(qint64, lastUse);
    QFETCH(bool, systemWarning);
    QFETCH(bool, recentWarning);
    DeleteDialog::Token t;
    t.id = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");
    t.name = name;
    t.owner = QStringLiteral("alice");
    if (lastUse)
        t.lastUse = lastUse;
    t.isSystem = name.startsWith(QStringLiteral("InstallerDownload")) || name.startsWith(QStringLiteral("Mobile"));
    DeleteDialog dialog({t}, kNow);
    QCOMPARE(dialog.questionText(),
             QStringLiteral("Delete “%1” (dt0c01.ST2EY72KQINMH574WMNVI7YN) owned by alice?").arg(name));
    const QString warnings = dialog.warnings().join(QLatin1Char('\n'));
    QCOMPARE(warnings.contains(QStringLiteral("created this token itself")), systemWarning);
    QCOMPARE(warnings.contains(QStringLiteral("last 7 days")), recentWarning);
    QVERIFY(warnings.contains(QStringLiteral("Revoking first")));
    QVERIFY(!dialog.needsTypedCount());
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(dialog.revokeInsteadButton());
    QTest::mouseClick(dialog.revokeInsteadButton(), Qt::LeftButton);
    QCOMPARE(dialog.choice(), DeleteDialog::Choice::RevokeInstead);
}

void TestTokenDialogs::deleteDialog_shouldRequireTheTypedCountForMany()
{
    QList<DeleteDialog::Token> tokens;
    for (int i = 0; i < 12; ++i) {
        DeleteDialog::Token t;
        t.id = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7%1").arg(i, 2, 10, QLatin1Char('0'));
        t.name = QStringLiteral("t%1").arg(i);
        t.revoked = true;
        tokens << t;
    }
    DeleteDialog dialog(tokens, kNow);
    QCOMPARE(dialog.questionText(), QStringLiteral("Delete 12 tokens?"));
    QVERIFY(dialog.needsTypedCount());
    QVERIFY(!dialog.revokeInsteadButton()); // all revoked already
    QVERIFY(!dialog.deleteButton()->isEnabled());
    dialog.setTypedCount(QStringLiteral("11"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    dialog.setTypedCount(QStringLiteral("12"));
    QVERIFY(dialog.deleteButton()->isEnabled());
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QCOMPARE(dialog.choice(), DeleteDialog::Choice::Delete);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestTokenDialogs::lookupDialog_shouldRecogniseFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    using F = LookupDialog::Format;
    QTest::newRow("new format") << kSecret << int(F::NewFormat);
    QTest::newRow("with blanks and prefix")
        << QStringLiteral("  Api-Token ") + kSecret + QStringLiteral("\n") << int(F::NewFormat);
    QTest::newRow("old format") << QStringLiteral("abcdefjhij1234567890") << int(F::OldFormat);
    QTest::newRow("identifier only") << QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN") << int(F::IdentifierOnly);
    QTest::newRow("secret part too short") << kSecret.chopped(1) << int(F::Unrecognised);
    QTest::newRow("lower-case secret part") << kSecret.toLower() << int(F::Unrecognised);
    QTest::newRow("too short") << QStringLiteral("abc123") << int(F::Unrecognised);
    QTest::newRow("empty") << QStringLiteral("   ") << int(F::Empty);
}

void TestTokenDialogs::lookupDialog_shouldRecogniseFormats()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    QCOMPARE(int(LookupDialog::recognise(text)), format);
    LookupDialog dialog;
    dialog.secretLineEdit()->setText(text);
    const bool sendable =
        format == int(LookupDialog::Format::NewFormat) || format == int(LookupDialog::Format::OldFormat);
    QCOMPARE(dialog.lookupButton()->isEnabled(), sendable);
}

void TestTokenDialogs::lookupDialog_shouldAgreeWithRedaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("detected");
    QTest::addColumn<int>("kind");
    for (const TestSamples::Sample &s : TestSamples::samples())
        QTest::newRow(s.name) << s.text << s.detected << int(s.kind);
}

// The lookup field classifies exactly (tokenformat.h): only an exact secret or an old-format one is
// sent. What redaction would hide but is not exactly a secret is recognised as secret-like and
// said so, never sent and never shown.
void TestTokenDialogs::lookupDialog_shouldAgreeWithRedaction()
{
    QFETCH(QString, text);
    QFETCH(bool, detected);
    QFETCH(int, kind);
    using F = LookupDialog::Format;
    using K = TokenFormat::Kind;
    // The field takes a pasted header value too: "Api-Token <secret>" is the secret.
    if (text.startsWith(QLatin1String("Api-Token ")))
        kind = int(K::Secret);
    const QMap<int, F> expected{{int(K::Empty), F::Empty},
                                {int(K::Secret), F::NewFormat},
                                {int(K::Identifier), F::IdentifierOnly},
                                {int(K::OldSecret), F::OldFormat},
                                {int(K::Unrecognised), F::Unrecognised}};
    QCOMPARE(int(LookupDialog::recognise(text)), int(expected.value(kind)));
    LookupDialog dialog;
    dialog.secretLineEdit()->setText(text);
    QCOMPARE(dialog.lookupButton()->isEnabled(), kind == int(K::Secret) || kind == int(K::OldSecret));
    if (detected && kind != int(K::Secret))
        QVERIFY2(dialog.formatText().contains(QStringLiteral("looks like a token secret")),
                 qPrintable(dialog.formatText()));
    if (detected)
        QVERIFY(!dialog.formatText().contains(TestSamples::privatePart(), Qt::CaseInsensitive));
}

void TestTokenDialogs::lookupDialog_shouldKeepNoHistory()
{
    LookupDialog dialog;
    QLineEdit *field = dialog.secretLineEdit();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!field->completer());
    QVERIFY(!field->dragEnabled());
    QVERIFY(!field->acceptDrops());
    QVERIFY(!field->testAttribute(Qt::WA_InputMethodEnabled));
    QTest::keyClicks(field, QStringLiteral("abcdefjhij1234567890"));
    QVERIFY(field->isUndoAvailable());
    dialog.clearSecret();
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->isUndoAvailable()); // setText() dropped the history: Ctrl+Z cannot bring it back
    QTest::keyClicks(field, QStringLiteral("abcdefjhij1234567890"));
    dialog.reject();
    QVERIFY(field->text().isEmpty());
}

QTEST_MAIN(TestTokenDialogs)
#include "tst_tokendialogs.moc"
