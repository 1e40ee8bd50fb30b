# shellcheck shell=bash
# The Windows cross environment (issue 21), sourced after env.sh:
#   - a second Debian 13 root, beside the main one, with MinGW-w64 (posix
#     threads), Wine, and a host Qt for QT_HOST_PATH. It is separate so that
#     the main root's package list and stamp (shared by every build on the
#     machine) stay as they are;
#   - a Windows x86_64 prefix built in that root from Debian 13's own source
#     packages (the host's mirror): OpenSSL, SQLite's amalgamation, a minimal
#     qtbase, Qt Bluetooth (its dummy backend) and QCA with its ossl plugin.
# Both are built once per machine under ~/.cache/tandem and reused by every
# clone; the prefix's folder is named by a stamp of the source versions and
# our recipe (scripts/windows/), so a new recipe builds a new prefix beside
# the old one and a build in progress elsewhere is never disturbed.
# Interrupted runs are safe: the root is made in a .partial folder and moved
# into place; each component of the prefix is marked done only once
# installed, and the prefix is used only once its last stamp is written.

TANDEM_CACHE=$(dirname "$TANDEM_ROOT")
TANDEM_WIN_ROOT=${TANDEM_WIN_ROOT:-$TANDEM_CACHE/trixie-mingw-root}
TANDEM_WIN_BUILD_DIR=${TANDEM_WIN_BUILD_DIR:-$TANDEM_REPO/build-windows}
# Bump when the recipe below changes in a way that changes the prefix.
TANDEM_WIN_RECIPE=1

TANDEM_WIN_ROOT_PACKAGES=(
    g++ make perl patch xz-utils dpkg-dev ca-certificates tcl
    cmake ninja-build ccache
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    mingw-w64-x86-64-dev
    wine wine64
    # The host Qt that the cross build's tools (moc, rcc, lrelease) come from.
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # The Linux tandem-cli (built in the main root) runs here too, beside
    # tandem-cli.exe, for the cross-platform e2e.
    libqt6bluetooth6 libqt6sql6-sqlite libqca-qt6-2 libqca-qt6-plugins openssl
)
# The Debian source packages the prefix is built from.
TANDEM_WIN_SOURCES=(openssl sqlite3 qt6-base qt6-connectivity qca2)

win_root_stamp() {
    printf '%s\n' "${TANDEM_WIN_ROOT_PACKAGES[@]}" | sha256sum | cut -c1-16
}

win_bwrap_base() {
    # As env.sh's bwrap_base, with a /tmp apt can write to (mode 1777).
    local args=(bwrap --bind "$TANDEM_WIN_ROOT" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp
                --ro-bind /etc/resolv.conf /etc/resolv.conf
                --bind "$TANDEM_REPO" "$TANDEM_REPO"
                --bind "$TANDEM_CACHE" "$TANDEM_CACHE")
    [ -n "${HOME:-}" ] && [ "$HOME" != / ] && [ -d "$HOME" ] && args+=(--bind "$HOME" "$HOME")
    local extra
    for extra in ${TANDEM_EXTRA_BINDS:-}; do args+=(--bind "$extra" "$extra"); done
    printf '%s\0' "${args[@]}"
}

