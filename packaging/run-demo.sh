#!/usr/bin/env bash
# Sets up, builds and starts MedTrack on a demo data directory (local SQLite, demo users and alerts).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup-debian.sh
packaging/build.sh
datadir="${MEDTRACK_DEMO_DIR:-$HOME/.local/share/MedTrack/demo}"
echo "Demo data directory: $datadir"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting a virtual one (Xvfb :99). Screenshot: DISPLAY=:99 import -window root shot.png"
  Xvfb :99 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  export DISPLAY=:99
  sleep 1
fi
exec build/app/medtrack/medtrack --demo --data-dir "$datadir" "$@"
