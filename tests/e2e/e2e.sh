#!/usr/bin/env bash
# e2e.sh SCENARIO
# End-to-end runs of tandem-cli between network namespaces joined by veth
# pairs (a bridge when there are three), with faults: packet loss, delay and
# reordering, links cut and restored, peers killed.
#
# Environment: TANDEM_CLI (the tandem-cli binary, required), TANDEM_IMPAIR
# (the userspace link impairer, used where the kernel has no netem),
# TANDEM_E2E_KEEP=1 keeps the work folder (profiles and logs) of a run.
#
# The namespaces are anonymous: each is held by a `sleep` started with
# `unshare -n`, entered with `nsenter`. So nothing is named on the host,
# parallel runs cannot collide, no veth ever appears in the host's own
# namespace, and a namespace vanishes with its last process. Every process
# the harness starts dies with it (PR_SET_PDEATHSIG), and the EXIT trap
# kills them too: a failed or killed run leaves nothing behind.
#
# Exit codes: 0 passed, 1 failed, 77 skipped (the reason is printed).
set -euo pipefail

scenario=${1:?usage: e2e.sh SCENARIO}
cli=${TANDEM_CLI:?TANDEM_CLI must name the tandem-cli binary}

say() { printf '[e2e %s] %s\n' "$scenario" "$*"; }
skip() { say "SKIPPED: $*"; exit 77; }

# Namespaces need CAP_SYS_ADMIN: root on the host (scripts/test runs the
# build environment with root's capabilities when started as root). As
# another user, a user namespace of our own gives the same rights over the
# network namespaces it owns, where the kernel allows unprivileged ones.
if ! unshare -n true 2>/dev/null; then
    if [ -z "${TANDEM_E2E_USERNS:-}" ] && unshare -r -n true 2>/dev/null; then
        TANDEM_E2E_USERNS=1 exec unshare -r -- "$0" "$@"
    fi
    skip "cannot create network namespaces here: $(unshare -n true 2>&1 || true) (run scripts/test as root)"
fi
for tool in ip nsenter setpriv timeout sha256sum; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tandem-e2e.XXXXXX")
declare -A holder=() # namespace name -> pid of the process holding it
declare -A server=() # device name -> pid of its serve
started=() # every background process, for cleanup
streamer= # the last process stream() started

