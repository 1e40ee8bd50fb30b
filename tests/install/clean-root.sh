#!/usr/bin/env bash
# tests/install/clean-root.sh prepare
# tests/install/clean-root.sh test BUILD_DIR WORK_DIR
#
# What a Debian 13 user gets from `apt-get install ./tandem_*.deb`: the
# package CPack builds is installed into a clean Debian 13 root (nothing but
# debootstrap's minbase, so apt must find every dependency from the package's
# own control file), and then, from the installed files only, `tandem-cli
# demo` must verify its file, `tandem --screenshot` must draw a window, and
# appstreamcli and desktop-file-validate must accept the installed metainfo and
# launcher entry (both tools are installed into that root beside the package,
# so they check what was installed, not the source tree).
#
# prepare  runs on the host (scripts/test calls it when the test is selected):
#          builds the clean root once per machine with the host's debootstrap,
#          which the build root does not have. Cheap when the root is there.
# test     runs inside the build environment (the CTest test deb_clean_root):
#          works on an overlay (or, where overlayfs cannot be mounted, a copy)
#          of the cached root, so the cached root stays pristine; apt's
#          downloads and lists are kept between runs in the cache.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/tandem
clean_root=$cache/trixie-clean-root
# Kept between runs so that a warm run downloads nothing: .debs and lists.
apt_archives=$cache/trixie-clean-root-apt/archives
apt_lists=$cache/trixie-clean-root-apt/lists
# One apt at a time on the shared archives and lists (several worktrees or
# CI clones may run the test at once).
apt_lock=$cache/trixie-clean-root-apt/lock
# Changing how the root is made changes this; an older root is made again.
recipe=1
ready_stamp=.tandem-clean-root-ready

skip() { echo "SKIPPED: $*"; exit 77; }

