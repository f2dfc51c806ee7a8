#!/bin/sh
# Runs "$@" with an unlocked gnome-keyring Secret Service on the current (private) D-Bus session.
# The keyring lives in a throw-away folder, so tests never read or write the user's real keyring.
set -eu
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no D-Bus session; run it under dbus-run-session" >&2
    exit 2
fi
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/bookflow-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty password creates and unlocks the login keyring on first use.
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