ensure_win_root() {
    local stamp; stamp=$(win_root_stamp)
    if [ -f "$TANDEM_WIN_ROOT/.tandem-stamp" ] && [ "$(cat "$TANDEM_WIN_ROOT/.tandem-stamp")" = "$stamp" ]; then
        return 0
    fi
    command -v bwrap >/dev/null 2>&1 && command -v debootstrap >/dev/null 2>&1 || {
        [ "$(id -u)" -eq 0 ] || die "the Windows cross root needs debootstrap and bubblewrap (install them, or run as root)"
        log "installing debootstrap and bubblewrap on the host"
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap bubblewrap >/dev/null
    }
    local mirror; mirror=$(host_apt_mirror)
    if [ ! -x "$TANDEM_WIN_ROOT/usr/bin/apt-get" ]; then
        log "building the Windows cross root in $TANDEM_WIN_ROOT from $mirror (once per machine)"
        local tmp="$TANDEM_WIN_ROOT.partial"
        rm -rf "$tmp"; mkdir -p "$TANDEM_CACHE"
        debootstrap --variant=minbase --include=ca-certificates trixie "$tmp" "$mirror" \
            >"$TANDEM_CACHE/mingw-debootstrap.log" 2>&1 \
            || die "debootstrap failed; see $TANDEM_CACHE/mingw-debootstrap.log"
        rm -rf "$TANDEM_WIN_ROOT"; mv "$tmp" "$TANDEM_WIN_ROOT"
    fi
    # Source packages come from the same mirror: Debian 13's, and the host
    # release's as a fallback (win_source takes the newest it can download).
    local codename; codename=$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-}")
    {
        printf 'deb %s trixie main\ndeb-src %s trixie main\n' "$mirror" "$mirror"
        [ -n "$codename" ] && [ "$codename" != trixie ] && printf 'deb-src %s %s main\n' "$mirror" "$codename"
    } >"$TANDEM_WIN_ROOT/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' >"$TANDEM_WIN_ROOT/usr/sbin/policy-rc.d"
    chmod +x "$TANDEM_WIN_ROOT/usr/sbin/policy-rc.d"
    log "installing MinGW-w64, Wine and the host Qt into the Windows cross root"
    local aptlog="$TANDEM_CACHE/mingw-apt.log"
    local bw; mapfile -d '' bw < <(win_bwrap_base)
    "${bw[@]}" --chdir / apt-get update -q >"$aptlog" 2>&1 || die "apt-get update in the Windows cross root failed; see $aptlog"
    "${bw[@]}" --chdir / env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${TANDEM_WIN_ROOT_PACKAGES[@]}" >>"$aptlog" 2>&1 \
        || die "installing packages into the Windows cross root failed; see $aptlog"
    echo "$stamp" >"$TANDEM_WIN_ROOT/.tandem-stamp"
    log "Windows cross root ready"
}

# in_win_env CMD...: run CMD inside the Windows cross root, from the current
# directory, with a clean environment (plus TANDEM_WIN_PASS variables).
in_win_env() {
    local bw; mapfile -d '' bw < <(win_bwrap_base)
    local envs=(env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 HOME="$HOME"
                CCACHE_DIR="$TANDEM_CACHE/ccache-mingw" CCACHE_BASEDIR="$TANDEM_REPO" CCACHE_NOHASHDIR=1)
    local v
    for v in TERM CI CTEST_OUTPUT_ON_FAILURE CTEST_PARALLEL_LEVEL WINEPREFIX WINEDEBUG WINEDLLOVERRIDES ${TANDEM_WIN_PASS:-}; do
        [ -n "${!v+x}" ] && envs+=("$v=${!v}")
    done
    mkdir -p "$TANDEM_CACHE/ccache-mingw"
    "${bw[@]}" --chdir "$PWD" "${envs[@]}" "$@"
}

