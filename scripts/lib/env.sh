# shellcheck shell=bash
# Shared by every script in scripts/: finds or builds the environment Tandem
# builds in, and runs commands inside it.
#
# Two modes, chosen once per machine:
#   native  the host already has Qt >= 6.5 and QCA for Qt 6 (Debian 13,
#           Ubuntu 24.04+, Fedora, Arch): commands run directly.
#   root    the host lacks them (Debian 12, which our CI machines run): a
#           Debian 13 root is built once with debootstrap and every command
#           runs inside it through bubblewrap.
# TANDEM_ENV=native|root forces a mode.

set -euo pipefail

TANDEM_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The root lives outside the checkout so that fresh clones on the same machine
# (CI clones main anew each run) reuse it instead of rebuilding 1.6 GB.
TANDEM_ROOT=${TANDEM_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/tandem/trixie-root}

# Everything the build, the tests and the app need inside the root. Changing
# this list changes the stamp, so the next run installs what is new.
TANDEM_ROOT_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-connectivity-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqca-qt6-dev libqca-qt6-plugins libqt6sql6-sqlite libssl-dev
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtquick-dialogs qml6-module-qt-labs-platform qml6-module-qtcore
    xvfb xauth fonts-dejavu-core
    clang libclang-rt-dev llvm iproute2 procps socat openssl
    openssh-server openssh-client rsync
    fonts-wqy-microhei qt6-svg-plugins
    # The Bluetooth VM harness (tests/bluetooth/vm): QEMU boots this very root
    # read-only over 9p with Debian's kernel; BlueZ's btvirt emulates the radios.
    qemu-system-x86 linux-image-amd64 initramfs-tools zstd kmod dbus
    bluez bluez-test-tools libqt6bluetooth6-bin
)

log() { printf '[tandem] %s\n' "$*" >&2; }
die() { printf '[tandem] error: %s\n' "$*" >&2; exit 1; }

host_has_stack() {
    # Qt >= 6.5 with the modules we use, and QCA built for Qt 6 with its
    # OpenSSL provider; pkg-config is the cheapest portable probe.
    command -v pkg-config >/dev/null 2>&1 || return 1
    pkg-config --atleast-version=6.5 Qt6Core 2>/dev/null || return 1
    pkg-config --exists Qt6Quick Qt6Bluetooth Qt6Sql 2>/dev/null || return 1
    pkg-config --exists qca2-qt6 2>/dev/null || return 1
    command -v cmake >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1
}

host_package_manager() {
    for pm in apt-get dnf pacman zypper; do
        command -v "$pm" >/dev/null 2>&1 && { echo "$pm"; return; }
    done
}

# Install the stack with the host's own package manager, where the host's
# release carries Qt >= 6.5 and QCA for Qt 6.
install_native_packages() {
    local pm; pm=$(host_package_manager)
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    case "$pm" in
        apt-get)
            $sudo apt-get update -q
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
                "${TANDEM_ROOT_PACKAGES[@]}" ;;
        dnf)
            $sudo dnf install -y gcc-c++ cmake ninja-build ccache clang-tools-extra \
                qt6-qtbase-devel qt6-qtdeclarative-devel qt6-qtconnectivity-devel \
                qt6-qttools-devel qt6-linguist qca-qt6-devel qca-qt6-ossl \
                xorg-x11-server-Xvfb dejavu-sans-fonts ;;
        pacman)
            $sudo pacman -S --needed --noconfirm gcc cmake ninja ccache clang \
                qt6-base qt6-declarative qt6-connectivity qt6-tools qca-qt6 \
                xorg-server-xvfb ttf-dejavu ;;
        *) return 1 ;;
    esac
}

# Can the host's release provide the stack? Debian >= 13 and Ubuntu >= 24.04
# can; Debian 12 cannot (no QCA for Qt 6), and that is what the root is for.
host_release_has_stack() {
    [ -r /etc/os-release ] || return 1
    # shellcheck disable=SC1091
    . /etc/os-release
    case "${ID:-}" in
        debian) [ "${VERSION_ID%%.*}" -ge 13 ] 2>/dev/null ;;
        ubuntu) [ "${VERSION_ID%%.*}" -ge 24 ] 2>/dev/null ;;
        fedora|arch|manjaro|opensuse-tumbleweed) return 0 ;;
        *) return 1 ;;
    esac
}

