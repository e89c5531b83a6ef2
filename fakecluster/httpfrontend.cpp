// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpfrontend.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace TokenDesk::Fake {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true; // every request is answered by the handler (404 included)
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() always handles. Answer anyway rather than leave the client hanging.
    m_handler(request, socket);
}

} // namespace TokenDesk::Fake