cleanup() {
    local pid
    for pid in "${started[@]}" "${server[@]}" "${holder[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    if [ "${TANDEM_E2E_KEEP:-0}" = 1 ]; then
        say "work folder kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
    say "FAILED: $*"
    local log
    for log in "$work"/*.log "$work"/*.err; do
        [ -e "$log" ] || continue
        echo "----- $(basename "$log") (last 40 lines)"
        tail -n 40 "$log"
    done
    exit 1
}

# --- namespaces and links ----------------------------------------------

# ns_add NAME: a new network namespace with loopback up.
ns_add() {
    setpriv --pdeathsig KILL unshare -n sleep infinity &
    holder[$1]=$!
    # The namespace exists once the holder has switched into it.
    local i
    for i in $(seq 200); do
        [ "$(readlink "/proc/${holder[$1]}/ns/net" 2>/dev/null)" != "$(readlink /proc/$$/ns/net)" ] && break
        sleep 0.01
    done
    [ "$(readlink "/proc/${holder[$1]}/ns/net" 2>/dev/null)" != "$(readlink /proc/$$/ns/net)" ] \
        || fail "could not make namespace $1"
    in_ns "$1" ip link set lo up
}

# in_ns NAME CMD...: runs CMD in the namespace.
in_ns() {
    local ns=$1
    shift
    nsenter --net="/proc/${holder[$ns]}/ns/net" -- "$@"
}

# veth NS1 IF1 NS2 IF2: a veth pair between two namespaces, both ends up.
veth() {
    in_ns "$1" ip link add "$2" type veth peer name "$4" netns "/proc/${holder[$3]}/ns/net"
    in_ns "$1" ip link set "$2" up
    in_ns "$3" ip link set "$4" up
}

# host_addr NS IF N: 10.77.0.N/24 (no broadcast address: discovery crosses
# by multicast only) and fe80::N without duplicate address detection, so
# that it works at once.
host_addr() {
    in_ns "$1" ip link set "$2" addrgenmode none
    in_ns "$1" ip addr add "10.77.0.$3/24" dev "$2"
    in_ns "$1" ip addr add "fe80::$3/64" dev "$2" nodad
}

# lab2: hosts a and b joined by one veth pair (lan0 on both sides).
lab2() {
    ns_add a
    ns_add b
    veth a lan0 b lan0
    host_addr a lan0 1
    host_addr b lan0 2
}

# lab3: hosts a, b and c on a bridge in a fourth namespace, the switch.
lab3() {
    ns_add sw
    in_ns sw ip link add br0 type bridge mcast_snooping 0
    in_ns sw ip link set br0 up
    local n=1 h
    for h in a b c; do
        ns_add "$h"
        veth sw "port-$h" "$h" lan0
        in_ns sw ip link set "port-$h" master br0
        host_addr "$h" lan0 "$n"
        n=$((n + 1))
    done
}

# --- tandem-cli in a namespace ------------------------------------------

# cli NS NAME ARGS...: runs tandem-cli as device NAME (profile in the work
# folder) in namespace NS, discovery on lan0 only, JSON output, bounded.
cli() {
    local ns=$1 name=$2
    shift 2
    in_ns "$ns" timeout -k 5 120 "$cli" --profile "$work/profile-$name" --name "$name" --interface lan0 --json "$@"
}

# serve NS NAME ARGS...: a background `serve` whose events go to
# $work/NAME.log; waits until it listens.
serve() {
    local ns=$1 name=$2
    shift 2
    setpriv --pdeathsig KILL nsenter --net="/proc/${holder[$ns]}/ns/net" -- \
        "$cli" --profile "$work/profile-$name" --name "$name" --interface lan0 --json \
        serve --accept-pairing --accept-sessions "$@" >"$work/$name.log" 2>"$work/$name.err" &
    server[$name]=$!
    wait_for "$work/$name.log" '"event":"listening"' 20 "$name to listen"
}

# wait_for FILE PATTERN SECONDS WHAT: until FILE has a line matching PATTERN.
wait_for() {
    local deadline=$((SECONDS + $3))
    until grep -q -- "$2" "$1" 2>/dev/null; do
        [ "$SECONDS" -lt "$deadline" ] || fail "no $4 within $3 s"
        sleep 0.05
    done
}

# wait_count FILE PATTERN N SECONDS: until FILE has N lines matching PATTERN.
wait_count() {
    local deadline=$((SECONDS + $4))
    until [ "$(grep -c -- "$2" "$1" 2>/dev/null || true)" -ge "$3" ]; do
        [ "$SECONDS" -lt "$deadline" ] || fail "fewer than $3 lines matching $2 in $(basename "$1") within $4 s"
        sleep 0.02
    done
}

# texts FILE: the texts of the message events in FILE, one per line.
texts() {
    grep '"event":"message"' "$1" | sed -n 's/.*"text":"\([^"]*\)".*/\1/p'
}

# stream NS NAME LOG ARGS...: a background tandem-cli run as NAME in NS,
# output to $work/LOG.log and LOG.err; its pid in $streamer. Not wrapped
# in timeout, so that a kill reaches tandem-cli itself; its --wait bounds
# it, and it dies with the harness.
stream() {
    local ns=$1 name=$2 log=$3
    shift 3
    setpriv --pdeathsig KILL nsenter --net="/proc/${holder[$ns]}/ns/net" -- \
        "$cli" --profile "$work/profile-$name" --interface lan0 --json "$@" >"$work/$log.log" 2>"$work/$log.err" &
    streamer=$!
    started+=("$streamer")
}

# pair NS NAME PEER: NAME pairs with the serving PEER (both confirm).
pair() {
    local out
    out=$(cli "$1" "$2" pair "$3" --yes --wait 20) || fail "$2 could not pair with $3: $out"
    grep -q '"event":"paired"' <<<"$out" || fail "$2 did not report pairing with $3: $out"
    wait_for "$work/$3.log" '"event":"paired"' 10 "pairing reported by $3"
}

# expect_in_order FILE PREFIX N: FILE's messages are exactly "PREFIX 1" to
# "PREFIX N", each once, in order.
expect_in_order() {
    local got="$work/got.txt" want="$work/want.txt"
    texts "$1" >"$got"
    seq 1 "$3" | sed "s/^/$2 /" >"$want"
    if ! cmp -s "$got" "$want"; then
        fail "$(basename "$1"): messages not exactly \"$2 1\"..\"$2 $3\" in order ($(wc -l <"$got") received; first difference: $(diff "$want" "$got" | sed -n 2p))"
    fi
}

# --- link faults --------------------------------------------------------

