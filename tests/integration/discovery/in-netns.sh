#!/bin/sh
# in-netns.sh TEST [ARGS...]
# Runs TEST in a new network namespace that holds only loopback and three
# veth pairs, so that discovery's production default (every interface,
# broadcast, IPv4 and IPv6 multicast) can be exercised without a packet
# reaching a real network:
#   tnd-a <-> tnd-b  IPv4 with broadcast (10.99.0.1/.2) and IPv6 link-local
#   tnd-c <-> tnd-d  IPv6 link-local only (fe80::c, fe80::d)
#   tnd-e <-> tnd-f  IPv4 without a broadcast address (10.98.0.1/.2): only
#                    multicast crosses
# Skips (exit 77) where network namespaces or veth pairs are unavailable.
set -eu
if ! unshare -rn true 2>/dev/null; then
    echo "SKIPPED: cannot create a network namespace (unshare -rn)"
    exit 77
fi
exec unshare -rn sh -uc '
    setup() {
        # Both ends of each pair live here, so what crosses a pair carries
        # a source address of this namespace: accept it, as a second host
        # would.
        sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 \
            net.ipv4.conf.all.accept_local=1 &&
        ip link set lo up &&
        ip link add tnd-a type veth peer name tnd-b &&
        ip link add tnd-c type veth peer name tnd-d &&
        ip link add tnd-e type veth peer name tnd-f || return 1
        # Fixed link-local addresses without duplicate address detection,
        # so they are usable at once.
        for i in a b c d e f; do ip link set tnd-$i addrgenmode none || return 1; done
        for i in a b c d; do ip addr add fe80::$i/64 dev tnd-$i nodad || return 1; done
        ip addr add 10.99.0.1/24 brd + dev tnd-a &&
        ip addr add 10.99.0.2/24 brd + dev tnd-b &&
        ip addr add 10.98.0.1/24 dev tnd-e &&
        ip addr add 10.98.0.2/24 dev tnd-f || return 1
        for i in a b c d e f; do ip link set tnd-$i up || return 1; done
    }
    if ! setup; then
        echo "SKIPPED: cannot set up veth pairs in the network namespace"
        exit 77
    fi
    export TANDEM_TEST_NETNS=1
    exec "$@"
' in-netns "$@"
