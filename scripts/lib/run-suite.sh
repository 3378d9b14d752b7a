#!/usr/bin/env bash
# Runs inside a private D-Bus session (see scripts/test): starts gnome-keyring from a known
# password so the real Secret Service is there, then runs the ctest suite.
set -uo pipefail
build_dir=$1
shift
eval "$(printf '%s' "amodesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
ctest --test-dir "$build_dir" --output-on-failure -j2 "$@"
status=$?
pkill -u "$(id -u)" -f "^gnome-keyring-daemon --unlock --components=secrets" 2>/dev/null || true
exit $status
