#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the README's screenshots from the real application: TokenDesk on its demo cluster, on a
# virtual X server (Xvfb), driven through the accessibility tree (AT-SPI) the way a screen reader
# would, and captured with ImageMagick's `import`. Writes docs/screenshots/*.png.
#
#   scripts/screenshots.sh                        # uses build/dev/app/tokendesk (builds it if missing)
#   scripts/screenshots.sh path/to/tokendesk
#
# Needs: xvfb, dbus, at-spi2-core, python3-pyatspi, imagemagick, xdotool (scripts/install-deps.sh).
# Other shots (dialogs) can be added as further steps of the Python driver below.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
binary=${1:-build/dev/app/tokendesk}
if [ ! -x "$binary" ]; then
  cmake --preset dev >/dev/null
  cmake --build --preset dev --target tokendesk
fi
binary=$(readlink -f "$binary")
out=$root/docs/screenshots
mkdir -p "$out"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A fresh profile: no saved window state, no connection profiles, no keyring.
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_SCALE_FACTOR=1 LC_ALL=C.UTF-8 LANGUAGE=
unset DBUS_SESSION_BUS_ADDRESS

export TOKENDESK_A11Y_DIR=$root/tests/a11y
cat > "$scratch/drive.py" <<'PY'
import os, re, subprocess, sys, time
import pyatspi

sys.path.insert(0, os.environ["TOKENDESK_A11Y_DIR"])
from atspitree import find, find_app, wait_for

binary, out, lang = sys.argv[1], sys.argv[2], sys.argv[3]
suffix = "" if lang == "en" else "-" + lang


def shoot(name, title="TokenDesk"):
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^" + title],
                            capture_output=True, text=True, check=True).stdout.split()[0]
    path = "%s/%s%s.png" % (out, name, suffix)
    subprocess.run(["import", "-window", window, path], check=True)
    print("wrote " + path, flush=True)


# Bring the accessibility bus and its registry up first: an application that registers
# before the registry runs is never listed on the desktop.
wait_for("the accessibility registry", lambda: pyatspi.Registry.getDesktop(0) is not None and
         pyatspi.Registry.getDesktop(0).childCount >= 0)
