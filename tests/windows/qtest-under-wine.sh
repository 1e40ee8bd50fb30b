#!/usr/bin/env bash
# qtest-under-wine.sh PROGRAM.exe [ARGS...]: a Qt Test program under Wine,
# its report written to a file and then printed, with the program's exit
# code. Qt Test on Windows writes its report with OutputDebugString when
# stdout is not a console, and under Wine nothing of it reaches a pipe
# (neither QT_FORCE_STDERR_LOGGING nor `-o -,txt` changes that): without
# this, CTest showed a failing test's name and nothing else.
set -u
report=$(mktemp "${TMPDIR:-/tmp}/qtest-report.XXXXXX")
trap 'rm -f "$report"' EXIT
code=0
wine "$@" -o "$(winepath -w "$report"),txt" || code=$?
cat "$report"
exit "$code"
