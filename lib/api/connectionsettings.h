// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Everything needed to talk to one cluster, and the default request timeout. A connection profile
// (settings/connectionprofile.h) turns into these with ConnectionProfile::connectionSettings().
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace TokenDesk {

// `apiToken` is a secret: never logged or persisted here.
struct ConnectionSettings
{
    // How long a request may go without receiving data before it fails with Kind::Timeout, unless
    // a profile or the command line says otherwise: long enough for a busy cluster's first byte,
    // short enough that a dead connection is reported while the user still waits for it.
    static constexpr int DefaultTimeoutMs = 30000;

    QUrl baseUrl;            // normalised: scheme://host[:port]/api/cluster/v2
    QString apiToken;        // the secret
    QString caFile;          // optional PEM file added to the CA set
    QByteArray pinnedSha256; // optional: hex SHA-256 of a trusted (e.g. self-signed) leaf certificate
    int timeoutMs =
        DefaultTimeoutMs; // no data for this long = Kind::Timeout; also the overall deadline (x10 for the list)
    // Plain http to a host other than this computer: refused (nothing is sent) unless this is set.
    // See Transport::cleartextVerdict.
    bool allowInsecureHttp = false;
};

} // namespace TokenDesk