# win_source PKG [SUITE]: prints the path of PKG's upstream tarball from the
# host's mirror, downloading it once into $TANDEM_CACHE/windows-src. Only the
# upstream (orig) tarball is used: the prefix is built with our own recipe,
# not Debian's packaging, and the mirror need not carry the rest. The
# versions apt knows are tried newest first; the first whose tarball the
# mirror has wins.
win_source() {
    local pkg=$1 src="$TANDEM_CACHE/windows-src" v up f
    mkdir -p "$src"
    local versions; versions=$(in_win_env apt-cache showsrc "$pkg" | sed -n 's/^Version: //p' | sort -Vr | uniq)
    [ -n "$versions" ] || die "the mirror's source lists have no $pkg (deb-src in $TANDEM_WIN_ROOT/etc/apt/sources.list)"
    for v in $versions; do
        up=${v#*:}; up=${up%-*}
        f=$(compgen -G "$src/${pkg}_${up}.orig.tar.*" | grep -v '\.asc$' | head -n1 || true)
        if [ -z "$f" ]; then
            (cd "$src" && in_win_env apt-get source -q --download-only "$pkg=$v" >>"$src/download.log" 2>&1) || true
            f=$(compgen -G "$src/${pkg}_${up}.orig.tar.*" | grep -v '\.asc$' | head -n1 || true)
        fi
        [ -n "$f" ] && { echo "$f"; return 0; }
    done
    die "no source tarball of $pkg ($(echo $versions)) could be downloaded from the mirror; see $src/download.log"
}

# --- the Windows x86_64 prefix ---------------------------------------------

win_jobs() { echo "${TANDEM_JOBS:-$(nproc)}"; }

# win_unpack TARBALL DIR: unpacks TARBALL into DIR (its top folder dropped).
win_unpack() {
    rm -rf "$2"; mkdir -p "$2"
    tar -xf "$1" -C "$2" --strip-components=1 || die "cannot unpack $1"
}

# The CMake toolchain of the cross build, kept in the prefix: Qt records it
# (qt.toolchain.cmake chain-loads it), so it must stay where it was.
win_write_toolchain() {
    mkdir -p "$1/share/tandem"
    cat >"$1/share/tandem/mingw-w64-x86_64.cmake" <<TOOLCHAIN
# MinGW-w64 (posix threads) cross toolchain; written by scripts/lib/windows.sh.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_C_COMPILER_LAUNCHER ccache)
set(CMAKE_CXX_COMPILER_LAUNCHER ccache)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "$1")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
TOOLCHAIN
}

# OpenSSL: only the two DLLs, their import libraries and the headers.
win_build_openssl() {
    local prefix=$1 work=$2/openssl
    win_unpack "$(win_source openssl)" "$work"
    (cd "$work" && in_win_env ./Configure mingw64 --cross-compile-prefix=x86_64-w64-mingw32- \
            shared no-tests no-docs --prefix="$prefix" --libdir=lib \
        && in_win_env make -j"$(win_jobs)" build_generated \
        && in_win_env make -j"$(win_jobs)" libcrypto.dll.a libssl.dll.a) || return 1
    mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include"
    cp "$work"/libcrypto-3-x64.dll "$work"/libssl-3-x64.dll "$prefix/bin/" \
        && cp "$work"/libcrypto.dll.a "$work"/libssl.dll.a "$prefix/lib/" \
        && cp -r "$work/include/openssl" "$prefix/include/"
}

# A minimal qtbase: Core, Network (OpenSSL loaded at run time, Schannel
# too), Sql with SQLite bundled, Test. The +dfsg tarball drops
# src/3rdparty/sqlite: the amalgamation is made from Debian's sqlite3 source.
win_build_qtbase() {
    local prefix=$1 work=$2
    win_unpack "$(win_source sqlite3)" "$work/sqlite"
    (cd "$work/sqlite" && in_win_env ./configure --quiet && in_win_env make sqlite3.c) || return 1
    win_unpack "$(win_source qt6-base)" "$work/qtbase"
    # QNetworkInterface asks GetAdaptersAddresses for the on-link prefix
    # lists too (GAA_FLAG_INCLUDE_PREFIX), which it never reads (netmasks
    # come from each address's OnLinkPrefixLength). Wine 10 fails that
    # request for IPv6 with ERROR_INVALID_DATA on some hosts (seen on these
    # machines, even in a network namespace with loopback alone), and Qt
    # then lists no interface at all: no loopback, so no LAN test can run.
    local ni=$work/qtbase/src/network/kernel/qnetworkinterface_win.cpp
    sed -i 's/ULONG flags = GAA_FLAG_INCLUDE_PREFIX |/ULONG flags =/' "$ni"
    grep -q 'ULONG flags = *$' "$ni" || return 1
    mkdir -p "$work/qtbase/src/3rdparty/sqlite"
    cp "$work/sqlite/sqlite3.c" "$work/sqlite/sqlite3.h" "$work/qtbase/src/3rdparty/sqlite/"
    local off=() f
    for f in gui widgets dbus concurrent icu glib zstd brotli system_zlib system_pcre2 system_sqlite \
             sql_odbc sql_psql sql_mysql sql_ibase sql_oci sql_db2 sql_mimer; do off+=(-DFEATURE_$f=OFF); done
    in_win_env cmake -S "$work/qtbase" -B "$work/qtbase-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/share/tandem/mingw-w64-x86_64.cmake" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR="$(in_win_env qtpaths6 --query QT_INSTALL_LIBS)/cmake" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF -DQT_GENERATE_SBOM=OFF \
        "${off[@]}" -DFEATURE_sql_sqlite=ON -DFEATURE_openssl_runtime=ON -DOPENSSL_ROOT_DIR="$prefix" \
        || return 1
    in_win_env cmake --build "$work/qtbase-build" --parallel "$(win_jobs)" || return 1
    in_win_env cmake --install "$work/qtbase-build" >/dev/null
}