# has_netem NS: the kernel has the netem qdisc (CONFIG_NET_SCH_NETEM).
has_netem() {
    in_ns "$1" tc qdisc add dev lo root netem delay 1ms 2>/dev/null && in_ns "$1" tc qdisc del dev lo root
}

# --- scenarios ----------------------------------------------------------

# Three devices on a bridge find each other by multicast alone, pair, and
# talk.
scenario_discovery() {
    lab3
    serve a "Node A"
    serve b "Node B"
    local devices
    devices=$(cli c "Node C" devices --wait 3) || fail "devices failed: $devices"
    grep -q '"name":"Node A"' <<<"$devices" && grep -q '"name":"Node B"' <<<"$devices" \
        || fail "Node C did not discover both others: $devices"
    pair c "Node C" "Node A"
    pair c "Node C" "Node B"
    local trusted
    trusted=$(cli c "Node C" trusted)
    grep -q '"name":"Node A"' <<<"$trusted" && grep -q '"name":"Node B"' <<<"$trusted" \
        || fail "Node C does not trust both: $trusted"
    local out
    out=$(cli c "Node C" send-text "Node A" "hello A" --channel chat) || fail "send to A: $out"
    out=$(cli c "Node C" send-text "Node B" "hello B" --channel notes) || fail "send to B: $out"
    out=$(cli c "Node C" send-text "Node A" "again" --count 100) || fail "100 to A: $out"
    wait_for "$work/Node A.log" '"text":"again 100"' 10 "last message at A"
    # (No `| head` here: with pipefail, the reader closing early fails the
    # pipe.)
    local first
    first=$(grep -m1 '"event":"message"' "$work/Node A.log")
    grep -q '"channel":"chat"' <<<"$first" && grep -q '"text":"hello A"' <<<"$first" \
        || fail "A's first message is not \"hello A\" on channel chat: $first"
    [ "$(texts "$work/Node B.log")" = "hello B" ] || fail "B did not get exactly \"hello B\""
    texts "$work/Node A.log" | tail -n +2 >"$work/a-rest.txt"
    seq 1 100 | sed 's/^/again /' | cmp -s - "$work/a-rest.txt" || fail "A's 100 messages not in order"
    say "three namespaces: discovered by multicast, paired, 102 messages delivered in order"
}

# The same over a link that loses 5 % of packets, delays them 50 ms and
# reorders them.
scenario_impaired() {
    ns_add a
    ns_add b
    if has_netem a; then
        veth a lan0 b lan0
        local h
        for h in a b; do
            in_ns "$h" tc qdisc add dev lan0 root netem delay 50ms 10ms loss 5% reorder 25% 50%
        done
        say "impairment: tc netem on both ends (delay 50ms 10ms loss 5% reorder 25% 50%)"
    else
        # This kernel lacks sch_netem: the same faults by a userspace
        # impairer in a middle namespace that forwards frames between
        # the two hosts.
        [ -n "${TANDEM_IMPAIR:-}" ] && [ -x "$TANDEM_IMPAIR" ] \
            || skip "the kernel has no netem qdisc and no link impairer was built (TANDEM_IMPAIR)"
        ns_add mid
        veth a lan0 mid left
        veth b lan0 mid right
        local h
        for h in a b; do in_ns "$h" ip link set lan0 gso_max_segs 1; done
        setpriv --pdeathsig KILL nsenter --net="/proc/${holder[mid]}/ns/net" -- "$TANDEM_IMPAIR" left right \
            --loss 5 --delay-ms 50 --jitter-ms 10 --reorder 25 --seed 1 >"$work/impairer.log" 2>&1 &
        started+=("$!")
        wait_for "$work/impairer.log" 'forwarding' 10 "impairer start"
        say "impairment: userspace impairer (no netem in this kernel): loss 5%, delay 50±10 ms, 25% reordered"
    fi
    host_addr a lan0 1
    host_addr b lan0 2
    serve a "Node A"
    pair b "Node B" "Node A"
    local out
    out=$(cli b "Node B" send-text "Node A" "hello" --channel chat --wait 60) || fail "send: $out"
    out=$(cli b "Node B" send-text "Node A" "m" --count 500 --wait 100) || fail "500 messages: $out"
    grep -q '"messages":500' <<<"$out" || fail "sender did not confirm 500: $out"
    wait_for "$work/Node A.log" '"text":"m 500"' 20 "the last message"
    texts "$work/Node A.log" | tail -n +2 >"$work/a-rest.txt"
    seq 1 500 | sed 's/^/m /' | cmp -s - "$work/a-rest.txt" || fail "messages not once and in order"
    if [ -e "$work/impairer.log" ]; then
        # The faults were really applied: frames dropped, the rest held.
        wait_for "$work/impairer.log" '^frames' 5 "impairer report"
        local stats
        stats=$(grep '^frames' "$work/impairer.log" | tail -n1)
        say "impairer: $stats"
        grep -Eq 'dropped [1-9]' <<<"$stats" || fail "the impairer dropped nothing: $stats"
        grep -Eq 'mean hold ([3-9][0-9]|[1-9][0-9][0-9])\.' <<<"$stats" || fail "frames were not delayed: $stats"
    fi
    say "impaired link: discovered, paired, 501 messages delivered once and in order"
}

