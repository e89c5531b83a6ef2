// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translations of TokenDesk, shared by the app, the CLI and the tests: the compiled .ts files
// are embedded in the core at :/i18n/tokendesk_<lang>.qm, so every program that links the core
// speaks the same language with the same words.
#pragma once

#include <QList>

class QLocale;
class QObject;
class QTranslator;

namespace TokenDesk::Translations {

// Installs Qt's own translations (qtbase: standard buttons, network and TLS error texts), the
// keyring library's (qtkeychain, when installed) and TokenDesk's for `locale`, as children of
// `owner`. English, the source language, needs only its plural forms ("1 token", "2 tokens").
// Returns the installed translators, newest last, so that a caller (a test) can remove them again.
QList<QTranslator *> install(const QLocale &locale, QObject *owner);

// Removes and deletes translators that install() returned.
void remove(const QList<QTranslator *> &translators);

} // namespace TokenDesk::Translations
