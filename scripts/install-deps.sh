#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one list of Debian packages TokenDesk needs: used by `scripts/demo.sh`, `scripts/test.sh`
# and therefore by CI. Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ clang-format pkg-config ccache
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libgl-dev libxkbcommon-dev
  # the audit report's charts (a plugin the app loads when a report is opened); Qt Charts needs the
  # OpenGL development files, which --no-install-recommends leaves out
  qt6-charts-dev libqt6opengl6-dev
  # headless runs, screenshots
  xvfb xauth fonts-dejavu-core python3-yaml
  # CJK token names (the demo cluster has one) instead of boxes; 5 MB, unlike fonts-noto-cjk (90 MB)
  fonts-wqy-microhei
  # desktop integration: AT-SPI test, translations of Qt's own strings, metadata checks, .deb, screenshots
  python3-pyatspi at-spi2-core dbus appstream desktop-file-utils qt6-translations-l10n dpkg-dev xdotool imagemagick
  # tools the tests and benchmarks call
  curl jq openssl
  # a real system keyring for the CLI's test of lookup --all-profiles (tests/cli/run-with-keyring.sh:
  # a private D-Bus session with an unlocked gnome-keyring; libsecret is what QtKeychain talks to)
  gnome-keyring libsecret-1-0
  # bench/run: TLS with HTTP/2 in front of the fake cluster (P4 over TLS), and the test of the details
  # loader's concurrency per protocol
  nghttp2-proxy
  # CI static analysis; clang and libFuzzer for the fuzz preset
  cppcheck clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
