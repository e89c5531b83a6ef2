// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: TokensService::normalizeBaseUrl on arbitrary text. Beyond "no crash" it checks:
// an accepted address is http(s)://host[:port]/api/cluster/v2 with no user info, query or fragment,
// normalising it again gives the same URL (idempotent), and a refusal always says why.
#include "api/tokensservice.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace TokenDesk;
using TokenDesk::Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error = QStringLiteral("unset");
    const QUrl url = TokensService::normalizeBaseUrl(input, &error);
    if (!url.isValid()) {
        check(!error.isEmpty() && error != QStringLiteral("unset"), "a refusal without a reason", input);
        return 0;
    }
    check(error.isEmpty(), "an accepted address with an error text", error);
    check(url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"), "scheme", url.toString());
    check(!url.host().isEmpty(), "no host", url.toString());
    check(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment(), "extra parts", url.toString());
    check(url.path() == QStringLiteral("/api/cluster/v2"), "path", url.toString());
    const int defaultPort = url.scheme() == QStringLiteral("https") ? 443 : 80;
    check(url.port() != defaultPort, "default port kept", url.toString());

    QString again;
    const QUrl second = TokensService::normalizeBaseUrl(url.toString(), &again);
    check(second == url, "not idempotent",
          url.toString() + QStringLiteral(" -> ") + second.toString() + QStringLiteral(" ") + again);
    // The service builds every request URL from it: it must stay on the same host.
    const QUrl request = url.resolved(QUrl(QStringLiteral("cluster/v2/tokens")));
    check(request.host() == url.host() && request.port() == url.port(), "requests leave the host", request.toString());
    return 0;
}