# 10,000 numbered messages while the link is cut and restored: twice for a
# few seconds (TCP rides it out), once for longer than the 12 s keepalive
# timeout (the link dies and the session resumes on a new one).
scenario_flaps() {
    lab2
    serve a "Node A"
    pair b "Node B" "Node A"
    # Slow enough that all three cuts land mid-stream on any machine: on a
    # quiet one the 10,000 messages otherwise finished before the third.
    # A small bucket too: a large burst let thousands through at once.
    in_ns b tc qdisc add dev lan0 root tbf rate 256kbit burst 8kb latency 400ms 2>/dev/null \
        || say "no tbf qdisc here: the stream runs at full speed"
    stream b "Node B" sender send-text "Node A" n --count 10000 --wait 180
    local sender=$streamer
    local cut got=0
    for cut in 2 4 15; do
        # Messages flow between cuts: each comes 500 messages after the last.
        wait_count "$work/Node A.log" '"event":"message"' $((got + 500)) 60
        in_ns b ip link set lan0 down
        got=$(grep -c '"event":"message"' "$work/Node A.log" || true)
        # A cut after the stream ended would prove nothing.
        [ "$got" -lt 10000 ] && kill -0 "$sender" 2>/dev/null || fail "the stream was over before the cut"
        say "link down at $got messages, for $cut s"
        sleep "$cut"
        in_ns b ip link set lan0 up
    done
    local rc=0
    wait "$sender" || rc=$?
    [ "$rc" = 0 ] || fail "sender exited $rc: $(cat "$work/sender.err" | tail -n 5)"
    grep -q '"messages":10000' "$work/sender.log" || fail "sender did not confirm 10000"
    wait_count "$work/Node A.log" '"event":"message"' 10000 20
    expect_in_order "$work/Node A.log" n 10000
    # The long cut took the link down before the stream was over, so the
    # session resumed on a new link.
    local down last
    down=$(grep -m1 -n '"event":"disconnected"' "$work/Node A.log" | cut -d: -f1 || true)
    last=$(grep -m1 -n '"text":"n 10000"' "$work/Node A.log" | cut -d: -f1 || true)
    [ -n "$down" ] && [ "$down" -lt "$last" ] || fail "no link went down during the stream"
    local sessions
    sessions=$(grep '"event":"message"' "$work/Node A.log" | sed -n 's/.*"session":\([0-9]*\).*/\1/p' | sort -u | wc -l)
    [ "$sessions" = 1 ] || fail "messages came in $sessions sessions, not one resumed session"
    say "10000 messages through 3 cuts (2 s, 4 s, 15 s): each delivered once, in order, in one session"
}

