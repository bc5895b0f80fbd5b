#!/usr/bin/env bash
# Sets up, builds and runs every test (CTest) inside a private D-Bus session with an unlocked keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup-debian.sh
packaging/build.sh
export QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash -c '
  echo -n medtrack-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  ctest --test-dir build --output-on-failure -j2 --timeout 900
'