# Qt Bluetooth, its module only. The mirror carries no Qt 6.8 qtconnectivity
# source, only Debian 12's 6.4.2 (the host release's, through win_source's
# fallback); its Bluetooth API is what Tandem uses, and without C++/WinRT
# (MSVC only) it builds Qt's dummy backend: Bluetooth reports no adapter at
# run time. Built against this qtbase, it is versioned as this qtbase so
# that find_package(Qt6 COMPONENTS Bluetooth) takes it.
win_build_qtconnectivity() {
    local prefix=$1 work=$2
    win_unpack "$(win_source qt6-connectivity)" "$work/qtconnectivity"
    local qtver; qtver=$(sed -n 's/.*QT_REPO_MODULE_VERSION "\(.*\)".*/\1/p' "$work/qtbase/.cmake.conf" 2>/dev/null)
    [ -n "$qtver" ] || qtver=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)").*/\1/p' "$prefix/lib/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake")
    [ -n "$qtver" ] || die "cannot tell the prefix's Qt version"
    sed -i "s/QT_REPO_MODULE_VERSION \".*\"/QT_REPO_MODULE_VERSION \"$qtver\"/" "$work/qtconnectivity/.cmake.conf"
    sed -i '/add_subdirectory(nfc)/d' "$work/qtconnectivity/src/CMakeLists.txt"
    # 6.4 declares its own struct quint128, which Qt 6.8's qtypes.h now
    # typedefs to __uint128_t: renamed within the module (Tandem uses neither).
    grep -rlw quint128 "$work/qtconnectivity/src/bluetooth" | xargs -r sed -i 's/\bquint128\b/QBluetoothUInt128Legacy/g'
    # Qt 6.6 added QBluetoothUuid's string-view constructor, which Tandem
    # uses; QUuid has one, so it is added inline.
    sed -i 's/^\( *\)explicit QBluetoothUuid(const QString &uuid);/&\n\1explicit QBluetoothUuid(QStringView uuid) noexcept : QUuid(uuid) {}/' \
        "$work/qtconnectivity/src/bluetooth/qbluetoothuuid.h"
    grep -q 'QBluetoothUuid(QStringView uuid)' "$work/qtconnectivity/src/bluetooth/qbluetoothuuid.h" || return 1
    in_win_env cmake -S "$work/qtconnectivity" -B "$work/qtconnectivity-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF || return 1
    in_win_env cmake --build "$work/qtconnectivity-build" --parallel "$(win_jobs)" || return 1
    in_win_env cmake --install "$work/qtconnectivity-build" >/dev/null
}

