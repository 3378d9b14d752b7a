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
# Only this session's keyring daemons (the one started above, and any D-Bus activated again):
# other suites may be running at the same time with their own.
for pid in $(pgrep -u "$(id -u)" -f "^/?[^ ]*gnome-keyring-daemon" || true); do
    if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-}"; then
        kill "$pid" 2>/dev/null || true
    fi
done
exit $status
