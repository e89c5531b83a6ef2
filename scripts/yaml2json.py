#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the vendored OpenAPI YAML to JSON so the C++ conformance tests can read it with Qt."""
import json
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as src:
    spec = yaml.safe_load(src)
with open(sys.argv[2], "w", encoding="utf-8") as dst:
    json.dump(spec, dst, indent=1, sort_keys=True)
