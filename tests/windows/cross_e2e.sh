#!/usr/bin/env bash
# Linux and Windows, one loopback: a Linux tandem-cli (TANDEM_CLI_LINUX) and
# tandem-cli.exe under Wine (TANDEM_CLI_WINDOWS) pair, then each sends the
# other text messages and a file; every file's SHA-256 is checked on both
# sides (the receiver's own report and the bytes that landed). Each side in
# turn serves and is stopped as a user stops it: SIGINT, which Wine turns
# into a console Ctrl+C event for the Windows side (its
# terminationsignals_windows.cpp), and both must exit 0.
#
# Run by scripts/test --windows inside the Windows cross root, where Wine's
# server is already up for the whole run. Exits 77 (skipped) with the reason
# when a program it needs is missing. No sleeps: every wait blocks on a
# log line, bounded by a timeout.
set -euo pipefail

linux=${TANDEM_CLI_LINUX:-}
win=${TANDEM_CLI_WINDOWS:?TANDEM_CLI_WINDOWS must name tandem-cli.exe}
skip() { echo "SKIPPED: $*"; exit 77; }
[ -n "$linux" ] && [ -x "$linux" ] || skip "no Linux tandem-cli (TANDEM_LINUX_CLI; scripts/test --windows builds one)"
command -v wine >/dev/null 2>&1 && command -v winepath >/dev/null 2>&1 || skip "wine not found"

work=$(mktemp -d "${TMPDIR:-/tmp}/tandem-xe2e.XXXXXX")
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    [ -n "${windir:-}" ] && rm -rf "$(winepath -u "$windir")"
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    local f
    for f in "$work"/*.log "$work"/*.err; do
        [ -s "$f" ] && { echo "--- $(basename "$f")" >&2; tail -n 30 "$f" >&2; }
    done
    exit 1
}
say() { echo "[cross-e2e] $*"; }

# Windows paths for the Windows side (Wine maps / as drive Z:).
w() { winepath -w "$1"; }

# One discovery port for both, below the ephemeral range as tests/common/
# freeport.h picks them (UDP, shared with SO_REUSEADDR; the peers are
# also given each other's TCP port with --connect, so discovery only helps).
disc=$((20000 + RANDOM % 12000))
lin_common=(--profile "$work/profile-linux" --port 0 --discovery-port "$disc" --interface lo --json)
win_common=(--profile "$(w "$work/profile-windows")" --port 0 --discovery-port "$disc" --no-bluetooth --json)
linux_cli() { timeout -k 5 120 "$linux" "${lin_common[@]}" "$@"; }
windows_cli() { timeout -k 5 120 wine "$win" "${win_common[@]}" "$@"; }

# wait_for FILE PATTERN SECONDS WHAT: blocks until FILE has a line matching
# PATTERN (tail -f wakes on each write), failing after SECONDS.
wait_for() {
    grep -m1 -q -- "$2" <(timeout "$3" tail -n +1 -F "$1" 2>/dev/null) || fail "no $4 within $3 s"
}

# json_field NAME: the value of NAME in the JSON object on stdin (strings and
# numbers; tandem-cli prints flat objects, keys sorted).
json_field() {
    tr -d '\r' | sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -n1
}

# seeded_file PATH BYTES: reproducible, incompressible content.
seeded_file() {
    # openssl ends on SIGPIPE once head has enough: not a failure.
    { openssl enc -aes-128-ctr -pass pass:"$(basename "$1")" -nosalt -pbkdf2 </dev/zero 2>/dev/null || true; } \
        | head -c "$2" >"$1"
}

# expect_landed SRC DEST LOG: DEST has SRC's SHA-256, and the receiver's LOG
# reported that SHA-256 for it.
expect_landed() {
    local want got
    want=$(sha256sum <"$1" | cut -d' ' -f1)
    [ -f "$2" ] || fail "$(basename "$2") did not land in $(dirname "$2")"
    got=$(sha256sum <"$2" | cut -d' ' -f1)
    [ "$want" = "$got" ] || fail "$(basename "$2"): SHA-256 $got, not $want"
    grep -q "\"event\":\"file\".*\"sha256\":\"$want\"" "$3" \
        || fail "the receiver did not report SHA-256 $want for $(basename "$2")"
}

# stop PID WHAT: SIGINT (Ctrl+C), then the process must exit 0 within 30 s.
stop() {
    kill -INT "$1"
    local code=0
    timeout 30 tail --pid="$1" -f /dev/null || fail "$2 did not stop within 30 s of Ctrl+C"
    wait "$1" || code=$?
    [ "$code" = 0 ] || fail "$2 exited $code after Ctrl+C, not 0"
}

mkdir -p "$work/in-linux" "$work/in-windows"
seeded_file "$work/to-linux.bin" 3000001
seeded_file "$work/to-windows.bin" 2500003

# --- Windows -> Linux: the Linux side serves -------------------------------
"$linux" "${lin_common[@]}" --name "Linux side" serve --accept-pairing --accept-sessions --accept-files \
    --dir "$work/in-linux" >"$work/linux-serve.log" 2>"$work/linux-serve.err" &
lserve=$!
pids+=("$lserve")
wait_for "$work/linux-serve.log" '"event":"listening"' 30 "listening Linux serve"
lport=$(grep '"event":"listening"' "$work/linux-serve.log" | json_field port)
lid=$(grep '"event":"listening"' "$work/linux-serve.log" | json_field id)
[ -n "$lport" ] && [ -n "$lid" ] || fail "the Linux serve's listening event has no port or id"
say "Linux side $lid listening on port $lport"

out=$(windows_cli --name "Windows side" --connect "127.0.0.1:$lport" pair "$lid" --yes --wait 60 2>"$work/windows-pair.err") \
    || fail "tandem-cli.exe could not pair with the Linux side: $out"
grep -q '"event":"paired"' <<<"$out" || fail "tandem-cli.exe did not report pairing: $out"
wait_for "$work/linux-serve.log" '"event":"paired"' 30 "pairing reported by the Linux side"
say "paired"

out=$(windows_cli --connect "127.0.0.1:$lport" send-text "$lid" "from windows" --count 20 --wait 60 2>"$work/windows-text.err") \
    || fail "tandem-cli.exe could not send text: $out"
wait_for "$work/linux-serve.log" '"text":"from windows 20"' 30 "20th message at the Linux side"
got=$(grep '"event":"message"' "$work/linux-serve.log" | sed -n 's/.*"text":"\(from windows [0-9]*\)".*/\1/p')
[ "$got" = "$(seq 1 20 | sed 's/^/from windows /')" ] || fail "the Linux side got other than 'from windows 1..20' in order: $got"
say "20 messages Windows -> Linux, in order"

