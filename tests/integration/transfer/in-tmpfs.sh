#!/bin/sh
# in-tmpfs.sh SIZE TEST [ARGS...]
# Runs TEST with a private tmpfs of SIZE (e.g. 64m) mounted in a mount
# namespace of its own, its path in TANDEM_TEST_TMPFS, so that a test can
# fill a disk without touching the real ones. Skips (exit 77) where mount
# namespaces are unavailable.
set -eu
size=$1
shift
if ! unshare -rm true 2>/dev/null; then
    echo "SKIPPED: cannot create a mount namespace (unshare -rm)"
    exit 77
fi
dir=$(mktemp -d)
trap 'rmdir "$dir" 2>/dev/null || true' EXIT
unshare -rm sh -uc '
    if ! mount -t tmpfs -o size="$1" tandem-test "$2"; then
        echo "SKIPPED: cannot mount a tmpfs in the mount namespace"
        exit 77
    fi
    export TANDEM_TEST_TMPFS="$2"
    shift 2
    exec "$@"
' in-tmpfs "$size" "$dir" "$@"
