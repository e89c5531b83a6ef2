# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading TokenDesk's accessibility tree over AT-SPI: shared by tests/a11y/tst_a11y.py and
scripts/screenshots.sh (which drives the real app through it)."""
import time

import pyatspi


def wait_for(what, predicate, timeout=30.0):
    """Polls predicate() until it returns something true; the tree changes while it is read."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting for " + what)


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    # Tables: only the table itself, not thousands of cells.
    if node.getRole() == pyatspi.ROLE_TABLE:
        return
    for i in range(node.childCount):
        yield from walk(node.getChildAtIndex(i), depth + 1)


def find(root, role, name=None, name_re=None):
    for node in walk(root):
        if node.getRole() != role:
            continue
        if name is not None and node.name != name:
            continue
        if name_re is not None and not name_re.search(node.name):
            continue
        return node
    return None


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name.lower() == name.lower():
            return app
    return None
