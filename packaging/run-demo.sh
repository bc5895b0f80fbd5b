#!/usr/bin/env bash
# Sets up, builds and starts the MedTrack demo: the app on a demo data directory (local SQLite, demo users and
# a live alert feed), a local medtrack-hub and a SISDMK simulator, both on loopback. Everything stops with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${MT_DEMO_SKIP_BUILD:-}" != "1" ]; then
  packaging/setup-debian.sh
  packaging/build.sh
fi
datadir="${MEDTRACK_DEMO_DIR:-$HOME/.local/share/MedTrack/demo}"
hubdir="$datadir/hub"
mkdir -p "$datadir" "$hubdir"
echo "Demo data directory: $datadir"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting a virtual one (Xvfb :99). Screenshot: DISPLAY=:99 import -window root shot.png"
  Xvfb :99 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  export DISPLAY=:99
  sleep 1
fi
# Hub and SISDMK credentials live in the OS keychain only; without a session's secret service, start one.
# Its keyring file lives in the demo directory, so an existing login keyring with another password
# is left alone and the demo's hub token and SISDMK password survive from one run to the next.
if [ -z "${MT_DEMO_IN_SESSION:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  mkdir -p "$datadir/keyring"
  exec env MT_DEMO_IN_SESSION=1 MT_DEMO_SKIP_BUILD=1 XDG_DATA_HOME="$datadir/keyring" dbus-run-session -- "$0" "$@"
fi
if [ -n "${MT_DEMO_IN_SESSION:-}" ]; then
  echo -n "medtrack-demo" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi

bin="${MT_BUILD_DIR:-build}"
hub_port="${MT_DEMO_HUB_PORT:-18480}"
sim_port="${MT_DEMO_SISDMK_PORT:-18481}"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# SISDMK simulator: a small deterministic dataset (the national 2.1 M dataset is for the benchmark).
"$bin/tools/sisdmk-sim/sisdmk-sim" --listen "127.0.0.1:$sim_port" --workers 20000 --bad-share 0.02 \
  --username demo-sisdmk --password demo-sisdmk-2026 --quiet >"$datadir/sisdmk-sim.log" 2>&1 &
pids+=($!)

ini="$datadir/medtrack.ini"
site_id="site-local"
if [ -f "$ini" ]; then
  site_id="$(sed -n 's/^id *= *//p' "$ini" | head -1)"
  site_id="${site_id:-site-local}"
fi
# First start: point the app at the local hub and the simulator (a later start keeps what the admin changed).
if ! grep -q '^\[sisdmk\]' "$ini" 2>/dev/null; then
  cat >>"$ini" <<EOF
[sisdmk]
base_url=http://127.0.0.1:$sim_port
regions=31,94

[hub]
url=http://127.0.0.1:$hub_port
EOF
fi

enrol=()
if [ ! -f "$hubdir/.demo-site" ]; then
  code="$("$bin/app/medtrack-hub/medtrack-hub" --data-dir "$hubdir" site add --id "$site_id" --name "Demo site" | sed -n 's/.*: //p' | tail -1)"
  echo -n "demo-sisdmk-2026" | "$bin/app/medtrackctl/medtrackctl" --data-dir "$datadir" \
    sisdmk credentials set --base-url "http://127.0.0.1:$sim_port" --username demo-sisdmk >/dev/null
  enrol=(--enrol-site "$site_id" --enrol-code "$code")
  touch "$hubdir/.demo-site"
fi
"$bin/app/medtrack-hub/medtrack-hub" --data-dir "$hubdir" --listen "127.0.0.1:$hub_port" >"$datadir/hub.log" 2>&1 &
pids+=($!)
echo "Hub: http://127.0.0.1:$hub_port (log $datadir/hub.log); SISDMK simulator: http://127.0.0.1:$sim_port"
echo "Demo users: admin/demo-admin-2026, commander/demo-commander-2026, operator/demo-operator-2026 (L1),"
echo "            operator-l2/demo-operator-l2-2026, steward/demo-steward-2026"

# In the background + wait, so that closing the terminal or Ctrl+C also stops the hub and the simulator.
"$bin/app/medtrack/medtrack" --demo --data-dir "$datadir" --hub "http://127.0.0.1:$hub_port" "${enrol[@]}" "$@" &
pids+=($!)
wait "$!"
