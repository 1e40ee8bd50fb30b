#!/usr/bin/env bash
# run.sh test|bench
# Two tandem-cli peers over real BlueZ and Qt Bluetooth, each in a QEMU VM
# (TCG) of its own with its own bluetoothd, linked only by Bluetooth:
# BlueZ's controller emulator (btvirt -s) on this side gives each VM one
# BR/EDR controller on its second serial port, through tandem-bt-h4relay.
# The guests boot the build root itself, read-only over virtio-9p, and see
# the source and build trees at their own paths (guest-init, peer.sh).
#
#   test   VM "serve" runs serve --accept-pairing --accept-sessions
#          --accept-files; VM "drive" finds it over Bluetooth and pairs with
#          a tandem-cli of its own (an instance that comes and goes), then
#          starts its own serve (the device's host) and through it lists
#          devices, sends a text and a seeded file of 1.25 MiB. Checked here:
#          every command succeeded, pair ran on its own and the others
#          through the host, the text and the file arrived, the file's
#          SHA-256 as the receiver computed and reported it equals the sent
#          one's, and the relay's workaround was applied to both controllers.
#   bench  the same link carries rctest (raw RFCOMM) and a 1 MiB file with
#          tandem-cli (through the driver's host) in turn, three rounds;
#          prints {"tandem_kibps", "raw_rfcomm_kibps", ...} on stdout,
#          nothing else.
#
# Environment: TANDEM_CLI and TANDEM_H4RELAY (the binaries, required),
# TANDEM_VM_ROOT (the guest root; default the build root this runs in),
# TANDEM_VM_WORK (where the run folder goes; default
# <build>/tests/artifacts/bluetooth-vm), TANDEM_VM_DEBUG=1 (bluetoothd -d
# and a btmon trace in the run folder).
# The run folder keeps each VM's console log, bluetoothd log, tandem-cli
# output and phase timings; on failure their tails are printed.
#
# Needs root (9p passthrough, and the build root's files are root's) and
# qemu-system-x86_64; no KVM (TCG is used, see docs/testing.md), no Bluetooth
# hardware, no network. Exit codes: 0 passed, 1 failed, 77 skipped (the
# reason is printed).
set -euo pipefail
mode=${1:?usage: run.sh test|bench}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
say() { printf '[bluetooth-vm %s] %s\n' "$mode" "$*" >&2; }
skip() { say "SKIPPED: $*"; [ "$mode" = bench ] && echo '{"skipped": "'"$*"'"}'; exit 77; }

# Bounds (host seconds). TCG on two shared cores: a VM boots in 5-15 s.
SocketSeconds=10 # btvirt and the relay listening
VmSeconds=${TANDEM_VM_SECONDS:-480} # both VMs done and powered off
case "$mode" in
test) payload_bytes=$((1280 * 1024)) ;;
bench) payload_bytes=$((1024 * 1024)) ;; # per round (peer.sh, BenchRounds)
*) echo "usage: run.sh test|bench" >&2; exit 2 ;;
esac

cli=${TANDEM_CLI:?TANDEM_CLI must name the tandem-cli binary}
relay=${TANDEM_H4RELAY:?TANDEM_H4RELAY must name tandem-bt-h4relay}
build=$(cd "$(dirname "$cli")/.." && pwd)
[ "$(id -u)" = 0 ] || skip "needs root: the guest's root file system is shared with 9p passthrough (run scripts/test as root)"
for tool in qemu-system-x86_64 btvirt setpriv timeout sha256sum openssl unshare; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/lib/env.sh installs it into the build root)"
done
# The guest root: the build root (this script runs inside it, and it is
# where bubblewrap's root lives on the host, visible here through $HOME).
guest_root=${TANDEM_VM_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/tandem/trixie-root}
kernel=$(ls "$guest_root"/boot/vmlinuz-* 2>/dev/null | sort -V | tail -n1 || true)
initrd=$(ls "$guest_root"/boot/initrd.img-* 2>/dev/null | sort -V | tail -n1 || true)
[ -n "$kernel" ] && [ -n "$initrd" ] || skip "no kernel and initrd in $guest_root/boot (linux-image-amd64; set TANDEM_VM_ROOT)"
grep -qx 9p "$guest_root/etc/initramfs-tools/modules" 2>/dev/null || skip "the initrd in $guest_root cannot mount a 9p root"
[ -x "$cli" ] && [ -x "$relay" ] || skip "build tandem-cli and tandem-bt-h4relay first"

work=${TANDEM_VM_WORK:-$build/tests/artifacts/bluetooth-vm}
run=$work/$mode
rm -rf "$run"
mkdir -p "$run/profiles" "$run/serve" "$run/drive"
# Unix sockets live in a short private folder of their own: a socket path
# holds at most 107 bytes, and the checkout (with the build and $run in it)
# may sit anywhere.
sockets=$(mktemp -d /tmp/tandem-bt.XXXXXX)
ln -s "$sockets" "$run/sockets" # for whoever reads the run's artefacts
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$sockets"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