# A peer that disappears for good: the other side's session ends as
# disconnected after the resume timeout and reports what was not delivered.
scenario_gone() {
    lab3
    # Receiver A vanishes: its process is killed and its namespace goes.
    serve a "Node A"
    pair c "Node C" "Node A"
    stream c "Node C" sender --resume-timeout 5 send-text "Node A" n --count 10000 --wait 100
    local sender=$streamer
    wait_count "$work/Node A.log" '"event":"message"' 2000 60
    kill -KILL "${server[Node A]}" 2>/dev/null || true
    kill -KILL "${holder[a]}"
    local rc=0
    wait "$sender" || rc=$?
    [ "$rc" = 1 ] || fail "sender exited $rc, not 1 (error)"
    grep -q '"event":"session-closed".*"reason":"network-disconnected"' "$work/sender.log" \
        || fail "the sender's session did not end as network-disconnected: $(cat "$work/sender.log")"
    local undelivered first last count received
    undelivered=$(grep '"event":"undelivered"' "$work/sender.log") || fail "no undelivered report"
    first=$(sed -n 's/.*"first":\([0-9]*\).*/\1/p' <<<"$undelivered")
    last=$(sed -n 's/.*"last":\([0-9]*\).*/\1/p' <<<"$undelivered")
    count=$(sed -n 's/.*"messages":\([0-9]*\).*/\1/p' <<<"$undelivered")
    received=$(grep -c '"event":"message"' "$work/Node A.log" || true)
    expect_in_order "$work/Node A.log" n "$received"
    [ "$last" = 10000 ] && [ "$count" = $((10000 - first + 1)) ] \
        || fail "undelivered report inconsistent: $undelivered"
    # Nothing A lacks is claimed delivered.
    [ "$first" -le $((received + 1)) ] || fail "first undelivered $first, but A received only $received"
    grep -q 'ended before delivery (network-disconnected)' "$work/sender.err" || fail "no message for people"
    say "receiver gone: sender's session ended network-disconnected, $count of 10000 reported undelivered (A had $received)"

    # Sender B vanishes: serving C's session ends as disconnected too.
    serve c "Node C2" --resume-timeout 5
    pair b "Node B" "Node C2"
    stream b "Node B" sender2 send-text "Node C2" n --count 10000 --wait 100
    sender=$streamer
    wait_count "$work/Node C2.log" '"event":"message"' 1000 60
    kill -KILL "$sender"
    kill -KILL "${holder[b]}"
    wait_for "$work/Node C2.log" '"event":"session-closed".*"reason":"network-disconnected"' 30 \
        "session end at the receiver"
    expect_in_order "$work/Node C2.log" n "$(grep -c '"event":"message"' "$work/Node C2.log")"
    say "sender gone: the receiver's session ended network-disconnected after its resume timeout"
}

# --- file scenarios --------------------------------------------------------

# The bound the file scenarios hold the sender to. One window: what the
# sender keeps queued and unacknowledged (TransferManagerOptions::
# maxQueuedBytes, 4 MiB), plus the chunk (chunkBytes, 256 KiB) a killed
# receiver may have had in hand but not on disk; a resume may send that
# again, never more (tst_clifiles holds the library to the same).
file_window=$((4 * 1024 * 1024 + 256 * 1024))
# The sending link's rate in the file scenarios: slow enough that a cut or
# a kill lands mid-transfer on any machine (the file takes seconds, not a
# fraction of one), fast enough that the label stays short.
file_rate=400mbit

# limit_rate NS IF [RATE]: caps IF's egress at RATE (default $file_rate) with a token bucket
# (sch_tbf, which kernels without netem still have). Without it the cuts
# still happen at byte offsets, only with less margin.
limit_rate() {
    local rate=${3:-$file_rate}
    if in_ns "$1" tc qdisc add dev "$2" root tbf rate "$rate" burst 256kb latency 200ms 2>/dev/null; then
        say "$1/$2 egress limited to $rate"
    else
        say "no tbf qdisc here: $1/$2 runs at full speed"
    fi
}

# seeded_bytes SIZE SEED FILE: SIZE pseudo-random bytes from SEED (AES-CTR
# keystream), the same on every run. (The `|| true`: head closing the pipe
# early stops openssl with SIGPIPE, which pipefail would count.)
seeded_bytes() {
    command -v openssl >/dev/null || skip "openssl is not installed (it makes the seeded test files)"
    { openssl enc -aes-128-ctr -nosalt -pbkdf2 -pass "pass:$2" </dev/zero 2>/dev/null || true; } | head -c "$1" >"$3"
    [ "$(stat -c %s "$3")" = "$1" ] || fail "could not make $1 seeded bytes in $3"
}

# part_size PATH: bytes in PATH (0 while it does not exist).
part_size() {
    stat -c %s "$1" 2>/dev/null || echo 0
}

# wait_part PATH BYTES SECONDS: until PATH holds BYTES.
wait_part() {
    local deadline=$((SECONDS + $3))
    until [ "$(part_size "$1")" -ge "$2" ]; do
        [ "$SECONDS" -lt "$deadline" ] || fail "$(basename "$1") did not reach $2 bytes within $3 s (has $(part_size "$1"))"
        sleep 0.02
    done
}

# wait_exit PID SECONDS WHAT: waits for a background process, at most
# SECONDS; its exit code in $exit_code.
wait_exit() {
    local deadline=$((SECONDS + $2))
    while kill -0 "$1" 2>/dev/null; do
        [ "$SECONDS" -lt "$deadline" ] || fail "$3 still running after $2 s"
        sleep 0.1
    done
    exit_code=0
    wait "$1" || exit_code=$?
}