prepare() {
    # shellcheck source=../../scripts/lib/env.sh
    source "$here/../../scripts/lib/env.sh"
    if [ "$(cat "$clean_root/$ready_stamp" 2>/dev/null)" = "$recipe" ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null 2>&1; then
        # Not an error: the test reports itself skipped with this reason.
        log "no clean Debian 13 root for deb_clean_root: building one needs root and debootstrap"
        return 0
    fi
    mkdir -p "$cache"
    exec 9>"$cache/trixie-clean-root.lock"
    flock 9
    [ "$(cat "$clean_root/$ready_stamp" 2>/dev/null)" = "$recipe" ] && return 0
    local mirror; mirror=$(host_apt_mirror)
    log "building a clean Debian 13 root in $clean_root from $mirror (once per machine, for deb_clean_root)"
    # Built aside and renamed into place: an interrupted run never leaves a
    # half-made root that looks ready.
    local tmp="$clean_root.partial" buildlog="$cache/trixie-clean-root.log"
    rm -rf "$tmp"
    debootstrap --variant=minbase trixie "$tmp" "$mirror" >"$buildlog" 2>&1 \
        || die "debootstrap of the clean root failed; see $buildlog"
    # No daemons may start when packages are installed into a copy.
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod +x "$tmp/usr/sbin/policy-rc.d"
    # debootstrap's own downloads are not needed again.
    rm -f "$tmp"/var/cache/apt/archives/*.deb
    echo "$recipe" >"$tmp/$ready_stamp"
    rm -rf "$clean_root"
    mv "$tmp" "$clean_root"
    log "clean root ready"
}

# in_root CMD...: CMD inside the throwaway root, with a plain environment.
in_root() {
    chroot "$merged" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/run/user/0 "$@"
}

# Inside a private mount namespace (see run_test): every mount below goes
# away with this process, whether the test passes, fails or is killed.
in_namespace() {
    local deb=$1
    merged=$work/root
    mkdir -p "$merged" "$work/upper" "$work/overlay-work"
    if mount -t overlay overlay -o "lowerdir=$clean_root,upperdir=$work/upper,workdir=$work/overlay-work" "$merged" 2>/dev/null; then
        echo "root: an overlay over $clean_root"
    else
        echo "root: a copy of $clean_root (overlayfs could not be mounted here)"
        cp -a "$clean_root/." "$merged/"
    fi
    mount -t proc proc "$merged/proc"
    mount --rbind /dev "$merged/dev"
    mount -t tmpfs tmpfs "$merged/tmp"
    mkdir -p "$merged/run/user/0" && chmod 700 "$merged/run/user/0"
    cp -L /etc/resolv.conf "$merged/etc/resolv.conf"
    mkdir -p "$apt_archives/partial" "$apt_lists/partial"
    mount --bind "$apt_archives" "$merged/var/cache/apt/archives"
    mount --bind "$apt_lists" "$merged/var/lib/apt/lists"
    cp "$deb" "$merged/tmp/"

    local t0=$SECONDS
    # The shared caches are owned by root, not apt's sandbox user.
    local apt_opts=(-q -o APT::Sandbox::User=root -o Dpkg::Options::=--force-unsafe-io)
    (
        flock 9
        in_root apt-get "${apt_opts[@]}" update >"$work/apt.log" 2>&1 \
            || { tail -n 20 "$work/apt.log"; echo "FAIL: apt-get update"; exit 1; }
        # As a user would type it; recommends left out only to keep the run
        # short (the one recommendation is Qt's translations).
        in_root apt-get "${apt_opts[@]}" install -y --no-install-recommends \
            "/tmp/$(basename "$deb")" appstream desktop-file-utils >>"$work/apt.log" 2>&1 \
            || { tail -n 40 "$work/apt.log"; echo "FAIL: apt-get install ./$(basename "$deb")"; exit 1; }
    ) 9>"$apt_lock"
    echo "apt-get update and install: $((SECONDS - t0)) s ($(grep -c '^Setting up' "$work/apt.log") packages set up)"

    t0=$SECONDS
    # Nothing of the build tree is visible in the chroot: these are the
    # installed files.
    in_root sh -c 'command -v tandem; command -v tandem-cli' | tee "$work/which.txt"
    grep -qx /usr/bin/tandem "$work/which.txt" && grep -qx /usr/bin/tandem-cli "$work/which.txt" \
        || { echo "FAIL: tandem and tandem-cli are not installed in /usr/bin"; exit 1; }

    if ! in_root tandem-cli demo >"$work/demo.txt" 2>&1; then
        tail -n 40 "$work/demo.txt"; echo "FAIL: tandem-cli demo exited non-zero"; exit 1
    fi
    grep -q 'the file verified' "$work/demo.txt" \
        || { tail -n 40 "$work/demo.txt"; echo "FAIL: the demo's summary does not say the file verified"; exit 1; }
    sed -n '/^Summary/,$p' "$work/demo.txt"

    # Offscreen: the installed Qt's own platform plugin, no X server needed
    # in the root (scripts/run --screenshot uses Xvfb on the build root).
    if ! in_root env QT_QPA_PLATFORM=offscreen tandem --screenshot /tmp/tandem.png --interface lo --port 0 \
            >"$work/screenshot.txt" 2>&1; then
        tail -n 40 "$work/screenshot.txt"; echo "FAIL: tandem --screenshot exited non-zero"; exit 1
    fi
    [ -s "$merged/tmp/tandem.png" ] || { cat "$work/screenshot.txt"; echo "FAIL: no screenshot"; exit 1; }
    cp "$merged/tmp/tandem.png" "$work/tandem.png"
    python3 "$here/pngcolours.py" "$work/tandem.png" "$min_colours" \
        || { echo "FAIL: the screenshot is blank"; exit 1; }

    in_root appstreamcli validate --no-net /usr/share/metainfo/org.tandem.Tandem.metainfo.xml \
        || { echo "FAIL: appstreamcli rejects the installed metainfo"; exit 1; }
    in_root desktop-file-validate /usr/share/applications/org.tandem.Tandem.desktop \
        || { echo "FAIL: desktop-file-validate rejects the installed launcher entry"; exit 1; }
    echo "installed programs and files checked: $((SECONDS - t0)) s"
}

run_test() {
    local build=$1
    work=$2
    [ "$(id -u)" -eq 0 ] || skip "installing into a root needs root (chroot and mounts); run scripts/test as root"
    [ "$(cat "$clean_root/$ready_stamp" 2>/dev/null)" = "$recipe" ] \
        || skip "no clean Debian 13 root at $clean_root; scripts/test builds it on the host (needs root and debootstrap): tests/install/clean-root.sh prepare"
    command -v unshare >/dev/null 2>&1 && command -v chroot >/dev/null 2>&1 \
        || skip "unshare and chroot are needed (util-linux, coreutils)"
    rm -rf "$work"
    mkdir -p "$work"
    local t0=$SECONDS
    local cpack; cpack="$(dirname "$(command -v cmake)")/cpack"
    "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1 \
        || { tail -n 20 "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
    local debs=("$work"/package/tandem_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one tandem_*.deb, found: ${debs[*]}"; exit 1; }
    echo "package: ${debs[0]} ($((SECONDS - t0)) s)"
    local status=0
    unshare -m --propagation private "$0" in-namespace "$work" "${debs[0]}" || status=$?
    # The overlay's upper layer (or the copy) holds the whole installation:
    # gone whatever the outcome; the logs and the screenshot are kept.
    rm -rf "$work/upper" "$work/overlay-work" "$work/root" "$work/package"
    [ "$status" -eq 0 ] || exit "$status"
    echo "deb_clean_root OK in $((SECONDS - t0)) s"
}

# The least number of distinct colours a drawn window has (a blank or
# single-colour image has 1; the Devices page has text, frames and a tab
# bar in several shades).
min_colours=8

case "${1:-}" in
    prepare) prepare ;;
    test) [ $# -eq 3 ] || { echo "usage: $0 test BUILD_DIR WORK_DIR" >&2; exit 2; }; run_test "$2" "$3" ;;
    in-namespace) work=$2; in_namespace "$3" ;;
    *) echo "usage: $0 prepare | test BUILD_DIR WORK_DIR" >&2; exit 2 ;;
esac
