// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogstyle.h"

#include "api/apierror.h"
#include "api/tokeninuse.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>
#include <QTextDocument>

namespace TokenDesk {

namespace {
constexpr char kPlainTextProperty[] = "tokendeskErrorText";

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}
} // namespace

QString DialogStyle::errorStyleSheet(const QWidget *widget)
{
    return isDark(widget) ? QStringLiteral("color: #ff8a80") : QStringLiteral("color: #b00020");
}

QString DialogStyle::warningStyleSheet(const QWidget *widget)
{
    return isDark(widget) ? QStringLiteral("color: #ffcc80") : QStringLiteral("color: #8a5a00");
}

void DialogStyle::makeErrorLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(errorStyleSheet(label));
    label->setVisible(false);
}

void DialogStyle::setErrorText(QLabel *label, const QString &text)
{
    label->setProperty(kPlainTextProperty, text);
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setVisible(!text.isEmpty());
}

QString DialogStyle::plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString DialogStyle::errorText(const QLabel *label)
{
    return label->property(kPlainTextProperty).toString();
}

bool isTokenInUseRefusal(const ApiError &error, bool changedTokenInUse)
{
    return changedTokenInUse && error.kind == ApiError::Kind::Http && error.httpStatus == 400;
}

QString errorInWords(const ApiError &error, bool changedTokenInUse)
{
    // The context is what lupdate records for these calls (the enclosing namespace).
    auto tr = [](const char *text) { return QCoreApplication::translate("TokenDesk", text); };
    if (isTokenInUseRefusal(error, changedTokenInUse))
        return TokenInUse::explanation() + QStringLiteral(" (HTTP 400)");
    if (error.httpStatus == 404 && error.kind == ApiError::Kind::Http)
        return tr("The token no longer exists on the cluster; it may have been deleted elsewhere.") +
               QStringLiteral(" (HTTP 404)");
    if (error.httpStatus == 403)
        return tr("The connection's token is not allowed to do this (it needs the ClusterTokenManagement scope).") +
               QStringLiteral(" (HTTP 403)");
    return error.toString();
}

} // namespace TokenDesk