host_apt_mirror() {
    # The first Debian mirror the host's apt is configured with: deb822
    # sources first, then the one-line format.
    local uri=""
    if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
        uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
              | tr ' ' '\n' | grep -v -- '-security' | head -n1)
    fi
    if [ -z "$uri" ] && [ -r /etc/apt/sources.list ]; then
        uri=$(awk '$1=="deb" && $0 !~ /security/ {for(i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; exit}}' /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || die "cannot find a Debian mirror in the host's apt configuration (/etc/apt/sources.list.d/*.sources or /etc/apt/sources.list)"
    echo "$uri"
}

root_stamp() {
    printf '%s\n' "${TANDEM_ROOT_PACKAGES[@]}" | sha256sum | cut -c1-16
}

bwrap_base() {
    # The host's network is shared (loopback tests, apt). /tmp is private
    # and fresh per command; the checkout is bound at the same path so that
    # build trees and compile_commands.json stay valid on both sides.
    local args=(bwrap --bind "$TANDEM_ROOT" / --proc /proc --dev /dev --tmpfs /tmp
                --ro-bind /etc/resolv.conf /etc/resolv.conf
                --bind "$TANDEM_REPO" "$TANDEM_REPO")
    # The user's home, so that profiles (~/.local/share/Tandem) and caches
    # persist where the user expects them, not inside the root.
    [ -n "${HOME:-}" ] && [ "$HOME" != / ] && [ -d "$HOME" ] && args+=(--bind "$HOME" "$HOME")
    # A real display, when there is one; Xvfb runs make their own.
    [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
    # Extra binds, e.g. an out-of-tree folder a test or benchmark writes to.
    local extra
    for extra in ${TANDEM_EXTRA_BINDS:-}; do args+=(--bind "$extra" "$extra"); done
    printf '%s\0' "${args[@]}"
}

ensure_root() {
    local stamp; stamp=$(root_stamp)
    if [ -f "$TANDEM_ROOT/.tandem-stamp" ] && [ "$(cat "$TANDEM_ROOT/.tandem-stamp")" = "$stamp" ]; then
        return 0
    fi
    command -v bwrap >/dev/null 2>&1 && command -v debootstrap >/dev/null 2>&1 || {
        log "installing debootstrap and bubblewrap on the host"
        [ "$(id -u)" -eq 0 ] || die "installing debootstrap and bubblewrap needs root (or install them yourself)"
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap bubblewrap >/dev/null
    }
    if [ ! -x "$TANDEM_ROOT/usr/bin/apt-get" ]; then
        local mirror; mirror=$(host_apt_mirror)
        log "building a Debian 13 root in $TANDEM_ROOT from $mirror (once per machine)"
        # Build aside and move into place, so an interrupted run never
        # leaves a half-made root that looks ready.
        local tmp="$TANDEM_ROOT.partial"
        rm -rf "$tmp"; mkdir -p "$(dirname "$TANDEM_ROOT")"
        debootstrap --variant=minbase --include=ca-certificates trixie "$tmp" "$mirror" \
            >"$(dirname "$TANDEM_ROOT")/debootstrap.log" 2>&1 \
            || die "debootstrap failed; see $(dirname "$TANDEM_ROOT")/debootstrap.log"
        rm -rf "$TANDEM_ROOT"; mv "$tmp" "$TANDEM_ROOT"
    fi
    log "installing Qt 6, QCA and tools into the root"
    # No daemons may start inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$TANDEM_ROOT/usr/sbin/policy-rc.d"
    chmod +x "$TANDEM_ROOT/usr/sbin/policy-rc.d"
    local aptlog; aptlog="$(dirname "$TANDEM_ROOT")/apt.log"
    local bw; mapfile -d '' bw < <(bwrap_base)
    "${bw[@]}" --chdir / apt-get update -q >"$aptlog" 2>&1 || die "apt-get update in the root failed; see $aptlog"
    "${bw[@]}" --chdir / env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${TANDEM_ROOT_PACKAGES[@]}" >>"$aptlog" 2>&1 \
        || die "installing packages into the root failed; see $aptlog"
    configure_guest_boot "${bw[@]}"
    echo "$stamp" >"$TANDEM_ROOT/.tandem-stamp"
    log "root ready"
}

# The Bluetooth VM harness boots this root as a QEMU guest whose root file
# system is this directory over virtio-9p. Debian's initramfs accepts
# root=<9p tag> as is; it only needs the 9p modules, and MODULES=list keeps the
# initrd at ~10 MB instead of ~35 MB.
configure_guest_boot() {
    local modules="$TANDEM_ROOT/etc/initramfs-tools/modules"
    [ -f "$modules" ] || return 0
    grep -qx 9pnet_virtio "$modules" || printf '9pnet_virtio\n9p\n' >>"$modules"
    sed -i 's/^MODULES=.*/MODULES=list/' "$TANDEM_ROOT/etc/initramfs-tools/initramfs.conf"
    "$@" --chdir / update-initramfs -u -k all >>"$(dirname "$TANDEM_ROOT")/apt.log" 2>&1 \
        || die "building the guest initrd failed; see $(dirname "$TANDEM_ROOT")/apt.log"
}

tandem_mode() {
    if [ -n "${TANDEM_ENV:-}" ]; then echo "$TANDEM_ENV"; return; fi
    if host_has_stack; then echo native; return; fi
    if host_release_has_stack && [ "$(id -u)" -eq 0 -o -n "$(command -v sudo)" ]; then
        echo install-native; return
    fi
    echo root
}

# ensure_env: make the environment ready (idempotent, cheap when it is).
ensure_env() {
    case "$(tandem_mode)" in
        native) ;;
        install-native)
            log "installing Qt 6 and QCA with the host's package manager"
            install_native_packages || die "could not install the Qt 6 / QCA packages; see docs/building.md"
            host_has_stack || die "Qt >= 6.5 with QCA for Qt 6 still not found after installing packages" ;;
        root) ensure_root ;;
        *) die "TANDEM_ENV must be native or root" ;;
    esac
}

