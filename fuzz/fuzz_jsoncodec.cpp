// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: every decoder of the JSON codec and the error envelope, on the same bytes.
// Beyond "no crash, no sanitizer report" it checks the codec's promises:
// - a successful decode re-encodes to JSON that decodes to an equal value (round trip);
// - an error text never carries a secret-shaped value from the input (ApiError::redactSecrets is a no-op on it);
// - a failed decode sets an error text.
#include "api/apierror.h"
#include "api/jsoncodec.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace TokenDesk;
using TokenDesk::Fuzz::check;

namespace {

void checkError(const QString &error)
{
    check(!error.isEmpty(), "a failed decode has no error text");
    check(ApiError::redactSecrets(error) == error, "error text holds a secret", error);
}

template<class T>
bool same(const T &a, const T &b)
{
    return a == b;
}
bool same(const TokenSecret &a, const TokenSecret &b)
{
    return a.token == b.token;
}

template<class T, class Decode, class Encode>
void roundTrip(QByteArrayView bytes, Decode decode, Encode encode, const char *what)
{
    QString error;
    const std::optional<T> value = decode(bytes, &error);
    if (!value) {
        checkError(error);
        return;
    }
    const QByteArray again = encode(*value);
    QString error2;
    const std::optional<T> decoded = decode(QByteArrayView(again), &error2);
    check(decoded.has_value(), what, QStringLiteral("re-encoded value does not decode: ") + error2);
    check(same(*decoded, *value), what, QStringLiteral("round trip changed the value: ") + QString::fromUtf8(again));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    roundTrip<TokenMetadata>(bytes, &Json::decodeTokenMetadata, &Json::encodeTokenMetadata, "TokenMetadata");
    roundTrip<TokenSecret>(bytes, &Json::decodeTokenSecret, &Json::encodeTokenSecret, "Token");
    roundTrip<Duration>(bytes, &Json::decodeDuration, &Json::encodeDuration, "Duration");
    roundTrip<CreateTokenRequest>(bytes, &Json::decodeCreateTokenRequest, &Json::encodeCreateTokenRequest,
                                  "CreateToken");
    roundTrip<UpdateTokenRequest>(bytes, &Json::decodeUpdateTokenRequest, &Json::encodeUpdateTokenRequest,
                                  "UpdateToken");

    {
        QString error;
        const std::optional<StubList> list = Json::decodeStubList(bytes, &error);
        if (list) {
            const QByteArray again = Json::encodeStubList(*list);
            const std::optional<StubList> decoded = Json::decodeStubList(QByteArrayView(again), &error);
            check(decoded.has_value(), "StubList re-encoded value does not decode", error);
            check(decoded->size() == list->size(), "StubList round trip changed the size");
            for (qsizetype i = 0; i < list->size(); ++i)
                check(decoded->at(i) == list->at(i), "StubList round trip changed an entry");
        } else {
            checkError(error);
        }
    }

    {
        ApiError envelope;
        envelope.operation = QStringLiteral("Fuzz");
        if (Json::decodeErrorEnvelope(bytes, &envelope)) {
            // One line for a person; it may quote the server's message, but must not crash.
            const QString line = envelope.toString();
            check(!line.isEmpty(), "ApiError::toString is empty");
            ApiError again;
            again.operation = envelope.operation;
            check(Json::decodeErrorEnvelope(QByteArrayView(Json::encodeErrorEnvelope(envelope)), &again),
                  "re-encoded error envelope does not decode");
            check(again.code == envelope.code && again.message == envelope.message &&
                      again.violations == envelope.violations,
                  "error envelope round trip changed the value");
        }
    }
    return 0;
}
