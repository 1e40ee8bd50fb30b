#!/usr/bin/env bash
# retry-known-flake.sh COMMAND...
# Runs a GUI test once more when its first run fails, saying so loudly.
# Only tst_twodevices uses it: about one run in five, Beta's window takes a
# click on a list delegate (or a dialog's fade) without acting on it — two
# real processes on one Xvfb, no window manager. The cause is not found yet
# (README, Troubleshooting); until it is, a second failure in a row still
# fails the test, and every first failure is printed, never hidden.
"$@" && exit 0
status=$?
[ "$status" -eq 77 ] && exit 77
echo "KNOWN FLAKE: the first run failed (exit $status); running it once more" >&2
exec "$@"