# A tandem-cli.exe that ran a transfer must exit too: until the chunk
# writer's threads were let go before exit, it hung in DLL detach.
wine "$win" "${win_common[@]}" --connect "127.0.0.1:$lport" send "$lid" "$(w "$work/to-linux.bin")" --wait 60 \
    >"$work/windows-send.log" 2>"$work/windows-send.err" &
wsend=$!
pids+=("$wsend")
wait_for "$work/windows-send.log" '"event":"sent"' 90 "confirmation of the file by tandem-cli.exe"
wait_for "$work/linux-serve.log" '"event":"file"' 30 "file event at the Linux side"
timeout 30 tail --pid="$wsend" -f /dev/null || fail "tandem-cli.exe send confirmed the file but did not exit within 30 s"
code=0
wait "$wsend" || code=$?
[ "$code" = 0 ] || fail "tandem-cli.exe send exited $code after confirming the file"
expect_landed "$work/to-linux.bin" "$work/in-linux/to-linux.bin" "$work/linux-serve.log"
say "file Windows -> Linux, SHA-256 equal"
stop "$lserve" "the Linux serve"

# --- Linux -> Windows: the Windows side serves -----------------------------
# Files land on drive C: (the Wine prefix): on Z: (Wine's view of /), Qt
# cannot tell the free space under Wine ("Could not tell how much space is
# free in Z:\tmp\..."), and the receiver refuses the offer.
[ -n "${WINEPREFIX:-}" ] || skip "WINEPREFIX not set (scripts/test --windows sets it)"
windir="C:\\tandem-xe2e-$$"
mkdir -p "$(winepath -u "$windir")"
wine "$win" "${win_common[@]}" serve --accept-pairing --accept-sessions --accept-files \
    --dir "$windir" >"$work/windows-serve.log" 2>"$work/windows-serve.err" &
wserve=$!
pids+=("$wserve")
wait_for "$work/windows-serve.log" '"event":"listening"' 60 "listening Windows serve"
wport=$(grep '"event":"listening"' "$work/windows-serve.log" | json_field port)
wid=$(grep '"event":"listening"' "$work/windows-serve.log" | json_field id)
[ -n "$wport" ] && [ -n "$wid" ] || fail "the Windows serve's listening event has no port or id"
say "Windows side $wid listening on port $wport"

out=$(linux_cli --connect "127.0.0.1:$wport" send-text "$wid" "from linux" --count 20 --wait 60 2>"$work/linux-text.err") \
    || fail "the Linux tandem-cli could not send text: $out"
wait_for "$work/windows-serve.log" '"text":"from linux 20"' 30 "20th message at the Windows side"
got=$(grep '"event":"message"' "$work/windows-serve.log" | tr -d '\r' | sed -n 's/.*"text":"\(from linux [0-9]*\)".*/\1/p')
[ "$got" = "$(seq 1 20 | sed 's/^/from linux /')" ] || fail "the Windows side got other than 'from linux 1..20' in order: $got"
say "20 messages Linux -> Windows, in order"

out=$(linux_cli --connect "127.0.0.1:$wport" send "$wid" "$work/to-windows.bin" --wait 60 2>"$work/linux-send.err") \
    || fail "the Linux tandem-cli could not send a file: $out"
grep -q '"event":"sent"' <<<"$out" || fail "the Linux tandem-cli did not confirm the file: $out"
wait_for "$work/windows-serve.log" '"event":"file"' 30 "file event at the Windows side"
expect_landed "$work/to-windows.bin" "$(winepath -u "$windir")/to-windows.bin" "$work/windows-serve.log"
say "file Linux -> Windows, SHA-256 equal"
stop "$wserve" "the Windows serve (tandem-cli.exe)"
say "passed"
