// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Small shared helpers of the token dialogs: inline error lines (never colour alone: a "⚠" too)
// and the words for API failures the user can act on.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace TokenDesk {

struct ApiError;

namespace DialogStyle {
// Styles a label as an inline error line: word-wrapped, red, hidden while empty.
void makeErrorLabel(QLabel *label);
// Shows "⚠ text" (or hides the label for an empty text). The text is plain, never rich.
void setErrorText(QLabel *label, const QString &text);
// The text set with setErrorText ("" when hidden).
QString errorText(const QLabel *label);
// Style sheets ("color: …") for error and warning text that stay readable on the widget's palette,
// light or dark (WCAG AA contrast on the window colour).
QString errorStyleSheet(const QWidget *widget);
QString warningStyleSheet(const QWidget *widget);
// A tooltip that shows `text` as it is. Qt takes any tooltip that looks like HTML as rich text, and
// a tooltip cannot be told otherwise: text from the server or the user (a token named
// "<b>admin</b>") goes through this, escaped and marked as rich text. Empty stays empty.
QString plainToolTip(const QString &text);
} // namespace DialogStyle

// An API failure in words: 404 ("no longer exists"), 403, or the error's own one line. When the
// caller knows the request changed the token in use (TokenInUse::isTokenInUse on its id), a 400 is
// the cluster refusing that, said as TokenInUse::explanation(). Never contains a secret.
QString errorInWords(const ApiError &error, bool changedTokenInUse = false);
// Whether `error` is the cluster's refusal of a change to the token in use, given whether the
// request was about that token (decided by id, not by the words of the answer).
bool isTokenInUseRefusal(const ApiError &error, bool changedTokenInUse);

} // namespace TokenDesk
