#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""TokenDesk through the accessibility tree (AT-SPI), the way a screen reader sees it.

Starts `tokendesk --demo`, finds the window, the quick filter, the token table and the status line
over AT-SPI, checks that every control has a name, types a quick filter through the EditableText
interface and reads the visible row count through the Table interface (and the status line).

Run by run-a11y.sh inside `xvfb-run` + `dbus-run-session`; needs python3-pyatspi and at-spi2-core.
Usage: tst_a11y.py /path/to/tokendesk
"""
import os
import re
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspitree import find, find_app, wait_for, walk  # noqa: E402

DEMO_TOKENS = 150
# "At least" while rows without details may still match the quick filter.
STATUS_RE = re.compile(r"^(?:At least )?(\d+) of (\d+) tokens (?:shown|match)")
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_SLIDER,
}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return condition


def status_counts(frame):
    frame.clear_cache()  # no main loop runs here, so no change event refreshes the cached names
    node = find(frame, pyatspi.ROLE_LABEL, name_re=STATUS_RE)
    if node is None:
        return None
    m = STATUS_RE.search(node.name)
    return int(m.group(1)), int(m.group(2))


def column_of(table, title):
    t = table.queryTable()
    for c in range(t.nColumns):
        header = t.getColumnHeader(c)
        if header is not None and header.name == title:
            return c
        if t.getColumnDescription(c) == title:
            return c
    return -1


def cell_text(table, row, column):
    cell = table.queryTable().getAccessibleAt(row, column)
    return cell.name if cell is not None else None


def set_quick_filter(entry, text):
    entry.queryEditableText().setTextContents(text)


def main():
    binary = sys.argv[1]
    # Bring the accessibility bus and its registry up first: an application that registers
    # before the registry runs is never listed on the desktop.
    wait_for("the accessibility registry", lambda: pyatspi.Registry.getDesktop(0) is not None and
             pyatspi.Registry.getDesktop(0).childCount >= 0)
    app_proc = subprocess.Popen([binary, "--demo", "--demo-tokens", str(DEMO_TOKENS)])
    try:
        app = wait_for("TokenDesk on the accessibility bus", lambda: find_app("TokenDesk"))
        frame = wait_for("the main window", lambda: find(app, pyatspi.ROLE_FRAME))
        print("window: " + frame.name, flush=True)
        check("TokenDesk" in frame.name, "the window's accessible name names the application: " + frame.name)
        table = wait_for("the token table", lambda: find(frame, pyatspi.ROLE_TABLE, name="Tokens"))
        entry = wait_for("the quick filter", lambda: find(frame, pyatspi.ROLE_TEXT, name="Quick filter")
                         or find(frame, pyatspi.ROLE_ENTRY, name="Quick filter"))
        wait_for("all demo tokens listed", lambda: table.queryTable().nRows == DEMO_TOKENS)
        wait_for("the status line", lambda: status_counts(frame) == (DEMO_TOKENS, DEMO_TOKENS))
        print("rows before filtering: %d" % table.queryTable().nRows, flush=True)

        # Every control a keyboard or screen-reader user reaches has a name.
        unnamed = []
        for node in walk(frame):
            if node.getRole() in CONTROL_ROLES and node.getState().contains(pyatspi.STATE_SHOWING):
                if not node.name.strip():
                    unnamed.append("%s in %s" % (node.getRoleName(), node.parent.name if node.parent else "?"))
        check(not unnamed, "controls without an accessible name: " + ", ".join(unnamed))
        check(entry.description.strip() != "", "the quick filter has an accessible description")

        # The table's rows and cells reach AT-SPI.
        id_col = column_of(table, "ID")
        name_col = column_of(table, "Name")
        check(id_col >= 0 and name_col >= 0, "the table exposes its column headers (ID %d, Name %d)" % (id_col, name_col))
        if id_col < 0 or name_col < 0:
            return
        wanted_id = cell_text(table, 7, id_col)
        check(wanted_id is not None and wanted_id.startswith("dt0c01."), "row 8 shows a token ID: %r" % wanted_id)

        # A unique ID: exactly one row left, and it is that token.
        set_quick_filter(entry, wanted_id)
        wait_for("one row for the ID", lambda: table.queryTable().nRows == 1)
        check(cell_text(table, 0, id_col) == wanted_id, "the remaining row is the token typed")
        wait_for("the status line with one row", lambda: status_counts(frame) == (1, DEMO_TOKENS))
        print("rows with filter %s: 1" % wanted_id, flush=True)

        # A shared word of the names: the rows narrow, each visible row matches, the counts agree.
        set_quick_filter(entry, "")
        wait_for("all rows back", lambda: table.queryTable().nRows == DEMO_TOKENS)
        word = re.split(r"[^A-Za-z]+", cell_text(table, 3, name_col) or "")
        word = max(word, key=len) if word else ""
        check(len(word) >= 3, "a word in a token name: %r" % word)
        set_quick_filter(entry, word)
        rows = wait_for("fewer rows for %r" % word,
                        lambda: (lambda n: n if 0 < n < DEMO_TOKENS else None)(table.queryTable().nRows))
        wait_for("the status line to agree", lambda: status_counts(frame) == (rows, DEMO_TOKENS))
        print("rows with filter %r: %d" % (word, rows), flush=True)
        for r in range(min(rows, 40)):
            texts = [cell_text(table, r, c) or "" for c in range(table.queryTable().nColumns)]
            check(any(word.lower() in t.lower() for t in texts), "row %d matches %r: %s" % (r, word, texts))
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
            app_proc.wait()


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        failures.append(str(e))
        print("FAIL: " + str(e), flush=True)
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("PASS")
