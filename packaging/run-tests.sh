#!/usr/bin/env bash
# Sets up, builds and runs every test (CTest) inside a private D-Bus session with an unlocked keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup-debian.sh
packaging/build.sh
export QT_QPA_PLATFORM=offscreen
# A keyring of its own: gnome-keyring keeps its file under $XDG_DATA_HOME/keyrings, and an existing
# login keyring with another password (the user's, or the demo's) would stay locked.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
XDG_DATA_HOME="$keyring_home" dbus-run-session -- bash -c '
  packaging/start-test-keyring.sh || exit 1
  ctest --test-dir build --output-on-failure -j2 --timeout 900
'
