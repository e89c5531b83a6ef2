// "Look up by secret": a password field that accepts a paste and recognises the secret's format
// (dt0c01.<24>.<64>, or an old-format secret), [Look up], the token's metadata and "Show in table".
// The field keeps no history: no completer, no undo (cleared with setText), no drag, no input
// method; it is emptied after a successful lookup and when the dialog closes. No I/O: Look up
// emits lookupRequested(secret); the controller answers with showMetadata() or showError().
#pragma once

#include "api/tokentypes.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class LookupDialog;
}

namespace TokenDesk {

struct ApiError;

class LookupDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Empty, NewFormat, OldFormat, IdentifierOnly, Unrecognised };

    explicit LookupDialog(QWidget *parent = nullptr);
    ~LookupDialog() override;

    // What the text looks like (after trimming and an optional "Api-Token " prefix).
    static Format recognise(const QString &text);
    // The secret as it will be sent: trimmed, without an "Api-Token " prefix.
    static QString normalised(const QString &text);
    Format format() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // nowMs: for relative dates.
    void showMetadata(const TokenMetadata &metadata, qint64 nowMs);
    void showError(const ApiError &error);
    // The connection changed while a lookup was out: its answer will never come. Not busy any more,
    // the field emptied (as after every answer), and the user asked to look up again.
    void connectionChanged();
    // The controller's answer to "Show in table" ("" when the row was selected).
    void setTableStatus(const QString &text);
    QString tableStatus() const;
    QString errorText() const;
    QString formatText() const;
    std::optional<TokenMetadata> metadata() const { return m_metadata; }

    QLineEdit *secretLineEdit() const;
    QPushButton *lookupButton() const;
    QPushButton *showInTableButton() const;

    // Empties the field (no undo history survives).
    void clearSecret();

Q_SIGNALS:
    void lookupRequested(const QString &secret);
    void showInTableRequested(const QString &id);

public Q_SLOTS:
    void done(int result) override;

private:
    void updateFormat();
    void requestLookup();

    std::unique_ptr<Ui::LookupDialog> m_ui;
    std::optional<TokenMetadata> m_metadata;
    bool m_busy = false;
};

} // namespace TokenDesk