# json_field NAME: the numeric field NAME of each JSON line on stdin.
json_field() {
    sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"
}

# expect_sent_bounded LOG TOTAL: the sender's final report says all TOTAL
# bytes were verified and at most one window more went on the wire.
expect_sent_bounded() {
    local final sent
    final=$(grep '"event":"sent"' "$1") || fail "no \"sent\" report in $(basename "$1")"
    [ "$(json_field bytes <<<"$final")" = "$2" ] || fail "sender reports other than $2 bytes: $final"
    sent=$(json_field sent <<<"$final")
    [ "$sent" -ge "$2" ] && [ "$sent" -le $(($2 + file_window)) ] \
        || fail "sender put $sent bytes on the wire for $2: more than one window ($file_window) re-sent"
    resent=$((sent - $2))
}

# expect_landed SRC DEST LOG: DEST has SRC's SHA-256, and the receiving
# serve's LOG reported that same SHA-256 for it. (tandem-cli prints JSON
# keys sorted, so one pattern matches a whole event: no `grep | grep -q`,
# whose early exit fails the pipe under pipefail.)
expect_landed() {
    local want got
    want=$(sha256sum <"$1" | cut -d' ' -f1)
    [ -f "$2" ] || fail "$2 did not land"
    got=$(sha256sum <"$2" | cut -d' ' -f1)
    [ "$want" = "$got" ] || fail "$(basename "$2"): SHA-256 $got, not $want"
    grep -q "\"event\":\"file\".*\"sha256\":\"$want\"" "$3" \
        || fail "the receiver did not report SHA-256 $want for $(basename "$2")"
}

# A folder tree crosses intact: files of several sizes, an empty one, two
# levels of subfolders; each file's SHA-256 equal on both sides.
scenario_files_folder() {
    lab2
    mkdir -p "$work/out/folder/sub/deeper" "$work/out/folder/other" "$work/in"
    seeded_bytes 1 1 "$work/out/folder/one-byte"
    seeded_bytes 3000000 2 "$work/out/folder/sub/three-megabytes"
    seeded_bytes 300000 3 "$work/out/folder/sub/deeper/a file with spaces.bin"
    local i
    for i in $(seq 1 20); do seeded_bytes $((i * 997)) $((100 + i)) "$work/out/folder/other/small-$i"; done
    : >"$work/out/folder/empty"
    serve a "Node A" --accept-files --dir "$work/in"
    pair b "Node B" "Node A"
    local out
    out=$(cli b "Node B" send "Node A" "$work/out/folder" --wait 60) || fail "send: $out"
    (cd "$work/out" && find folder -type f -exec sha256sum {} + | sort -k2) >"$work/want.sha"
    (cd "$work/in" && find folder -type f -exec sha256sum {} + | sort -k2) >"$work/got.sha"
    cmp -s "$work/want.sha" "$work/got.sha" || fail "received folder differs: $(diff "$work/want.sha" "$work/got.sha")"
    local files
    files=$(wc -l <"$work/want.sha")
    # The receiver printed each verified file once, with its SHA-256.
    [ "$(grep -c '"event":"file"' "$work/Node A.log")" = "$files" ] || fail "the receiver reported other than $files files"
    local sha
    while read -r sha _; do
        grep -q "\"sha256\":\"$sha\"" "$work/Node A.log" || fail "no file event with SHA-256 $sha"
    done <"$work/want.sha"
    grep -q '"event":"sent".*"files":'"$files," <<<"$out" || fail "the sender did not confirm $files files: $out"
    # Nothing but the tree landed (no .part left behind).
    [ "$(find "$work/in" -type f | wc -l)" = "$files" ] || fail "stray files in the download folder: $(find "$work/in" -type f -name '*.part')"
    say "folder tree of $files files (3 levels, one empty) crossed; every SHA-256 equal"
}

