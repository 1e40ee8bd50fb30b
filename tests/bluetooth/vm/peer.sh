#!/bin/sh
# One Bluetooth test VM's part (run by guest-init, as PID 1's child).
#
# Brings up BlueZ the way a desktop has it (system bus, bluetoothd, one
# controller: the emulated UART on ttyS1, H:4, wired to btvirt on the host
# through tandem-bt-h4relay), then plays TANDEM_VM_ROLE:
#   serve    tandem-cli serve --accept-pairing --accept-sessions --accept-files
#            until the driver is done
#   drive    finds "Alpha" over Bluetooth and pairs with it (a tandem-cli
#            of its own), then starts its host (serve) and, through it,
#            lists devices, sends a text and sends a file
# With TANDEM_VM_MODE=bench, raw RFCOMM (rctest) first, then only the file.
# Everything it shows lands in TANDEM_VM_RUN/<role>/ (logs, timings,
# results): that folder is shared with the host and the other VM. The two
# VMs meet through files there ("ready", "done"), each wait bounded.
set -u
run=$TANDEM_VM_RUN
role=$TANDEM_VM_ROLE
cli=$TANDEM_CLI
me=$run/$role
mkdir -p "$me"
# Seconds since the process started on every log line: where the time goes.
export QT_MESSAGE_PATTERN="[%{time process}] %{category}: %{message}"
# Tandem's debug lines too (off by default): a failed run in CI is read
# from these logs alone.
export QT_LOGGING_RULES="tandem.*.debug=true"
# Bounds, in seconds of the guest's clock (TCG: a few times slower than
# the host's).
BringUpSeconds=60 # controller attached, powered, seen by bluetoothd
PeerReadySeconds=240 # the other VM's "ready"
DriverSeconds=420 # serve: how long the driver may take in all
CommandSeconds=180 # each tandem-cli command of the driver
UartBaud=3000000 # hci_uart's line speed, as for a fast real UART controller

t0=$(cut -d' ' -f1 /proc/uptime)
now() { awk -v t0="$t0" '{ printf "%.1f", $1 - t0 }' /proc/uptime; }
say() { echo "[$role $(now)] $*"; }
# phase NAME START: records how long NAME took (guest seconds).
phase() {
    d=$(awk -v a="$2" '{ printf "%.1f", $1 - a }' /proc/uptime)
    echo "$1 $d" >>"$me/phases"
    say "phase $1: $d s"
}
mark() { cut -d' ' -f1 /proc/uptime; }
# waitfor FILE SECONDS: bounded wait for a file the other VM writes.
waitfor() {
    i=0
    while [ ! -e "$1" ]; do
        i=$((i + 1))
        [ $i -gt $(($2 * 5)) ] && return 1
        sleep 0.2
    done
}

bring_up() {
    s=$(mark)
    modprobe hci_uart && modprobe rfcomm || { say "modprobe failed"; return 1; }
    mkdir -p /run/dbus
    dbus-daemon --system --fork --nopidfile || return 1
    debug=
    [ "${TANDEM_VM_DEBUG:-}" = 1 ] && debug=-d
    /usr/libexec/bluetooth/bluetoothd -n $debug >"$me/bluetoothd.log" 2>&1 &
    if [ "${TANDEM_VM_DEBUG:-}" = 1 ]; then btmon -w "$me/hci.btsnoop" >/dev/null 2>&1 & fi
    btattach -B /dev/ttyS1 -P h4 -S "$UartBaud" >"$me/btattach.log" 2>&1 &
    i=0
    until bluetoothctl list 2>/dev/null | grep -q '^Controller'; do
        i=$((i + 1))
        [ $i -gt $((BringUpSeconds * 5)) ] && { say "no controller on D-Bus"; return 1; }
        sleep 0.2
    done
    # bluetoothd may still be setting the adapter up and reset what is set
    # too early: set, then check, a bounded number of times.
    i=0
    while :; do
        for setting in power connectable bondable discov; do btmgmt $setting on >/dev/null 2>&1; done
        btmgmt info 2>/dev/null | grep 'current settings' | grep -q 'connectable.*discoverable' && break
        i=$((i + 1))
        [ $i -gt 20 ] && { say "controller not connectable and discoverable"; btmgmt info; return 1; }
        sleep 0.3
    done
    address=$(btmgmt info | sed -n 's/.*addr \([0-9A-F:]*\).*/\1/p' | head -1)
    echo "$address" >"$me/address"
    phase bring-up "$s"
    say "controller $address up"
}

