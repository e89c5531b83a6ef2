// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "New token": name, scopes (searchable, with descriptions), expiry. Validates inline and keeps the
// OK button disabled until the input is valid. It does no I/O: OK emits submitted(request()), the
// controller sends it and either closes the dialog (finishSubmission) or shows the server's
// constraint violations beside their fields (showError); everything typed stays.
#pragma once

#include "api/tokentypes.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPushButton;
class QSpinBox;

namespace Ui {
class CreateTokenDialog;
}

namespace TokenDesk {

struct ApiError;
class ScopePicker;

class CreateTokenDialog final : public QDialog
{
    Q_OBJECT
public:
    // The expiry choices, in the combo box's order.
    enum class Expiry { Never, OneHour, OneDay, SevenDays, ThirtyDays, NinetyDays, OneYear, Custom };
    Q_ENUM(Expiry)

    explicit CreateTokenDialog(QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    // The request as entered: name trimmed, scopes in list order, expiresIn absent for "never".
    CreateTokenRequest request() const;
    // Fills the dialog (e.g. "create another like this one").
    void setRequest(const CreateTokenRequest &request);
    bool isValid() const;

    void setExpiry(Expiry expiry);
    Expiry expiry() const;
    // Custom expiry: value and unit (Minutes, Hours or Days).
    void setCustomExpiry(qint64 value, DurationUnit unit);

    // While the request is out: inputs read-only, OK disabled, "Creating…".
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A failed create: each constraint violation beside its field (name, scopes, expiresIn), the
    // rest (and the message) in the line above the buttons. Clears earlier errors first.
    void showError(const ApiError &error);
    void clearErrors();
    // The server created the token: closes with Accepted.
    void finishSubmission();

    QString nameError() const;
    QString scopesError() const;
    QString expiryError() const;
    QString generalError() const;
    ScopePicker *scopePicker() const;
    QPushButton *okButton() const;

    // The Duration of a preset (nullopt for Never and Custom).
    static std::optional<Duration> presetDuration(Expiry expiry);
    // The expiry choices and their default (thirty days), and the custom units: shared with the
    // Rotate dialog, whose successor's expiry is chosen the same way.
    static void fillExpiryChoices(QComboBox *expiry, QComboBox *customUnit);
    // The expiry the widgets filled by fillExpiryChoices() hold (nullopt: never).
    static std::optional<Duration> chosenExpiry(const QComboBox *expiry, const QSpinBox *customValue,
                                                const QComboBox *customUnit);
    // "Expires about …" under the choice, or the advice when it never expires.
    static QString expiryHint(const std::optional<Duration> &expiresIn);

Q_SIGNALS:
    void submitted(const TokenDesk::CreateTokenRequest &request);

public Q_SLOTS:
    void accept() override;
    // Ignored while the request is out: the answer may carry the secret, which must not be lost.
    void reject() override;

private:
    void validate();
    void updateExpiryWidgets();

    std::unique_ptr<Ui::CreateTokenDialog> m_ui;
    bool m_busy = false;
};

} // namespace TokenDesk
