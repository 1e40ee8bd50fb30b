# shellcheck shell=bash
# configure_build_dir [extra cmake args...]: configures build/ once (again
# when the arguments change), inside the environment.
configure_build_dir() {
    local args=(-S "$TANDEM_REPO" -B "$TANDEM_BUILD_DIR" -G Ninja
                -DCMAKE_BUILD_TYPE="${TANDEM_BUILD_TYPE:-RelWithDebInfo}" -DTANDEM_WERROR=ON "$@")
    local want; want=$(printf '%s\n' "${args[@]}" | sha256sum | cut -c1-16)
    if [ ! -f "$TANDEM_BUILD_DIR/CMakeCache.txt" ] || [ "$(cat "$TANDEM_BUILD_DIR/.tandem-configured" 2>/dev/null)" != "$want" ]; then
        log "configuring $TANDEM_BUILD_DIR"
        in_env cmake "${args[@]}" >/dev/null || die "cmake configure failed"
        echo "$want" >"$TANDEM_BUILD_DIR/.tandem-configured"
    fi
}

# configure_and_build [extra cmake args...]: configures as above and builds
# everything (or only TANDEM_BUILD_TARGETS and what they depend on).
configure_and_build() {
    configure_build_dir "$@"
    log "building"
    local targets=()
    [ -n "${TANDEM_BUILD_TARGETS:-}" ] && read -r -a targets <<<"--target $TANDEM_BUILD_TARGETS"
    in_env cmake --build "$TANDEM_BUILD_DIR" --parallel "${TANDEM_JOBS:-$(nproc)}" "${targets[@]}" || die "build failed"
}
