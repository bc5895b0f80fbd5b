#!/usr/bin/env bash
# Configures and builds MedTrack into ./build (Release with debug info); CI=true adds -Werror.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" # relative paths: clones in other directories share the cache
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMT_WERROR="$werror" "${launcher[@]}"
cmake --build build -j"${MT_JOBS:-2}"