# QCA with its OpenSSL plugin, patched to do without Qt5Compat.
win_build_qca() {
    local prefix=$1 work=$2
    win_unpack "$(win_source qca2)" "$work/qca"
    (cd "$work/qca" && patch -p1 -s <"$TANDEM_REPO/scripts/windows/qca-without-qt5compat.patch") || return 1
    in_win_env cmake -S "$work/qca" -B "$work/qca-build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
        -DQT6=ON -DBUILD_TESTS=OFF -DBUILD_TOOLS=OFF -DBUILD_PLUGINS=ossl -DWITH_ossl_PLUGIN=yes \
        -DOPENSSL_ROOT_DIR="$prefix" || return 1
    in_win_env cmake --build "$work/qca-build" --parallel "$(win_jobs)" || return 1
    in_win_env cmake --install "$work/qca-build" >/dev/null
}

TANDEM_WIN_COMPONENTS=(openssl qtbase qtconnectivity qca)

# The prefix's name: the recipe's number and the source versions.
win_prefix_stamp() {
    local p
    {
        echo "recipe $TANDEM_WIN_RECIPE"
        for p in "${TANDEM_WIN_SOURCES[@]}"; do basename "$(win_source "$p")"; done
    } | sha256sum | cut -c1-12
}

# A component's own key, kept in its .done- file: for qtbase, Qt Bluetooth
# and QCA their build function (and our patch), so a change to one rebuilds
# that component alone (a patch to a .cpp of qtbase leaves its ABI as it is).
win_component_key() {
    case "$1" in
        qtbase) declare -f win_build_qtbase | sha256sum | cut -c1-16 ;;
        qtconnectivity) declare -f win_build_qtconnectivity | sha256sum | cut -c1-16 ;;
        qca) { declare -f win_build_qca; cat "$TANDEM_REPO/scripts/windows/qca-without-qt5compat.patch"; } \
                 | sha256sum | cut -c1-16 ;;
        *) echo "recipe $TANDEM_WIN_RECIPE" ;;
    esac
}

# Every component built, each with its current key.
win_prefix_ready() {
    local c
    for c in "${TANDEM_WIN_COMPONENTS[@]}"; do
        [ "$(cat "$TANDEM_WIN_PREFIX/.done-$c" 2>/dev/null)" = "$(win_component_key "$c")" ] || return 1
    done
}

# ensure_win_prefix: the cross root and the prefix, built when missing; sets
# TANDEM_WIN_PREFIX. Runs building the same prefix wait for each other.
ensure_win_prefix() {
    ensure_win_root
    local stamp; stamp=$(win_prefix_stamp)
    TANDEM_WIN_PREFIX=$TANDEM_CACHE/windows-x86_64-$stamp
    win_prefix_ready && return 0
    local lock
    exec {lock}>"$TANDEM_WIN_PREFIX.lock"
    flock "$lock"
    if ! win_prefix_ready; then
        local work=$TANDEM_CACHE/windows-work-$stamp c t0
        mkdir -p "$TANDEM_WIN_PREFIX" "$work"
        win_write_toolchain "$TANDEM_WIN_PREFIX"
        log "building the Windows prefix $TANDEM_WIN_PREFIX (once per machine; about 30 minutes)"
        for c in "${TANDEM_WIN_COMPONENTS[@]}"; do
            [ "$(cat "$TANDEM_WIN_PREFIX/.done-$c" 2>/dev/null)" = "$(win_component_key "$c")" ] && continue
            log "building $c for Windows (log: $TANDEM_CACHE/windows-$c.log)"
            t0=$SECONDS
            "win_build_$c" "$TANDEM_WIN_PREFIX" "$work" >"$TANDEM_CACHE/windows-$c.log" 2>&1 \
                || die "building $c for Windows failed; see $TANDEM_CACHE/windows-$c.log"
            win_component_key "$c" >"$TANDEM_WIN_PREFIX/.done-$c"
            log "$c built in $((SECONDS - t0)) s"
        done
        rm -rf "$work"
    fi
    exec {lock}>&-
}

# --- Tandem for Windows -----------------------------------------------------

