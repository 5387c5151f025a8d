# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Checks: build the probe ──────────────────────────────────────────────────

# probe_files: the Go files this profile's probe is built from.
probe_files() {
  local variant
  printf '%s\n' main.go
  variant=$(state_get sm_variant)
  if [[ -n $variant ]]; then printf 'sm_%s.go\n' "$variant"; fi
  if [[ $P_CGO == 1 ]]; then printf '%s\n' cgo.go; fi
  if [[ $P_CRYPTO == sm-tls13 ]]; then printf '%s\n' tls13.go; fi
}

build_probe() {
  local variant mode file
  local -a args env_args
  variant=$(state_get sm_variant)
  mode=$(state_get mode)
  while IFS= read -r file; do
    write_probe_file "$file" "$WORK/build"
  done < <(probe_files)
  if [[ $mode != gopath && ! -f $WORK/build/go.mod ]]; then
    write_gomod
  fi
  # No -trimpath: it would invalidate Go 1.19's precompiled standard library and
  # turn a seconds-long build into a full rebuild on the target machine.
  args=(build -o "$PROBE_BIN")
  if [[ -n $variant ]]; then args+=(-tags "gmsm_$variant"); fi
  if [[ -n $P_MEM_LIMIT_MB ]]; then args+=("-ldflags=-s -w"); fi
  if [[ $mode != gopath ]]; then args+=(-mod=mod); fi
  env_args=(CGO_ENABLED="$P_CGO")
  if [[ -n ${PROBE_GOOS:-} ]]; then env_args+=(GOOS="$PROBE_GOOS"); fi
  if [[ -n ${PROBE_GOARCH:-} ]]; then env_args+=(GOARCH="$PROBE_GOARCH"); fi
  if [[ $mode == gopath ]]; then env_args+=(GOPATH="$(state_get build_gopath || true)"); fi
  # A cold build (no cache, Go ≥ 1.20 compiles the standard library) is slow on
  # 信创 CPUs, so it gets five times the probe timeout.
  (cd -- "$WORK/build" && with_timeout $((${CHECK_TIMEOUT:-120} * 5)) env "${env_args[@]}" go "${args[@]}" .) >"$WORK/build.log" 2>&1
}

check_probe_build() {
  local files
  if ! go_ready; then
    result SKIP "$(fmt_msg skip.no_go)"
    return 0
  fi
  if [[ $P_CRYPTO != none && -z $(state_get sm_variant) ]]; then
    result SKIP "$(fmt_msg skip.no_sm_library)"
    return 0
  fi
  if [[ $(state_get mode) == gopath && -z $(state_get build_gopath) ]]; then
    state_put build_gopath "$(go env GOPATH)"
  fi
  if ! build_probe; then
    result FAIL "$(fmt_msg build.failed "$(last_lines "$WORK/build.log" 4)")" "$(fmt_msg fix.build.failed)"
    return 0
  fi
  state_put probe_built 1
  files=$(probe_files | tr '\n' ' ')
  result PASS "$(fmt_msg build.ok "$PROBE_BIN" "${files% }" "${PROBE_GOARCH:-$(go env GOARCH)}" "$P_CGO")"
}
