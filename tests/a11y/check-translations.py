#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Proof that the shipped translations are complete.

For every resources/translations/tokendesk_<lang>.ts: copy it to a temporary folder, run lupdate over
today's sources into the copy (the committed file is not touched), and fail when any message is
unfinished, has an empty translation, or loses a placeholder (%1, %n, ...) in translation. The English
file (tokendesk_en.ts) holds only plural forms and is updated with -pluralonly.

Usage: check-translations.py LUPDATE SOURCES_LIST_FILE TS_FILE...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n|Ln)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def main():
    lupdate, sources_list = sys.argv[1], sys.argv[2]
    ts_files = sys.argv[3:]
    if not ts_files:
        print("no .ts files given")
        return 1
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            # The source language's file keeps only the plural forms.
            plurals_only = ["-pluralonly"] if ts.endswith("_en.ts") else []
            run = subprocess.run([lupdate] + plurals_only +
                                 ["-no-obsolete", "-locations", "none", "@" + sources_list, "-ts", copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout + run.stderr)
                print("lupdate failed for " + ts)
                return 1
            summary = [l for l in run.stdout.splitlines() if "source text" in l]
            print("%s: %s" % (os.path.basename(ts), " ".join(s.strip() for s in summary)))
            root = ET.parse(copy).getroot()
            total = 0
            for context in root.iter("context"):
                cname = context.findtext("name")
                for message in context.iter("message"):
                    total += 1
                    source = message.findtext("source") or ""
                    translation = message.find("translation")
                    kind = translation.get("type") if translation is not None else "missing"
                    where = "%s: %r" % (cname, source)
                    if kind in ("unfinished", "missing"):
                        problems += 1
                        print("unfinished: " + where)
                        continue
                    if kind in ("vanished", "obsolete"):
                        continue
                    forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                    for form in forms:
                        if not form.strip():
                            problems += 1
                            print("empty translation: " + where)
                        elif message.get("numerus") != "yes" and placeholders(form) != placeholders(source):
                            problems += 1
                            print("placeholders differ (%s vs %s): %s" % (placeholders(source), placeholders(form), where))
            print("%s: %d messages checked" % (os.path.basename(ts), total))
            if total == 0:
                problems += 1
                print("no messages at all in " + ts)
    if problems:
        print("%d problem(s)" % problems)
        return 1
    print("all translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