# in_env CMD...: run CMD in the environment, from the current directory.
in_env() {
    local mode; mode=$(tandem_mode)
    if [ "$mode" != root ]; then
        "$@"; return
    fi
    local bw; mapfile -d '' bw < <(bwrap_base)
    local pass=(TERM HOME DISPLAY XAUTHORITY CI QT_QPA_PLATFORM QT_LOGGING_RULES CTEST_OUTPUT_ON_FAILURE
                CTEST_PARALLEL_LEVEL ASAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS TANDEM_BENCH_SCALE TANDEM_BENCH_WORK TANDEM_BENCH_BIN
                TANDEM_BENCH_SUITES)
    local envs=(env -i PATH="$TANDEM_BUILD_DIR_BIN:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
                LANG=C.UTF-8 CCACHE_DIR="$(dirname "$TANDEM_ROOT")/ccache"
                # CI clones main into a new folder each run, and worktrees sit
                # beside the checkout: paths relative to the checkout (and the
                # build folder left out of the hash) let them share one cache.
                CCACHE_BASEDIR="$TANDEM_REPO" CCACHE_NOHASHDIR=1)
    local v
    for v in "${pass[@]}"; do [ -n "${!v+x}" ] && envs+=("$v=${!v}"); done
    mkdir -p "$(dirname "$TANDEM_ROOT")/ccache"
    "${bw[@]}" --bind "$(dirname "$TANDEM_ROOT")/ccache" "$(dirname "$TANDEM_ROOT")/ccache" \
        --chdir "$PWD" "${envs[@]}" "$@"
}

TANDEM_BUILD_DIR=${TANDEM_BUILD_DIR:-$TANDEM_REPO/build}
TANDEM_BUILD_DIR_BIN=$TANDEM_BUILD_DIR/bin