# serve_until_done: A. Ready once Bluetooth is available to tandem-cli.
role_serve() {
    mkdir -p /tmp/downloads
    cp -a "$run/profiles/serve" /tmp/profile
    "$cli" --profile /tmp/profile --json serve --accept-pairing --accept-sessions --accept-files \
        --dir /tmp/downloads >"$me/serve.jsonl" 2>"$me/serve.stderr" &
    pid=$!
    s=$(mark)
    i=0
    until grep -q '"state":"available"' "$me/serve.jsonl" 2>/dev/null; do
        i=$((i + 1))
        if [ $i -gt $((BringUpSeconds * 5)) ] || ! kill -0 $pid 2>/dev/null; then
            say "serve did not report Bluetooth available"
            return 1
        fi
        sleep 0.2
    done
    phase serve-ready "$s"
    touch "$me/ready"
    waitfor "$run/drive/done" "$DriverSeconds" || say "the driver never finished"
    if kill -0 $pid 2>/dev/null; then
        kill -INT $pid
        wait $pid
    else
        # It died under the driver: say how, with the end of its log (a
        # crash prints its stack there: app/cli/crashreport.h).
        wait $pid
        status=$?
        signal=""
        [ $status -gt 128 ] && signal=", signal $((status - 128))"
        say "serve died before the driver finished (exit $status$signal); its log ends:"
        tail -n 40 "$me/serve.stderr"
    fi
    # What arrived, hashed here: the host compares it with what was sent.
    (cd /tmp/downloads && sha256sum -- *) >"$me/received.sha256" 2>/dev/null
    return 0
}

# cmd NAME ARGS...: one tandem-cli command of the driver, timed, output kept.
cmd() {
    name=$1
    shift
    s=$(mark)
    timeout "$CommandSeconds" "$cli" --profile /tmp/profile --json "$@" >"$me/$name.jsonl" 2>"$me/$name.stderr"
    status=$?
    phase "$name" "$s"
    echo "$name $status" >>"$me/status"
    [ $status = 0 ] || say "$name failed ($status): $(tail -n 3 "$me/$name.stderr")"
    return $status
}

# start_host: this device's host (tandem-cli serve on the driver's profile),
# as a desktop has it: the commands after it run as its clients, so no new
# instance of this device appears per command and its link stays up.
start_host() {
    "$cli" --profile /tmp/profile --json serve >"$me/host.jsonl" 2>"$me/host.stderr" &
    host=$!
    s=$(mark)
    i=0
    until grep -q '"state":"available"' "$me/host.jsonl" 2>/dev/null; do
        i=$((i + 1))
        if [ $i -gt $((BringUpSeconds * 5)) ] || ! kill -0 $host 2>/dev/null; then
            say "the driver's host did not report Bluetooth available"
            return 1
        fi
        sleep 0.2
    done
    phase host-ready "$s"
}

stop_host() {
    [ -n "${host:-}" ] || return 0
    kill -INT $host 2>/dev/null
    wait $host
}

role_drive() {
    cp -a "$run/profiles/drive" /tmp/profile
    s=$(mark)
    waitfor "$run/serve/ready" "$PeerReadySeconds" || { say "serve never became ready"; return 1; }
    phase wait-for-peer "$s"
    # Only Bluetooth reaches Alpha: the VMs share no network.
    # pair runs with no host: an instance of this device that starts, links,
    # pairs and leaves, as when a user restarts an app. Alpha (the side that
    # accepted its link) redials it, while the host started next dials Alpha
    # as a new instance of the same device: the crossing the redial rules
    # are for (docs/protocol.md, Reconnect). The rest go through that host.
    cmd pair pair Alpha --yes --wait 150 &&
        start_host &&
        cmd devices devices --wait 0 &&
        cmd send-text send-text Alpha "hello over RFCOMM" --channel bt --wait 120 &&
        cmd send send Alpha "$run/payload.bin" --wait 150
    status=$?
    stop_host
    touch "$me/done"
    return $status
}

# The benchmark (TANDEM_VM_MODE=bench): raw RFCOMM with rctest (the
# reference) and Tandem's transfers take turns on the same link, a round
# each, BenchRounds times, every line of their output stamped with the
# guest's clock so each rate covers its transfer alone. Taking turns: the
# emulated link's speed follows the host's load (it halves on a busy host),
# and one rctest run before one transfer compared Tandem with another
# minute's link (0.64-0.98 on the same code). The driver pairs on its own,
# then sends through its host, whose link stays up between rounds: no
# inquiry runs meanwhile (see LinkClosedInquiryHold), so none cuts a link.
#
# The driver also holds one idle RFCOMM connection to Alpha for the whole
# run (KeeperChannel). Without it, each rctest round's connection was the
# only channel of the RFCOMM session the driver had opened to Alpha, and
# when Tandem's link had been dialled from Alpha's side (its own session),
# the kernel's release of the driver's emptied session took Tandem's link
# down about 2 s after rctest closed ("Connection reset by peer"; one link
# interruption in a run): the harness's own traffic, not Tandem's. The
# same holds for any program's RFCOMM connection in the other direction
# (docs/benchmarks.md).
RctestChannel=11
KeeperChannel=12
BenchRounds=3
bench_serve() {
    # Reads of up to 64 KiB (rctest's default is 127 bytes a read); started
    # again after each connection if rctest takes only one.
    (while :; do
        rctest -r -b 65536 -P $RctestChannel
        sleep 0.2
    done) >>"$me/rctest.log" 2>&1 &
    rpid=$!
    rctest -r -P $KeeperChannel >>"$me/keeper.log" 2>&1 &
    kpid=$!
    touch "$me/rctest-listening"
    role_serve
    status=$?
    kill $rpid $kpid 2>/dev/null
    return $status
}

