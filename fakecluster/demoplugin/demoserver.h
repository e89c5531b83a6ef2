// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The interface of the demo cluster plugin (tokendesk-demo). `tokendesk --demo` loads the plugin only
// then, so that the window itself does not link Qt HttpServer and Qt WebSockets, which its first paint
// never needs (the dynamic linker's work at every start).
#pragma once

#include <QObject>
#include <QString>
#include <QtPlugin>

namespace TokenDesk {

// How many tokens the demo cluster seeds, its admin token included: unless told otherwise (the
// --demo-tokens option of the app and the CLI), and at most (the longest list the API returns).
namespace DemoTokens {
inline constexpr int Default = 200;
inline constexpr int Max = 1000000;
} // namespace DemoTokens

class DemoServerFactory
{
public:
    struct Started
    {
        QObject *server = nullptr; // null when it did not start
        QString baseUrl;
        QString adminSecret;
        QString error;
    };

    virtual ~DemoServerFactory() = default;
    // Starts a fake cluster on loopback (any free port) with `tokens` seeded tokens, as a child of
    // `parent`, served by the thread `parent` lives in. Call it in that thread.
    virtual Started start(int tokens, quint32 seed, QObject *parent) = 0;
};

} // namespace TokenDesk

#define TokenDesk_DemoServerFactory_iid "io.github.tokendesk.DemoServerFactory/1"
Q_DECLARE_INTERFACE(TokenDesk::DemoServerFactory, TokenDesk_DemoServerFactory_iid)
