// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

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

// The same decoder for a body that is still arriving, so that parsing overlaps the download: feed() the
// bytes received so far (a growing prefix of the body: earlier bytes never change) and whether that is
// the whole body. It parses every complete entry and keeps its place; a step that runs out of input is
// retried by the next feed(). Errors and the result are exactly those of decodeStubList() on the whole
// body (an error is only reported once the body is complete, or on cancel).
class StubListDecoder final
{
public:
    enum class Status { NeedMore, Done, Failed };

    // The whole body's size, when known (Content-Length): the list's storage is reserved from it once
    // instead of growing by copies, whose freed blocks would stay resident in the worker's heap.
    void setExpectedSize(qint64 bodyBytes) { m_expectedBytes = bodyBytes; }
    Status feed(QByteArrayView bodySoFar, bool complete, const std::atomic_bool *cancelled = nullptr);
    Status status() const { return m_status; }
    const QString &error() const { return m_error; }
    int entries() const { return m_list.size(); }
    // After Done: the list (the decoder is left empty).
    StubList takeList() { return std::move(m_list); }

private:
    enum class Phase { Start, Members, Values, End };
    Status m_status = Status::NeedMore;
    Phase m_phase = Phase::Start;
    qsizetype m_offset = 0; // where the next step starts
    bool m_firstMember = true;
    bool m_firstElement = true;
    bool m_seenValues = false;
    int m_index = 0;
    qint64 m_expectedBytes = 0;
    StubList m_list;
    QByteArray m_idScratch, m_nameScratch, m_descriptionScratch;
    QString m_error;
};
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