# stamp: prefixes each line with the guest's uptime in seconds. With the
# shell's own read, not a process per line: tandem-cli prints a few progress
# lines a second, and a fork and exec each would take the guest's one CPU
# from the transfer being measured (TCG makes both slow).
stamp() {
    while IFS= read -r line; do
        read -r up _ </proc/uptime
        echo "$up $line"
    done
}

# cpu_sampler: the guest's CPU counters (the "cpu" line of /proc/stat) once
# a second, stamped like the logs, into cpu.log: how busy the guest was
# while rctest and while Tandem sent (run.sh reports both). The guests'
# clocks start together (both VMs are started at once), so the driver's
# windows serve for the other VM's log too, to within a second.
cpu_sampler() {
    while :; do
        read -r up _ </proc/uptime
        read -r line </proc/stat
        echo "$up $line"
        sleep 1
    done >"$me/cpu.log"
}

# hci_counts NAME: the controller's transmit counters ("TX bytes:B acl:N
# ...") as "NAME B N" in hci.counts, once before and once after NAME. They
# count what the link carried, whatever the host's load: ACL packets per
# payload byte is where rctest and Tandem can differ by what they write.
# The controller's ACL MTU and buffers head the file.
hci_counts() {
    [ -s "$me/hci.counts" ] || hciconfig hci0 | sed -n 's/.*\(ACL MTU: [0-9:]*\).*/# \1/p' >"$me/hci.counts"
    hciconfig hci0 | sed -n "s/.*TX bytes:\([0-9]*\) acl:\([0-9]*\).*/$1 \1 \2/p" >>"$me/hci.counts"
}

bench_drive() {
    cp -a "$run/profiles/drive" /tmp/profile
    waitfor "$run/serve/ready" "$PeerReadySeconds" || return 1
    peer=$(cat "$run/serve/address")
    bytes=$(stat -c %s "$run/payload-1.bin")
    cmd pair pair Alpha --yes --wait 150 && start_host || { stop_host; touch "$me/done"; return 1; }
    rctest -n -P $KeeperChannel "$peer" >>"$me/keeper.log" 2>&1 &
    keeper=$!
    status=0
    round=1
    while [ $round -le $BenchRounds ]; do
        # -N blocks of 1000 bytes; with -L the close waits until all went out.
        hci_counts "rctest-$round"
        (timeout "$CommandSeconds" rctest -s -L 60 -P $RctestChannel -b 1000 -N $((bytes / 1000)) "$peer" 2>&1
            echo "exit $?") | stamp >"$me/rctest-$round.log"
        hci_counts "rctest-$round"
        s=$(mark)
        hci_counts "send-$round"
        timeout "$CommandSeconds" "$cli" --profile /tmp/profile --json send Alpha "$run/payload-$round.bin" --wait 150 \
            2>"$me/send-$round.stderr" | stamp >"$me/send-$round.jsonl"
        hci_counts "send-$round"
        phase "send-$round" "$s"
        grep -q '"state":"completed"' "$me/send-$round.jsonl" || status=1
        round=$((round + 1))
    done
    kill $keeper 2>/dev/null
    stop_host
    touch "$me/done"
    return $status
}

if [ "${TANDEM_VM_MODE:-test}" = bench ]; then
    cpu_sampler &
    sampler=$!
fi
bring_up || exit 3
case "${TANDEM_VM_MODE:-test}/$role" in
test/serve) role_serve ;;
test/drive) role_drive ;;
bench/serve) bench_serve ;;
bench/drive) bench_drive ;;
*) say "unknown role $role"; exit 2 ;;
esac
status=$?
if [ -n "${sampler:-}" ]; then
    kill $sampler 2>/dev/null
    # One last sample: the last window ends after the sampler's last second.
    read -r up _ </proc/uptime
    read -r line </proc/stat
    echo "$up $line" >>"$me/cpu.log"
fi
cp /tmp/*.log "$me/" 2>/dev/null
exit $status
