#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets (fuzz/testdata/corpus/<target>/) from the spec's examples
(api/cluster-v2-tokens.openapi.yaml) plus a few hand-picked edge cases. Run it again after the spec
changes; the output is committed.
    python3 scripts/make-fuzz-corpus.py
"""
import hashlib
import json
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The documentation's example secret, assembled so that no secret-shaped line is committed here.
SECRET = "dt0c01." + "ST2EY72KQINMH574WMNVI7YN" + "." + "G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"


def write(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = os.path.join(ROOT, "fuzz", "testdata", "corpus", target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main():
    with open(os.path.join(ROOT, "api", "cluster-v2-tokens.openapi.yaml")) as f:
        spec = yaml.safe_load(f)
    examples = []
    for schema in spec["components"]["schemas"].values():
        if "example" in schema:
            examples.append(schema["example"])
    # Example bodies of responses, where the spec has them.
    for path in spec.get("paths", {}).values():
        for op in path.values():
            if not isinstance(op, dict):
                continue
            for response in op.get("responses", {}).values():
                for media in response.get("content", {}).values():
                    if "example" in media:
                        examples.append(media["example"])
    for example in examples:
        write("jsoncodec", json.dumps(example))
        write("jsoncodec", json.dumps(example, indent=2))

    # The error envelope (schema ErrorEnvelope, no example in the spec) and edge cases of the codec.
    for text in [
        '{"error":{"code":400,"message":"Constraints violated.","constraintViolations":'
        '[{"path":"name","message":"must not be null","parameterLocation":"PAYLOAD_BODY","location":null}]}}',
        '{"error":{"code":404,"message":"Token with ID x not found"}}',
        '{"error":{"code":"x","message":7,"constraintViolations":{}}}',
        '{"token":"%s"}' % SECRET,
        '{"id":"a","name":"\\ud83d\\ude00 \\u00e9\\n\\"q\\"","created":1e3,"expires":1.0E12,"scopes":[]}',
        '{"values":[{"id":"a","unknown":{"nested":[1,2,{"x":null}]}},{"id":"b","name":null}]}',
        '{"value":9223372036854775807,"unit":"MILLIS"}',
        '{"value":-1,"unit":"WEEKS"}',
        '{"name":"","revoked":false,"scopes":["settings.read","NewScope2030"]}',
        '{"name":"n","scopes":["a"],"expiresIn":{"value":90,"unit":"DAYS"}}',
        '{"id":"a","id":"b"}',
        '[]', 'null', '', ' ', '{"values":[', '"\\ud800"', '{"a":1,}',
    ]:
        write("jsoncodec", text)

    # The list decoder fed in pieces: byte 0's low 4 bits = number of cuts, then one 16-bit little-endian
    # position per cut (modulo the body's size + 1), then the body. Bodies with unknown fields of every
    # JSON type; the first one is cut inside its top-level numbers.
    for cuts, body in [
        ([18, 140], '{"totalCount":123456789,"values":[{"id":"a","name":"n0","description":"d",'
                           '"createdAt":1700000000123,"weight":12345.678}],"pageSize":1000,"ratio":-1.25e+3}'),
        ([40], '{"values":[{"id":"a","n":-0.5e-3,"t":true,"f":false,"x":null,"o":{"a":[1,[2],{}]}}],"z":77}'),
        ([3, 20, 40, 60], '{"a":1,"values":[{"id":"\\u00e9\\ud83d\\ude00","name":null}],"b":22}'),
        ([19], '{"values":[],"n":0123}'),
        ([], '{"values":[{"id":"a"},{"id":"b","description":"c"}]}'),
    ]:
        header = bytes([len(cuts)]) + b"".join(c.to_bytes(2, "little") for c in cuts)
        write("stublistsplit", header + body.encode("utf-8"))

    # CSV: byte 0 options (delimiter, BOM, header, guard), byte 1 free-text columns, then records
    # split at 0x1E and fields at 0x1F.
    rs, us = "\x1e", "\x1f"
    for opts, free, records in [
        (0x18, 0x03, [["ID", "Name", "Owner"], ["dt0c01.ST2EY72KQINMH574WMNVI7YN", "=1+2\";=1+2", "admin"]]),
        (0x1D, 0xFF, [["a;b", "c\"d", "e\r\nf"], ["", ""], [""], ["@x", "-1", "+1", "\tx"]]),
        (0x0E, 0x00, [["Name"], ["Ünïcödé 😀"], ["line\nbreak"]]),
        (0x18, 0x01, [["ID"], ["leaks " + SECRET + " here"], ["after"]]),
        (0x10, 0x02, [["h"], ["x", "=cmd|' /C calc'!A0"]]),
    ]:
        write("csvwriter", bytes([opts, free]) + rs.join(us.join(r) for r in records).encode("utf-8"))

    for text in [
        "https://cluster.example.com", "cluster.example.com", "HTTPS://Cluster.Example.COM:443/",
        "https://cluster.example.com/api/cluster/v2/", "http://127.0.0.1:8080", "https://[::1]:9443/",
        "localhost:8443", "ftp://x", "https://admin:pw@host", "https://host/?x=1#f", "https://host/e/abc/api/v2",
        "https://xn--bcher-kva.example/", "https://bücher.example", "https://host:99999", "  host  \n",
        "https://host/api/cluster/v2/../../x", "https://host/%2e%2e/api/cluster/v2", "//host/path",
    ]:
        write("baseurl", text)


if __name__ == "__main__":
    sys.exit(main())