# win_configure_and_build: build-windows/ configured against the prefix
# (no QML module or desktop app: this Qt has no Gui), then built.
win_configure_and_build() {
    local args=(-S "$TANDEM_REPO" -B "$TANDEM_WIN_BUILD_DIR" -G Ninja
                -DCMAKE_TOOLCHAIN_FILE="$TANDEM_WIN_PREFIX/lib/cmake/Qt6/qt.toolchain.cmake"
                -DCMAKE_BUILD_TYPE=Release -DTANDEM_WERROR=ON
                -DTANDEM_BUILD_QML=OFF -DTANDEM_BUILD_BENCH=OFF
                -DCMAKE_CROSSCOMPILING_EMULATOR=wine
                -DTANDEM_LINUX_CLI="$TANDEM_BUILD_DIR/bin/tandem-cli")
    local want; want=$(printf '%s\n' "${args[@]}" | sha256sum | cut -c1-16)
    if [ ! -f "$TANDEM_WIN_BUILD_DIR/CMakeCache.txt" ] || [ "$(cat "$TANDEM_WIN_BUILD_DIR/.tandem-configured" 2>/dev/null)" != "$want" ]; then
        log "configuring $TANDEM_WIN_BUILD_DIR"
        in_win_env cmake "${args[@]}" >/dev/null || die "cmake configure of the Windows build failed"
        echo "$want" >"$TANDEM_WIN_BUILD_DIR/.tandem-configured"
    fi
    log "building for Windows"
    in_win_env cmake --build "$TANDEM_WIN_BUILD_DIR" --parallel "$(win_jobs)" || die "the Windows build failed"
    win_deploy "$TANDEM_WIN_BUILD_DIR/bin"
    win_deploy "$TANDEM_WIN_BUILD_DIR/tests"
}

# win_deploy DIR: what a Windows program in DIR loads, beside it, where
# Windows and Qt look first: the DLLs (Qt, OpenSSL, QCA, libtandem, the
# MinGW runtime), Qt's plugins in tls/ and sqldrivers/, and QCA's in
# crypto/ (QCA searches each of Qt's library paths, the program's folder
# among them, for a crypto/ subfolder).
win_deploy() {
    local dir=$1 p=$TANDEM_WIN_PREFIX gcc
    mkdir -p "$dir/tls" "$dir/sqldrivers" "$dir/crypto"
    gcc=$(dirname "$(in_win_env x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
    cp -u "$p"/bin/Qt6Core.dll "$p"/bin/Qt6Network.dll "$p"/bin/Qt6Sql.dll "$p"/bin/Qt6Test.dll \
          "$p"/bin/Qt6Bluetooth.dll "$p"/bin/libcrypto-3-x64.dll "$p"/bin/libssl-3-x64.dll \
          "$p"/bin/libqca-qt6.dll "$TANDEM_WIN_ROOT$gcc"/libstdc++-6.dll "$TANDEM_WIN_ROOT$gcc"/libgcc_s_seh-1.dll \
          "$TANDEM_WIN_ROOT"/usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll "$dir/" \
        || die "deploying the DLLs into $dir failed"
    [ "$(cd "$dir" && pwd)" = "$(cd "$TANDEM_WIN_BUILD_DIR/bin" && pwd)" ] || cp -u "$TANDEM_WIN_BUILD_DIR"/bin/*.dll "$dir/"
    cp -u "$p"/plugins/tls/*.dll "$dir/tls/" && cp -u "$p"/plugins/sqldrivers/qsqlite.dll "$dir/sqldrivers/" \
        && cp -u "$(find "$p/lib" -path '*/crypto/*ossl*.dll' | head -n1)" "$dir/crypto/" || die "deploying the plugins into $dir failed"
}

# win_test [ctest args...]: the windows label under Wine, in one run of the
# cross root with one wineserver kept up for the run (scripts/windows/run-tests).
win_test() {
    log "running the Windows tests under Wine"
    in_win_env "$TANDEM_REPO/scripts/windows/run-tests" "$TANDEM_WIN_BUILD_DIR" "$@"
}
