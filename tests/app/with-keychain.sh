#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), in a throwaway HOME, as QT64.md describes.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
exec dbus-run-session -- sh -c 'echo -n souk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
