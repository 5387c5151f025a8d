# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Checks: SM library detection ─────────────────────────────────────────────

sm_module_path() { printf 'github.com/%s/gmsm' "$1"; }

default_sm_version() {
  if [[ $1 == emmansun ]]; then printf '%s' "$P_EMMANSUN_VERSION"; else printf '%s' "$P_TJFOC_VERSION"; fi
}

# sm_variant LIB SOURCE_DIR: which probe file fits the library's API.
# tjfoc ≤ 1.3 (Debian 1.3.0) has `func GenerateKey()`; 1.4 takes an io.Reader.
sm_variant() {
  if [[ $1 == emmansun ]]; then
    printf emmansun
  elif grep -qE '^func GenerateKey\(\)' "$2"/sm2/*.go 2>/dev/null; then
    printf tjfoc_legacy
  else
    printf tjfoc
  fi
}

# gomod_require FILE MODULE: the version a project's go.mod requires, if any.
gomod_require() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line =~ ^[[:space:]]*(require[[:space:]]+)?$2[[:space:]]+(v[0-9]+\.[0-9]+\.[0-9]+)([[:space:]]|$) ]]; then
      printf '%s' "${BASH_REMATCH[2]}"
      return 0
    fi
  done <"$1"
  return 1
}

# choose_sm_library: sets LIB, LIB_VERSION, LIB_REASON from GMSM_LIB, --gomod, profile.
choose_sm_library() {
  local lib version
  LIB=${GMSM_LIB:-$P_SM_LIB}
  LIB_VERSION=${GMSM_VERSION:-}
  LIB_REASON=$(fmt_msg sm.reason_profile)
  if [[ -n ${GMSM_LIB:-} ]]; then
    LIB_REASON=$(fmt_msg sm.reason_env)
  elif [[ -n $GOMOD_FILE ]]; then
    for lib in "$P_SM_LIB" emmansun tjfoc; do
      if version=$(gomod_require "$GOMOD_FILE" "github\\.com/$lib/gmsm"); then
        LIB=$lib
        LIB_VERSION=${LIB_VERSION:-$version}
        LIB_REASON=$(fmt_msg sm.reason_gomod "$GOMOD_FILE")
        break
      fi
    done
  fi
  LIB_VERSION=${LIB_VERSION:-$(default_sm_version "$LIB")}
}

gopath_find() {
  local entry
  local -a entries
  IFS=: read -r -a entries <<<"$2"
  for entry in "${entries[@]}"; do
    if [[ -n $entry && -d $entry/src/$(sm_module_path "$1")/sm2 ]]; then
      printf '%s' "$entry/src/$(sm_module_path "$1")"
      return 0
    fi
  done
  return 1
}

# GOPATH mode: the library must already be on disk (GOPATH, or a distribution's
# /usr/share/gocode, which is then appended to GOPATH for the build only).
detect_sm_gopath() {
  local gopath dir="" lib package=""
  gopath=$(go env GOPATH)
  if [[ -d /usr/share/gocode/src && ":$gopath:" != *":/usr/share/gocode:"* ]]; then
    gopath="$gopath:/usr/share/gocode"
  fi
  for lib in "$LIB" emmansun tjfoc; do
    if dir=$(gopath_find "$lib" "$gopath"); then
      break
    fi
    if [[ -n ${GMSM_LIB:-} ]]; then
      break
    fi
  done
  if [[ -z $dir ]]; then
    result FAIL "$(fmt_msg sm.not_in_gopath "$(sm_module_path "$LIB")" "$gopath")" "$(fmt_msg fix.sm.not_in_gopath)"
    return 0
  fi
  # Report the Debian/UOS package version when the source came from that package.
  if [[ $dir == /usr/share/gocode/* ]] && command -v dpkg-query >/dev/null 2>&1; then
    package=$(dpkg-query -W -f '${Version}' "golang-github-$lib-gmsm-dev" 2>/dev/null || true)
  fi
  state_put build_gopath "$gopath"
  record_sm_choice "$lib" "${package:-GOPATH}" "$dir"
  if [[ $lib != "$LIB" ]]; then
    result WARN "$(fmt_msg sm.fallback "$(sm_module_path "$LIB")" "$(state_get sm_summary)")" "$(fmt_msg fix.sm.fallback "$LIB")"
  else
    result PASS "$(fmt_msg sm.found "$(state_get sm_summary)" "$LIB_REASON")"
  fi
}

record_sm_choice() {
  local variant
  variant=$(sm_variant "$1" "$3")
  state_put sm_variant "$variant"
  state_put sm_library "$(sm_module_path "$1")"
  state_put sm_version "$2"
  state_put sm_summary "$(fmt_msg sm.summary "$(sm_module_path "$1")" "$2" "$variant" "$3")"
}

write_gomod() {
  {
    printf 'module xcprobe\n\ngo %s\n' "$P_GO_FLOOR"
    if [[ -n ${1:-} ]]; then
      printf '\nrequire %s %s\n' "$(sm_module_path "$1")" "$2"
    fi
  } >"$WORK/build/go.mod"
}

# Module mode: download through GOPROXY (honouring GOFLAGS, GONOSUMDB, GOPRIVATE,
# GOSUMDB), then read the library's own source to pick the probe variant.
detect_sm_module() {
  local module out dir gomod lib_go local_go line
  module=$(sm_module_path "$LIB")
  write_gomod "$LIB" "$LIB_VERSION"
  if ! out=$(cd -- "$WORK/build" && with_timeout "${CHECK_TIMEOUT:-120}" go mod download -json "$module" 2>&1); then
    result FAIL "$(fmt_msg sm.download_failed "$module@$LIB_VERSION" "${out//$'\n'/ }")" "$(fmt_msg fix.sm.download_failed)"
    return 0
  fi
  dir="" gomod="" lib_go=""
  while IFS= read -r line; do
    if [[ $line =~ \"Dir\":[[:space:]]*\"([^\"]+)\" ]]; then dir=${BASH_REMATCH[1]}; fi
    if [[ $line =~ \"GoMod\":[[:space:]]*\"([^\"]+)\" ]]; then gomod=${BASH_REMATCH[1]}; fi
  done <<<"$out"
  if [[ -n $gomod && -r $gomod ]]; then lib_go=$(kv_go_directive "$gomod" || true); fi
  local_go=$(state_get go_version)
  record_sm_choice "$LIB" "$LIB_VERSION" "$dir"
  if [[ -n $lib_go && -n $local_go ]] && ! version_ge "$local_go" "$lib_go"; then
    result FAIL "$(fmt_msg sm.needs_newer_go "$module@$LIB_VERSION" "$lib_go" "$local_go")" "$(fmt_msg fix.sm.needs_newer_go)"
  else
    result PASS "$(fmt_msg sm.found "$(state_get sm_summary)" "$LIB_REASON")"
  fi
}

kv_go_directive() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line =~ ^go[[:space:]]+([0-9]+\.[0-9]+(\.[0-9]+)?) ]]; then
      printf '%s' "${BASH_REMATCH[1]}"
      return 0
    fi
  done <"$1"
  return 1
}

check_sm_library() {
  if [[ $P_CRYPTO == none ]]; then
    result SKIP "$(fmt_msg skip.crypto_none)"
    return 0
  fi
  if ! go_ready; then
    result SKIP "$(fmt_msg skip.no_go)"
    return 0
  fi
  choose_sm_library
  if [[ $(state_get mode) == gopath ]]; then
    detect_sm_gopath
  else
    detect_sm_module
  fi
}
