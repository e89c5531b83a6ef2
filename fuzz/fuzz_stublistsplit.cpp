// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the list decoder fed a body in pieces, as it arrives over a network that may cut
// it anywhere. Its promise: the result (the same entries, or the same error text with the same byte
// offset) does not depend on where the body was cut.
//
// Input layout: the first byte's low 4 bits are the number of cuts N (0..15); then N 16-bit
// little-endian numbers, each a cut position (taken modulo the body's size + 1, so that a small change
// of the number moves the cut by a byte); the rest is the body. The cuts are sorted, so pieces may be
// empty or repeat.
#include "api/jsoncodec.h"
#include "fuzzsupport.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace TokenDesk;
using TokenDesk::Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t cutCount = data[0] & 0x0F;
    const size_t header = 1 + 2 * cutCount;
    if (size < header)
        return 0;
    const QByteArrayView body(reinterpret_cast<const char *>(data + header), static_cast<qsizetype>(size - header));

    std::vector<qsizetype> cuts;
    for (size_t i = 0; i < cutCount; ++i) {
        const unsigned position = unsigned(data[1 + 2 * i]) | (unsigned(data[2 + 2 * i]) << 8);
        cuts.push_back(qsizetype(position % (quint64(body.size()) + 1)));
    }
    std::sort(cuts.begin(), cuts.end());

    QString wholeError;
    const std::optional<StubList> whole = Json::decodeStubList(body, &wholeError);

    Json::StubListDecoder decoder;
    decoder.setExpectedSize(body.size());
    Json::StubListDecoder::Status status = Json::StubListDecoder::Status::NeedMore;
    for (const qsizetype cut : cuts) {
        status = decoder.feed(body.first(cut), false);
        // Before the whole body is there, the decoder never reports an error (it may be a cut token)
        // and never reports the end.
        check(status == Json::StubListDecoder::Status::NeedMore, "an incomplete body ended the decode",
              decoder.error());
    }
    status = decoder.feed(body, true);
    check(status != Json::StubListDecoder::Status::NeedMore, "a complete body still needs more");

    const bool ok = status == Json::StubListDecoder::Status::Done;
    check(ok == whole.has_value(), "cut body and whole body disagree on success", ok ? wholeError : decoder.error());
    if (ok) {
        const StubList pieces = decoder.takeList();
        check(pieces == *whole, "cut body decodes to other entries");
    } else {
        check(decoder.error() == wholeError, "cut body fails with another error",
              decoder.error() + QStringLiteral(" / ") + wholeError);
    }
    return 0;
}
