#!/usr/bin/env bash
# Starts an unlocked gnome-keyring (secret service) on the current D-Bus session and waits until it answers.
# Run inside dbus-run-session with XDG_DATA_HOME pointing at a private directory. The keychain tests need it:
# under CI=true a keyring that does not come up fails the run here, loudly, instead of letting them skip.
set -uo pipefail
fail() {
  echo "start-test-keyring.sh: $*" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  echo "start-test-keyring.sh: continuing without a keyring; the keychain tests will skip" >&2
  exit 0
}
command -v gnome-keyring-daemon >/dev/null || fail "gnome-keyring-daemon not installed (apt-get install gnome-keyring)"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "no D-Bus session (run under dbus-run-session)"
if ! echo -n medtrack-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
  fail "gnome-keyring-daemon --unlock failed"
fi
# The daemon registers org.freedesktop.secrets a moment after --unlock returns.
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    exit 0
  fi
  sleep 0.1
done
fail "gnome-keyring-daemon started but org.freedesktop.secrets did not appear on the session bus within 10 s"
