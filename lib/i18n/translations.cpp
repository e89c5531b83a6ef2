// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <functional>

namespace TokenDesk::Translations {

QList<QTranslator *> install(const QLocale &locale, QObject *owner)
{
    QList<QTranslator *> installed;
    const auto add = [&installed, owner](const std::function<bool(QTranslator *)> &load) {
        auto *translator = new QTranslator(owner);
        if (load(translator) && QCoreApplication::installTranslator(translator))
            installed.append(translator);
        else
            delete translator;
    };
    add([&locale](QTranslator *t) {
        return t->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    // The keyring library's own messages (no keyring service, access denied), when it ships them.
    const QString keychain =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("qt6keychain/translations"),
                               QStandardPaths::LocateDirectory);
    if (!keychain.isEmpty()) {
        add([&locale, &keychain](QTranslator *t) {
            return t->load(locale, QStringLiteral("qtkeychain"), QStringLiteral("_"), keychain);
        });
    }
    // English plural forms first: a translator installed later takes precedence.
    add([](QTranslator *t) { return t->load(QStringLiteral("tokendesk_en"), QStringLiteral(":/i18n")); });
    add([&locale](QTranslator *t) {
        return t->load(locale, QStringLiteral("tokendesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    });
    return installed;
}

void remove(const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace TokenDesk::Translations
