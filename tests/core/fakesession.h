// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The set-up the session and operations tests share: a fake cluster seeded with a few tokens, and
// the connection of its admin token. A test helper, not part of the fake: the fake cluster stays
// independent of the client's types, so that each checks the other.
#pragma once

#include "api/connectionsettings.h"
#include "api/tokensservice.h"
#include "fakecluster.h"

namespace TokenDesk::TestSupport {

// Starts `fake` on a free loopback port with `tokens` seeded tokens (the admin token included),
// always the same ones for the same `seed`.
inline bool startSeeded(Fake::FakeCluster &fake, int tokens, quint32 seed)
{
    Fake::SeedOptions options;
    options.tokens = tokens;
    options.seed = seed;
    return fake.start(Fake::ServerOptions{}, options);
}

// The fake's address with its admin token (every scope), and a timeout short enough for a test.
inline ConnectionSettings adminConnection(const Fake::FakeCluster &fake, int timeoutMs = 10000)
{
    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(fake.baseUrl());
    settings.apiToken = fake.adminToken().secret;
    settings.timeoutMs = timeoutMs;
    return settings;
}

} // namespace TokenDesk::TestSupport