# 256 MiB while the sender's link is cut and restored three times: twice
# for a few seconds (TCP rides it out), once for longer than the 12 s
# keepalive (the link dies; the session resumes on a new one). The
# transfer continues each time: the receiver's progress never goes back,
# and no more than one window is sent twice.
scenario_files_large_cuts() {
    lab2
    local size=$((256 * 1024 * 1024))
    mkdir -p "$work/in"
    seeded_bytes "$size" 256 "$work/big.bin"
    limit_rate b lan0
    serve a "Node A" --accept-files --dir "$work/in"
    pair b "Node B" "Node A"
    stream b "Node B" sender send "Node A" "$work/big.bin" --wait 60
    local sender=$streamer cut at=0 mib
    for cut in 2:40 4:100 15:160; do
        # Each cut comes at a byte offset, so that it lands mid-transfer.
        mib=${cut#*:}
        cut=${cut%:*}
        wait_part "$work/in/big.bin.part" $((mib * 1024 * 1024)) 60
        in_ns b ip link set lan0 down
        at=$(part_size "$work/in/big.bin.part")
        [ "$at" -lt "$size" ] && kill -0 "$sender" 2>/dev/null || fail "the transfer was over before the cut"
        say "link down at $((at / 1024 / 1024)) MiB received, for $cut s"
        sleep "$cut"
        in_ns b ip link set lan0 up
    done
    wait_exit "$sender" 60 "the sender"
    [ "$exit_code" = 0 ] || fail "send exited $exit_code: $(tail -n 5 "$work/sender.err")"
    expect_landed "$work/big.bin" "$work/in/big.bin" "$work/Node A.log"
    expect_sent_bounded "$work/sender.log" "$size"
    # Continued, not restarted: the bytes the receiver acknowledged never
    # went down between progress reports.
    local previous=0 bytes
    while read -r bytes; do
        [ "$bytes" -ge "$previous" ] || fail "progress went back from $previous to $bytes bytes: the transfer restarted"
        previous=$bytes
    done < <(grep '"event":"progress"' "$work/sender.log" | json_field bytes)
    # The long cut outlasted the keepalive: the link went down during the
    # transfer and the rest came over a new one.
    local down landed
    down=$(grep -m1 -n '"event":"disconnected"' "$work/Node A.log" | cut -d: -f1 || true)
    landed=$(grep -m1 -n '"event":"file"' "$work/Node A.log" | cut -d: -f1 || true)
    [ -n "$down" ] && [ "$down" -lt "$landed" ] || fail "the link never went down during the transfer"
    say "256 MiB through 3 cuts (2 s, 4 s, 15 s): SHA-256 equal, $resent bytes re-sent (at most $file_window)"
}

# The receiver killed with SIGKILL mid-transfer and started again: the
# transfer resumes from what the receiver kept, the file arrives whole, and
# what had arrived is not sent again beyond one window.
scenario_files_receiver_killed() {
    lab2
    local size=$((96 * 1024 * 1024))
    mkdir -p "$work/in"
    seeded_bytes "$size" 96 "$work/big.bin"
    limit_rate b lan0
    serve a "Node A" --accept-files --dir "$work/in"
    pair b "Node B" "Node A"
    stream b "Node B" sender send "Node A" "$work/big.bin" --wait 60
    local sender=$streamer
    wait_part "$work/in/big.bin.part" $((32 * 1024 * 1024)) 60
    kill -KILL "${server[Node A]}"
    wait "${server[Node A]}" 2>/dev/null || true
    local kept
    kept=$(part_size "$work/in/big.bin.part")
    [ "$kept" -lt "$size" ] || fail "the file was complete before the kill"
    say "receiver killed with $((kept / 1024 / 1024)) MiB kept"
    mv "$work/Node A.log" "$work/Node A-before.log"
    serve a "Node A" --accept-files --dir "$work/in"
    wait_exit "$sender" 60 "the sender"
    [ "$exit_code" = 0 ] || fail "send exited $exit_code: $(tail -n 5 "$work/sender.err")"
    expect_landed "$work/big.bin" "$work/in/big.bin" "$work/Node A.log"
    # The sender waited for the receiver to come back, and the restarted
    # receiver took the same batch up again without asking: it remembered
    # accepting it (transfers.sqlite in its profile).
    grep -q '"event":"progress".*"state":"waiting"' "$work/sender.log" || fail "the sender never waited for the receiver"
    local batch
    batch=$(grep -m1 '"event":"transfer-offered"' "$work/Node A-before.log" | sed -n 's/.*"transfer":"\([0-9a-f]*\)".*/\1/p')
    [ -n "$batch" ] && grep -q "\"event\":\"transfer-offered\".*\"state\":\"transferring\",\"transfer\":\"$batch\"" "$work/Node A.log" \
        || fail "the restarted receiver did not continue batch $batch without asking: $(grep transfer-offered "$work/Node A.log")"
    # Resumed: the kept part was not sent again (a restart from zero would
    # put $kept more bytes on the wire, far above one window).
    expect_sent_bounded "$work/sender.log" "$size"
    [ "$resent" -lt "$kept" ] || fail "$resent bytes re-sent: the transfer started over"
    say "receiver killed at $((kept / 1024 / 1024)) MiB and restarted: resumed, SHA-256 equal, $resent bytes re-sent (at most $file_window)"
}

# Issue 16: two apps on one device. Node A's `serve` hosts A's profile; a
# tandem-cli command (C++) and a QML app that sets nothing up (it finds the
# host through Tandem's own profile under XDG_DATA_HOME) both use it at the
# same time, each with its own service and session, over one pairing and
# one link to Node B on another namespace.
scenario_two_apps() {
    [ -n "${TANDEM_QML_CLIENT:-}" ] && [ -x "$TANDEM_QML_CLIENT" ] \
        || skip "the QML client was not built (TANDEM_QML_CLIENT; needs Qt Quick)"
    lab2
    serve a "Node A"
    serve b "Node B" --service whiteboard
    # Paired once, by a command that is the host's client.
    pair a "Node A" "Node B"
    local b_id
    b_id=$(grep -m1 '"event":"listening"' "$work/Node B.log" | sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p')
    [ -n "$b_id" ] || fail "no id in Node B's listening event"
    # Where an app looks for the user's device: XDG_DATA_HOME/Tandem/Tandem.
    mkdir -p "$work/data/Tandem"
    ln -s "$work/profile-Node A" "$work/data/Tandem/Tandem"
    local count=50
    XDG_DATA_HOME="$work/data" setpriv --pdeathsig KILL nsenter --net="/proc/${holder[a]}/ns/net" -- \
        "$TANDEM_QML_CLIENT" "$b_id" whiteboard "$count" >"$work/qml.log" 2>"$work/qml.err" &
    local qml=$!
    started+=("$qml")
    stream a "Node A" cli-sender send-text "Node B" "from the cli" --count "$count" --wait 60
    local sender=$streamer
    wait "$sender" || fail "the tandem-cli client failed (exit $?)"
    grep -q "\"event\":\"delivered\",\"messages\":$count" "$work/cli-sender.log" || fail "the tandem-cli client did not report $count delivered"
    # Through the host, never as a second device of its own.
    ! grep -qi 'starting this device' "$work/cli-sender.err" || fail "the tandem-cli client started its own device"
    wait_count "$work/Node B.log" '"text":"from qml ' "$count" 60
    kill -0 "$qml" 2>/dev/null || fail "the QML app exited early (exit code $(wait "$qml"; echo $?))"
    # Each app's messages: all of them, once, in order, on its own session
    # to its own service.
    local service prefix session sessions
    for prefix in "from the cli" "from qml"; do
        sessions=$(grep '"event":"message"' "$work/Node B.log" | grep -F "\"text\":\"$prefix " \
            | sed -n 's/.*"session":\([0-9]*\).*/\1/p' | sort -u)
        [ "$(wc -l <<<"$sessions")" = 1 ] || fail "\"$prefix\" came on more than one session: $sessions"
        grep -F "\"text\":\"$prefix " "$work/Node B.log" >"$work/$prefix.only"
        expect_in_order "$work/$prefix.only" "$prefix" "$count"
        service=$(grep '"event":"session-opened"' "$work/Node B.log" | grep "\"session\":$sessions[,}]" \
            | sed -n 's/.*"service":"\([^"]*\)".*/\1/p')
        case "$prefix" in
            "from the cli") [ "$service" = tandem.text ] || fail "the cli's session is to \"$service\"" ;;
            "from qml") [ "$service" = whiteboard ] || fail "the QML app's session is to \"$service\"" ;;
        esac
    done
    # One device: one link, never replaced, and one pairing.
    [ "$(grep -c '"event":"connected"' "$work/Node B.log")" = 1 ] || fail "Node B saw more than one link from A"
    ! grep -q '"event":"disconnected"' "$work/Node B.log" || fail "Node B's link to A was dropped"
    ! grep -qi 'replaced' "$work/Node B.err" || fail "Node B replaced a link"
    [ "$(grep -c '"event":"paired"' "$work/Node B.log")" = 1 ] || fail "Node B paired more than once"
    say "one host, two apps (tandem-cli and QML): $count messages each, once and in order, one link, one pairing"
}

# ------------------------------------------------------------------------

case "$scenario" in
    discovery | impaired | flaps | gone | files_folder | files_large_cuts | files_receiver_killed | two_apps)
        "scenario_$scenario" ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
esac
say "PASSED"