started=$(date +%s%N)
elapsed() { awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

# Identities are made here, at native speed (an RSA key under TCG costs
# seconds); each VM copies its profile to its own tmpfs.
"$cli" --profile "$run/profiles/serve" --name Alpha --no-bluetooth --json id >"$run/profiles/serve.json"
"$cli" --profile "$run/profiles/drive" --name Beta --no-bluetooth --json id >"$run/profiles/drive.json"
# The payload: seeded, so every run sends the same bytes; the benchmark
# sends one per round, each different (a new transfer, not a resumed one).
payload() { # payload FILE IV
    head -c "$payload_bytes" /dev/zero \
        | openssl enc -aes-128-ctr -nosalt -K 74616e64656d2d62742d766d2d736565 -iv "$2" 2>/dev/null >"$1"
}
BenchRounds=3 # as in peer.sh
if [ "$mode" = bench ]; then
    for round in $(seq "$BenchRounds"); do payload "$run/payload-$round.bin" "$round"; done
fi
payload "$run/payload.bin" 0
payload_sha=$(sha256sum "$run/payload.bin" | cut -d' ' -f1)
say "profiles and payload ready after $(elapsed) s"

# btvirt -s makes /tmp/bt-server-{bredrle,bredr,le,amp,mon}: given a /tmp of
# its own (the run's socket folder). Only bt-server-bredr is used: BR/EDR+LE
# controllers need the kernel crypto API (AF_ALG), which some host kernels
# lack, and RFCOMM needs only BR/EDR.
setpriv --pdeathsig KILL unshare -m sh -c "mount --bind '$sockets' /tmp && exec btvirt -s" >"$run/btvirt.log" 2>&1 &
btvirt_pid=$!
pids+=($!)
setpriv --pdeathsig KILL "$relay" --hide-read-enc-key-size "$sockets/relay.sock" "$sockets/bt-server-bredr" \
    >"$run/h4relay.log" 2>&1 &
pids+=($!)
for _ in $(seq $((SocketSeconds * 10))); do
    [ -S "$sockets/bt-server-bredr" ] && [ -S "$sockets/relay.sock" ] && break
    sleep 0.1
done
[ -S "$sockets/bt-server-bredr" ] || { cat "$run/btvirt.log" >&2; say "FAILED: btvirt did not start"; exit 1; }
[ -S "$sockets/relay.sock" ] || { cat "$run/h4relay.log" >&2; say "FAILED: the relay did not start"; exit 1; }

# 9p: passthrough keeps ownership (root's files stay root's); it needs root.
share() { # share TAG PATH [ro]
    printf -- '-virtfs\nlocal,path=%s,mount_tag=%s,security_model=passthrough%s\n' "$2" "$1" "${3:+,readonly=on}"
}
shares=()
mapfile -t -O 0 shares < <(share root "$guest_root" ro; share repo "$repo" ro; share run "$run")
case "$build/" in "$repo"/*) ;; *) mapfile -t -O "${#shares[@]}" shares < <(share build "$build" ro) ;; esac
p9opts=trans=virtio,version=9p2000.L,msize=262144
# The read-only shares do not change while the VMs run: the guests may
# cache them (cache=loose), so each tandem-cli run does not read every
# library over 9p again. The run folder is shared by both VMs: uncached.
p9ro=$p9opts,cache=loose
vm() { # vm ROLE: boots one VM in the background, console to ROLE/console.log
    local role=$1
    setpriv --pdeathsig KILL qemu-system-x86_64 -accel tcg -cpu max -smp 1 -m 768 \
        -nographic -no-reboot -nodefaults -serial stdio \
        -kernel "$kernel" -initrd "$initrd" "${shares[@]}" \
        -chardev socket,id=bt,path="$sockets/relay.sock" -device isa-serial,chardev=bt \
        -append "root=root rootfstype=9p rootflags=$p9ro ro console=ttyS0 panic=-1 loglevel=4 \
tandem_repo=$repo tandem_build=$build tandem_run=$run tandem_role=$role tandem_mode=$mode \
tandem_debug=${TANDEM_VM_DEBUG:-0} init=/bin/sh -- -c \"mount -t proc proc /proc && \
mount -t 9p -o $p9ro,ro repo /mnt && exec /bin/sh /mnt/tests/bluetooth/vm/guest-init\"" \
        </dev/null >"$run/$role/console.log" 2>&1 &
    pids+=($!)
}
vm serve
serve_pid=$!
vm drive
drive_pid=$!
say "two VMs booting (TCG); run folder $run"

deadline=$((SECONDS + VmSeconds))
for pid in "$serve_pid" "$drive_pid"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
done
vms_done=$(elapsed)
for pid in "$serve_pid" "$drive_pid"; do kill "$pid" 2>/dev/null || true; done

vm_rc() { tr -d '\r' <"$run/$1/console.log" | sed -n 's/^TANDEM-VM rc=\([0-9]*\).*/\1/p' | tail -n1; }
fail() {
    say "FAILED: $*"
    # btvirt 5.82 has been seen to crash (SIGSEGV) under bulk RFCOMM.
    kill -0 "$btvirt_pid" 2>/dev/null || say "btvirt (the controller emulator) is no longer running: it crashed or exited"
    local f
    for f in h4relay.log btvirt.log serve/console.log drive/console.log serve/bluetoothd.log drive/bluetoothd.log \
        serve/serve.stderr serve/serve.jsonl drive/pair.stderr drive/host.stderr drive/host.jsonl \
        drive/send-text.stderr drive/send.stderr; do
        [ -s "$run/$f" ] || continue
        echo "----- tail of $run/$f" >&2
        tail -n 40 "$run/$f" | tr -d '\r' >&2
    done
    exit 1
}
timings() {
    local role
    for role in serve drive; do
        [ -f "$run/$role/phases" ] && say "$role phases (guest s): $(tr '\n' ' ' <"$run/$role/phases")"
    done
    say "both VMs done after $vms_done s in all"
}

[ "$(vm_rc serve)" = 0 ] || fail "VM serve ended with rc=$(vm_rc serve) (no rc: it did not finish within $VmSeconds s)"
[ "$(vm_rc drive)" = 0 ] || fail "VM drive ended with rc=$(vm_rc drive)"
patched=$(grep -c 'hid Read Encryption Key Size' "$run/h4relay.log" || true)
[ "$patched" -ge 2 ] || fail "the relay patched $patched controllers' supported commands, expected both"
timings

if [ "$mode" = bench ]; then
    # Per round (peer.sh): rctest, all bytes, from "Connected" to its exit
    # (the lingering close waits for the last byte); tandem, the bytes after
    # the first progress report with bytes acknowledged, to the "sent" event
    # (the receiver verified the file): the link is up and steady by then,
    # as rctest's is. Each rate is over all rounds.
    # (read returns 1 when awk prints nothing: `|| true`, so that the
    # check after it says which round failed instead of set -e ending the
    # run without a word.)
    raw_windows=() tandem_windows=() raw_s=0 tandem_s=0 tandem_bytes=0 interruptions=0 ratios=()
    for round in $(seq "$BenchRounds"); do
        read -r a b < <(awk '/Connected/ && !a { a = $1 } /^[0-9.]+ exit 0/ { b = $1 }
            END { if (a && b > a) print a, b }' "$run/drive/rctest-$round.log" 2>/dev/null) || true
        [ -n "${b:-}" ] || fail "rctest of round $round did not finish: $(tail -n 3 "$run/drive/rctest-$round.log")"
        raw_windows+=("$a" "$b")
        read -r ta tb tn < <(awk -v n="$payload_bytes" '
            /"event":"progress"/ && !a { if (match($0, /"bytes":[0-9]+/)) { v = substr($0, RSTART + 8, RLENGTH - 8) + 0; if (v > 0) { a = $1; from = v } } }
            /"event":"sent"/ { b = $1 }
            END { if (a && b > a) print a, b, n - from }' "$run/drive/send-$round.jsonl") || true
        [ -n "${tb:-}" ] || fail "the tandem transfer of round $round did not finish"
        tandem_windows+=("$ta" "$tb")
        sha=$(sha256sum "$run/payload-$round.bin" | cut -d' ' -f1)
        grep -q "^$sha " "$run/serve/received.sha256" || fail "the file of round $round did not land intact"
        # Times the transfer waited for a new link (the session resumed on
        # it): each wait prints several "waiting" progress lines, so count
        # the changes into that state.
        waits=$(awk '/"state":"waiting"/ { if (!w) n++; w = 1; next } /"state":/ { w = 0 } END { print n + 0 }' \
            "$run/drive/send-$round.jsonl")
        read -r raw_s tandem_s tandem_bytes interruptions ratio < <(awk -v rs="$raw_s" -v ts="$tandem_s" \
            -v tbytes="$tandem_bytes" -v i="$interruptions" -v w="$waits" -v a="$a" -v b="$b" -v ta="$ta" -v tb="$tb" \
            -v n="$payload_bytes" -v tn="$tn" \
            'BEGIN { printf "%.3f %.3f %d %d %.3f\n", rs + b - a, ts + tb - ta, tbytes + tn, i + w, (tn / (tb - ta)) / (n / (b - a)) }')
        ratios+=("$ratio")
    done
    # ACL packets per KiB sent (peer.sh, hci_counts): rctest's, Tandem's
    # (the whole send, offer and verification included).
    read -r raw_acl_per_kib tandem_acl_per_kib < <(awk -v n="$payload_bytes" -v rounds="$BenchRounds" '$1 !~ /^#/ {
            if ($1 in b) { d = $3 - a[$1]; if ($1 ~ /^rctest/) raw += d; else tan += d } else { b[$1] = 1; a[$1] = $3 } }
        END { k = rounds * n / 1024; printf "%.2f %.2f\n", raw / k, tan / k }' "$run/drive/hci.counts" 2>/dev/null \
        || echo "null null")
    acl_mtu=$(sed -n 's/^# ACL MTU: //p' "$run/drive/hci.counts" 2>/dev/null)
    # busy ROLE FROM TO...: the share of that guest's CPU time not idle
    # within the driver's windows (cpu.log, peer.sh), or null. The guests'
    # clocks start together, to within a second.
    busy() {
        local role=$1
        shift
        awk -v windows="$*" '$2 == "cpu" { n++; t[n] = $1; total[n] = 0; for (f = 3; f <= NF; f++) total[n] += $f; idle[n] = $6 + $7 }
            END {
                k = split(windows, w, " ")
                for (j = 1; j < k; j += 2) {
                    s = 0; e = 0
                    for (i = 1; i <= n; i++) { if (t[i] <= w[j]) s = i; if (t[i] >= w[j + 1] && !e) e = i }
                    if (!s || !e) { printf "null"; exit }
                    all += total[e] - total[s]; free += idle[e] - idle[s]
                }
                if (all > 0) printf "%.2f", 1 - free / all; else printf "null"
            }' "$run/$role/cpu.log" 2>/dev/null || printf null
    }
    awk -v n="$payload_bytes" -v rounds="$BenchRounds" -v r="$raw_s" -v t="$tandem_s" -v tn="$tandem_bytes" \
        -v i="$interruptions" -v per="$(IFS=,; echo "${ratios[*]}")" \
        -v ra="${raw_acl_per_kib:-null}" -v ta="${tandem_acl_per_kib:-null}" -v mtu="${acl_mtu:-}" \
        -v rs="$(busy drive "${raw_windows[@]}")" -v rr="$(busy serve "${raw_windows[@]}")" \
        -v ts="$(busy drive "${tandem_windows[@]}")" -v tr="$(busy serve "${tandem_windows[@]}")" 'BEGIN {
        raw = rounds * n / 1024 / r; tan = tn / 1024 / t
        printf "{\"bytes\": %d, \"rounds\": %d, \"raw_rfcomm_kibps\": %.1f, \"tandem_kibps\": %.1f, \"ratio\": %.3f, ", rounds * n, rounds, raw, tan, tan / raw
        printf "\"round_ratios\": [%s], ", per
        printf "\"acl_packets_per_kib\": {\"raw\": %s, \"tandem\": %s, \"acl_mtu\": \"%s\"}, ", ra, ta, mtu
        printf "\"link_interruptions\": %d, ", i
        printf "\"guest_cpu_busy\": {\"raw\": {\"sender\": %s, \"receiver\": %s}, ", rs, rr
        printf "\"tandem\": {\"sender\": %s, \"receiver\": %s}}, ", ts, tr
        printf "\"link\": \"btvirt BR/EDR, emulated 16550 UART, QEMU TCG\"}\n" }'
    exit 0
fi

# test: what each side saw.
jq_has() { grep -q "$2" "$run/$1" || fail "$1 lacks $2"; }
jq_has drive/pair.jsonl '"event":"paired"'
jq_has drive/send-text.jsonl '"event":"delivered"'
jq_has drive/send.jsonl '"event":"sent"'
jq_has serve/serve.jsonl '"text":"hello over RFCOMM"'
# pair was an instance of the driver's device of its own, that came and
# went; the commands after it went through the driver's host (serve), so no
# further instance appeared.
standalone='No Tandem host is running for this profile'
grep -q "$standalone" "$run/drive/pair.stderr" || fail "pair did not start a device of its own"
for command in devices send-text send; do
    if grep -q "$standalone" "$run/drive/$command.stderr"; then
        fail "$command started a device of its own instead of going through the driver's host"
    fi
done
grep '"event":"file"' "$run/serve/serve.jsonl" | grep -q "\"sha256\":\"$payload_sha\"" \
    || fail "serve reported no file with the payload's SHA-256 $payload_sha"
grep -q "^$payload_sha " "$run/serve/received.sha256" \
    || fail "the file that landed differs from the payload (sent $payload_sha, landed: $(cat "$run/serve/received.sha256"))"
say "PASSED: discovered and paired over Bluetooth, text delivered, $payload_bytes bytes verified ($payload_sha)"
