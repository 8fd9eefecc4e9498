#!/usr/bin/env bash
# Shared set-up for scripts/run and scripts/test: install the Debian packages that are
# missing (and only those), configure once, build incrementally. Safe to run any number of times.
set -euo pipefail

SOUK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SOUK_PRESET=${SOUK_PRESET:-dev}
SOUK_BUILD_DIR="$SOUK_ROOT/build/$SOUK_PRESET"

# Everything the product and its test suite need on Debian 12 (see ../shared/design/QT64.md).
SOUK_PACKAGES=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libqt6sql6-sqlite libqt6sql6-psql
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qt6-image-formats-plugins
  libsecret-1-0 gnome-keyring dbus-daemon xvfb xauth libgl1-mesa-dri
  libsodium-dev libsqlite3-dev postgresql sqlite3 curl
  clang libclang-rt-14-dev # libFuzzer and the sanitizers (scripts/fuzz, docs/decisions/0014)
)
# Node.js and npm for the API contract tests (tests/contract): Debian's, unless a Node.js is
# already installed (one from elsewhere brings its own npm, which Debian's npm conflicts with).
command -v npm >/dev/null 2>&1 || SOUK_PACKAGES+=(nodejs npm)

souk_install_missing() {
  local missing=() pkg
  for pkg in "${SOUK_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "==> Installing missing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

souk_build() {
  cd "$SOUK_ROOT"
  if [ ! -f "$SOUK_BUILD_DIR/CMakeCache.txt" ]; then
    echo "==> Configuring ($SOUK_PRESET)"
    cmake --preset "$SOUK_PRESET" >/dev/null
  fi
  echo "==> Building ($SOUK_PRESET)"
  cmake --build --preset "$SOUK_PRESET"
}

# The npm tools of the API contract tests, from the committed lockfile (npm ci, only when
# tests/contract/node_modules does not already match it). scripts/test calls it.
souk_npm_tools() {
  "$SOUK_ROOT/tests/contract/run.sh" deps
}

souk_install_missing
souk_build
