// JSON encoding and decoding of every schema of the Cluster API v2 Tokens endpoints
// (api/cluster-v2-tokens.openapi.yaml), with one hand-written strict parser over the bytes.
//
// Strict where the spec is strict: full JSON syntax (RFC 8259: valid UTF-8, escapes, \uXXXX surrogate
// pairs, no trailing commas, nothing after the value), field types, required fields, duplicate fields.
// Tolerant where the spec promises change: unknown fields (any value, any nesting) are skipped, unknown
// scope / enum strings are kept verbatim. `null` for an optional field means absent; for a required
// field it is an error. Integers are int64: "1.0" and "1e3" are accepted (they are integral), "1.5",
// and anything outside the int64 range are rejected.
//
// Every decode error names the field and the byte offset ("values[3].id: expected a string, got a
// number at byte 57"). A failed decode never returns a partial result. Error texts never quote string
// values from the input, so a secret in a body never reaches an error message.
#pragma once

#include "apierror.h"
#include "stublist.h"
#include "tokentypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <atomic>
#include <optional>

namespace TokenDesk::Json {

// `StubList` (the `GET /tokens` body). Streams over the bytes into the compact arena: about 0.15 s for
// 1,000,000 entries (63 MB) in a Release build, ~61 bytes held per entry, no per-entry allocation. `cancelled`, when
// given, is polled every few thousand entries; a set flag ends the decode with an error.
std::optional<StubList> decodeStubList(QByteArrayView json, QString *error = nullptr,
                                       const std::atomic_bool *cancelled = nullptr);
std::optional<TokenMetadata> decodeTokenMetadata(QByteArrayView json, QString *error = nullptr);
std::optional<TokenSecret> decodeTokenSecret(QByteArrayView json, QString *error = nullptr);
std::optional<Duration> decodeDuration(QByteArrayView json, QString *error = nullptr);
std::optional<CreateTokenRequest> decodeCreateTokenRequest(QByteArrayView json, QString *error = nullptr);
std::optional<UpdateTokenRequest> decodeUpdateTokenRequest(QByteArrayView json, QString *error = nullptr);

// Dynatrace's `ErrorEnvelope` ({"error":{"code","message","constraintViolations":[...]}}). Tolerant:
// any field may be missing or of another type (then it is ignored). Returns false, leaving *error
// untouched, when the body is not valid JSON or has no "error" object; otherwise sets error->code,
// error->message (when present) and error->violations.
bool decodeErrorEnvelope(QByteArrayView json, ApiError *error);

// Compact JSON (UTF-8). Absent optionals are omitted.
QByteArray encodeCreateTokenRequest(const CreateTokenRequest &request);
QByteArray encodeUpdateTokenRequest(const UpdateTokenRequest &request);
QByteArray encodeTokenSecret(const TokenSecret &secret);
QByteArray encodeDuration(const Duration &duration);
QByteArray encodeTokenMetadata(const TokenMetadata &metadata);
QByteArray encodeStubList(const StubList &list);
QByteArray encodeErrorEnvelope(const ApiError &error);
// A JSON string literal, quotes included.
QByteArray quoted(QStringView text);

// The spec's `Duration.unit` enum names: DAYS, HOURS, MILLIS, MINUTES, SECONDS.
QString durationUnitName(DurationUnit unit);
std::optional<DurationUnit> durationUnitFromName(QStringView name);

} // namespace TokenDesk::Json
