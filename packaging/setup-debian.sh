#!/usr/bin/env bash
# Installs the Debian 12 packages MedTrack needs to build, run and test (idempotent; root or sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(build-essential cmake ninja-build ccache pkg-config
      qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev libspdlog-dev libsodium-dev libsqlite3-dev sqlite3
      libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev openssl libsimdjson-dev
      libqt6sql6-psql postgresql prometheus prometheus-alertmanager
      libgl1-mesa-dev xvfb xauth dbus dbus-x11 gnome-keyring python3)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