proc = subprocess.Popen([binary, "--demo", "--demo-tokens", "800", "--lang", lang])
try:
    a = wait_for("TokenDesk on the accessibility bus", lambda: find_app("TokenDesk"))
    frame = wait_for("the main window", lambda: find(a, pyatspi.ROLE_FRAME))
    table = wait_for("the table", lambda: find(frame, pyatspi.ROLE_TABLE))
    wait_for("the list", lambda: table.queryTable().nRows == 800)
    quick = wait_for("the quick filter", lambda: find(frame, pyatspi.ROLE_TEXT))
    quick.queryEditableText().setTextContents("integration")
    wait_for("the quick filter to apply", lambda: 0 < table.queryTable().nRows < 800)
    table.queryTable().addRowSelection(1)
    # Details of the visible rows load lazily; give them a moment to arrive.
    time.sleep(4.5)  # and the "Listed N tokens" message to give way to the counts
    shoot("main-window", "DEMO")  # the title is "DEMO (url) — TokenDesk"

    # The New token dialog, opened with the toolbar button, a name typed.
    new_button = wait_for("the New button", lambda: find(frame, pyatspi.ROLE_PUSH_BUTTON,
                                                        "New" if lang == "en" else "Neu"))
    new_button.queryAction().doAction(0)
    dialog = wait_for("the New token dialog", lambda: find(a, pyatspi.ROLE_DIALOG))
    name = wait_for("the name field", lambda: find(dialog, pyatspi.ROLE_TEXT, "Name:"))
    name.queryEditableText().setTextContents("ci-pipeline-8")
    time.sleep(0.5)
    shoot("new-token-dialog", dialog.name)

    # Rotation: the Rotate dialog for the selected token, then, once the old token is revoked, the
    # Pending deletions view. The accessible names are the translated texts.
    words = {
        "en": {"Rotate": "Rotate", "Rotate token": "Rotate token", "Token created": "Token created",
               "stored": "I have stored this token", "Close": "Close", "Cancel": "Cancel",
               "Pending deletions": "Pending deletions", "Audit report": "Audit report",
               "Change scopes": "Change scopes", "Change the scopes": "Change the scopes",
               "remove": "Search scopes to remove", "add": "Search scopes to add"},
        "de": {"Rotate": "Rotieren", "Rotate token": "Token rotieren", "Token created": "Token erstellt",
               "stored": "Ich habe dieses Token gespeichert", "Close": "Schließen", "Cancel": "Abbrechen",
               "Pending deletions": "Ausstehende Löschungen", "Audit report": "Prüfbericht",
               "Change scopes": "Berechtigungen", "Change the scopes": "Berechtigungen von",
               "remove": "Zu entfernende Berechtigungen suchen", "add": "Hinzuzufügende Berechtigungen suchen"},
    }[lang]
    find(dialog, pyatspi.ROLE_PUSH_BUTTON, words["Cancel"]).queryAction().doAction(0)
    wait_for("the New token dialog to close", lambda: find(a, pyatspi.ROLE_DIALOG) is None)
    rotate = wait_for("the Rotate button", lambda: find(frame, pyatspi.ROLE_PUSH_BUTTON, words["Rotate"]))
    wait_for("the Rotate button to be enabled", lambda: rotate.getState().contains(pyatspi.STATE_ENABLED))
    rotate.queryAction().doAction(0)
    dialog = wait_for("the Rotate dialog", lambda: find(a, pyatspi.ROLE_DIALOG, words["Rotate token"]))
    time.sleep(0.5)
    shoot("rotate-dialog", dialog.name)
    find(dialog, pyatspi.ROLE_PUSH_BUTTON, words["Rotate"]).queryAction().doAction(0)
    secret = wait_for("the secret dialog", lambda: find(a, pyatspi.ROLE_DIALOG, words["Token created"]))
    stored = wait_for("the stored check box", lambda: find(secret, pyatspi.ROLE_CHECK_BOX, words["stored"]))
    stored.queryAction().doAction(0)
    close = wait_for("the Close button", lambda: find(secret, pyatspi.ROLE_PUSH_BUTTON, words["Close"]))
    wait_for("Close to be enabled", lambda: close.getState().contains(pyatspi.STATE_ENABLED))
    close.queryAction().doAction(0)
    wait_for("the secret dialog to close", lambda: find(a, pyatspi.ROLE_DIALOG) is None)
    time.sleep(1.0)  # the revoke
    item = wait_for("Tokens → Pending deletions", lambda: find(frame, pyatspi.ROLE_MENU_ITEM,
                                                                name_re=re.compile("^" + words["Pending deletions"])))
    item.queryAction().doAction(0)
    pending = wait_for("the Pending deletions view",
                       lambda: find(a, pyatspi.ROLE_DIALOG, words["Pending deletions"]))
    time.sleep(0.5)
    shoot("pending-deletions", pending.name)
    find(pending, pyatspi.ROLE_PUSH_BUTTON, words["Close"]).queryAction().doAction(0)
    wait_for("the Pending deletions view to close", lambda: find(a, pyatspi.ROLE_DIALOG) is None)

    # Change scopes: the tokens with "settings" in view, nine selected, settings.write taken away and
    # apiTokens.read given; the preview before anything is sent. Each search narrows its list to the
    # one scope, which Down (into the list) and Space tick.
    quick.queryEditableText().setTextContents("settings")
    # Tokens match as their details arrive (scopes are details): wait for nine, then a moment.
    wait_for("nine tokens with settings", lambda: 9 <= table.queryTable().nRows < 800)
    time.sleep(2.0)
    for row in range(9):
        table.queryTable().addRowSelection(row)
    time.sleep(1.0)
    item = wait_for("Tokens → Change scopes", lambda: find(frame, pyatspi.ROLE_MENU_ITEM,
                                                            name_re=re.compile("^" + words["Change scopes"])))
    item.queryAction().doAction(0)
    dialog = wait_for("the Change scopes dialog", lambda: find(a, pyatspi.ROLE_DIALOG,
                                                               name_re=re.compile("^" + words["Change the scopes"])))
    for field, scope in ((words["remove"], "settings.write"), (words["add"], "apiTokens.read")):
        search = wait_for(field, lambda: find(dialog, pyatspi.ROLE_TEXT, field))
        search.queryEditableText().setTextContents(scope)
        search.queryComponent().grabFocus()
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "Down", "space"], check=True)
    time.sleep(1.0)
    shoot("bulk-scopes", dialog.name)
    find(dialog, pyatspi.ROLE_PUSH_BUTTON, words["Close"]).queryAction().doAction(0)
    wait_for("the Change scopes dialog to close", lambda: find(a, pyatspi.ROLE_DIALOG) is None)

    # The audit report of every token: the quick filter cleared, then View → Audit report; it loads
    # the details it lacks first, then draws its charts.
    quick.queryEditableText().setTextContents("")
    wait_for("the quick filter to clear", lambda: table.queryTable().nRows >= 800)
    item = wait_for("View → Audit report", lambda: find(frame, pyatspi.ROLE_MENU_ITEM,
                                                         name_re=re.compile("^" + words["Audit report"])))
    item.queryAction().doAction(0)
    time.sleep(6)  # the details of 800 tokens, then the charts
    shoot("audit-report", words["Audit report"])
finally:
    proc.terminate()
    proc.wait(10)
PY

for lang in en de; do
  xvfb-run -n $((100 + RANDOM % 3000)) -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- /usr/bin/python3 "$scratch/drive.py" "$binary" "$out" "$lang" 2>&1 \
    | grep -v -e 'dbus-daemon' -e 'SpiRegistry' || true
  test -s "$out/main-window$([ "$lang" = en ] || echo "-$lang").png"
  for shot in new-token-dialog rotate-dialog pending-deletions audit-report bulk-scopes; do
    test -s "$out/$shot$([ "$lang" = en ] || echo "-$lang").png"
  done
done
ls -l "$out"
