# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Checks: Go toolchain ─────────────────────────────────────────────────────

go_ready() { [[ $(state_get go_ok) == 1 ]]; }

check_go_version() {
  local out version
  if ! command -v go >/dev/null 2>&1; then
    result FAIL "$(fmt_msg go.missing)" "$(fmt_msg fix.go.missing "$P_GO_FLOOR")"
    return 0
  fi
  if ! out=$(go version 2>&1); then
    result FAIL "$(fmt_msg go.broken "$out")" "$(fmt_msg fix.go.missing "$P_GO_FLOOR")"
    return 0
  fi
  state_put go_ok 1
  if [[ ! $out =~ go([0-9]+)\.([0-9]+)(\.([0-9]+))? ]]; then
    result WARN "$(fmt_msg go.unparsed "$out" "$P_GO_FLOOR")" "$(fmt_msg fix.go.too_old "$P_GO_FLOOR")"
    return 0
  fi
  version="${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.${BASH_REMATCH[4]:-0}"
  state_put go_version "$version"
  if version_ge "$version" "$P_GO_FLOOR"; then
    result PASS "$(fmt_msg go.ok "$out" "$P_GO_FLOOR")"
  else
    result FAIL "$(fmt_msg go.too_old "$version" "$P_GO_FLOOR")" "$(fmt_msg fix.go.too_old "$P_GO_FLOOR")"
  fi
}

check_go_env() {
  local host_goarch build_goos build_goarch cgo values
  local -a target_env=() got
  if ! go_ready; then
    result SKIP "$(fmt_msg skip.no_go)"
    return 0
  fi
  # Ask go for the values of the build the script will run: with PROBE_GOOS/GOARCH
  # set, Go also changes the CGO_ENABLED default (off when cross-compiling).
  if [[ -n ${PROBE_GOOS:-} ]]; then target_env+=(GOOS="$PROBE_GOOS"); fi
  if [[ -n ${PROBE_GOARCH:-} ]]; then target_env+=(GOARCH="$PROBE_GOARCH"); fi
  mapfile -t got < <(env "${target_env[@]}" go env GOOS GOARCH CGO_ENABLED)
  build_goos=${got[0]:-}
  build_goarch=${got[1]:-}
  cgo=${got[2]:-}
  values="GOOS=$build_goos GOARCH=$build_goarch CGO_ENABLED=$cgo"
  host_goarch=$(go env GOARCH)
  if [[ $build_goarch != "$host_goarch" ]]; then
    values="$values · $(fmt_msg goenv.cross "$host_goarch")"
  fi
  if [[ $build_goos != linux || $build_goarch != "$P_GOARCH" ]]; then
    result FAIL "$(fmt_msg goenv.arch_mismatch "$values" "$P_GOARCH")" "$(fmt_msg fix.goenv.arch_mismatch "$P_GOARCH")"
  elif [[ $P_CGO == 1 && $cgo != 1 ]]; then
    result FAIL "$(fmt_msg goenv.cgo_off "$values")" "$(fmt_msg fix.goenv.cgo_off)"
  elif [[ $P_CGO == 0 && $cgo == 1 ]]; then
    result WARN "$(fmt_msg goenv.cgo_on "$values")" "$(fmt_msg fix.goenv.cgo_on)"
  else
    result PASS "$(fmt_msg goenv.ok "$values")"
  fi
}

# GOPATH mode only with GO111MODULE=off, exactly as the go command decides.
module_mode() {
  local setting
  setting=$(go env GO111MODULE)
  if [[ $setting == off ]]; then printf gopath; else printf module; fi
}

check_go_modules() {
  local mode proxy values i
  local -a names=(GO111MODULE GOPROXY GOFLAGS GONOSUMDB GOPRIVATE GOSUMDB GOPATH) got
  if ! go_ready; then
    result SKIP "$(fmt_msg skip.no_go)"
    return 0
  fi
  mode=$(module_mode)
  state_put mode "$mode"
  mapfile -t got < <(go env "${names[@]}")
  values=""
  for i in "${!names[@]}"; do
    values="$values ${names[i]}=${got[i]:-}"
  done
  values=${values# }
  proxy=${got[1]:-}
  if [[ $mode == gopath ]]; then
    result PASS "$(fmt_msg modules.gopath "$values")"
  elif [[ $P_CRYPTO != none && $proxy == *proxy.golang.org* ]]; then
    result WARN "$(fmt_msg modules.public_proxy "$values")" "$(fmt_msg fix.modules.public_proxy)"
  else
    result PASS "$(fmt_msg modules.module "$values")"
  fi
}

check_c_toolchain() {
  local cc version
  local -a argv
  if [[ $P_CGO != 1 ]]; then
    result SKIP "$(fmt_msg skip.cgo_off)"
    return 0
  fi
  if go_ready; then cc=$(go env CC); else cc=${CC:-gcc}; fi
  read -r -a argv <<<"$cc"
  if ((${#argv[@]} == 0)) || ! command -v -- "${argv[0]}" >/dev/null 2>&1; then
    result FAIL "$(fmt_msg cc.missing "$cc")" "$(fmt_msg fix.cc.missing)"
    return 0
  fi
  version=$("${argv[@]}" --version 2>&1 || true)
  result PASS "$(fmt_msg cc.ok "$cc" "${version%%$'\n'*}")"
}

# The seed's hint for C SM libraries (GmSSL): headers and runtime library path.
check_gmssl() {
  local header lib found_lib=0
  if [[ $P_CGO != 1 || $P_CRYPTO == none ]]; then
    result SKIP "$(fmt_msg skip.gmssl)"
    return 0
  fi
  header=$(root_path /usr/include/gmssl)
  lib=$(root_path /usr/lib64/gmssl)
  if [[ ":${LD_LIBRARY_PATH:-}:" == *":/usr/lib64/gmssl:"* ]] && compgen -G "$lib/libgmssl.so*" >/dev/null; then
    found_lib=1
  fi
  if [[ -d $header && $found_lib == 1 ]]; then
    result PASS "$(fmt_msg gmssl.ok "$header" "$lib")"
  else
    result WARN "$(fmt_msg gmssl.missing "$header" "${LD_LIBRARY_PATH:-}")" "$(fmt_msg fix.gmssl.missing)"
  fi
}
