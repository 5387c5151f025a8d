# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Checks: run the probe, then read its report ──────────────────────────────

check_probe_run() {
  local -a runner=()
  local rc=0 how
  if [[ $(state_get probe_built) != 1 ]]; then
    result SKIP "$(fmt_msg skip.not_built)"
    return 0
  fi
  if command -v timeout >/dev/null 2>&1; then
    runner+=(timeout -k 5 "${CHECK_TIMEOUT:-120}")
  fi
  # GNU time measures the probe itself; under an emulator it would measure qemu.
  if ((${#PROBE_RUNNER[@]} == 0)) && [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
    runner+=(/usr/bin/time -v -o "$WORK/time.txt")
  fi
  runner+=("${PROBE_RUNNER[@]}" "$PROBE_BIN")
  "${runner[@]}" >"$WORK/probe.out" 2>"$WORK/probe.err" || rc=$?
  how=$(fmt_msg run.native)
  if ((${#PROBE_RUNNER[@]} > 0)); then how=$(fmt_msg run.emulated "$PROBE_EXEC"); fi
  if ((rc == 124 || rc == 137)); then
    result FAIL "$(fmt_msg run.timeout "${CHECK_TIMEOUT:-120}")" "$(fmt_msg fix.run.timeout)"
  elif ! grep -q $'^META\tgoarch\t' "$WORK/probe.out"; then
    result FAIL "$(fmt_msg run.failed "$rc" "$(last_lines "$WORK/probe.err" 3)")" "$(fmt_msg fix.run.failed)"
  else
    state_put probe_ran 1
    result PASS "$(fmt_msg run.ok "$PROBE_BIN" "$(probe_meta go) $(probe_meta goos)/$(probe_meta goarch)" "$how")"
  fi
}

probe_meta() {
  local kind key value
  while IFS=$'\t' read -r kind key value; do
    if [[ $kind == META && $key == "$1" ]]; then
      printf '%s' "$value"
      return 0
    fi
  done <"$WORK/probe.out"
  return 0
}

# probe_check ID: sets PROBE_STATUS / PROBE_DETAIL from the probe's CHECK line.
probe_check() {
  local kind id status detail
  PROBE_STATUS="" PROBE_DETAIL=""
  while IFS=$'\t' read -r kind id status detail; do
    if [[ $kind == CHECK && $id == "$1" ]]; then
      PROBE_STATUS=$status PROBE_DETAIL=$detail
      return 0
    fi
  done <"$WORK/probe.out"
  return 0
}

report_probe_check() {
  local id=$1
  if [[ $(state_get probe_ran) != 1 ]]; then
    result SKIP "$(fmt_msg skip.not_run)"
    return 0
  fi
  probe_check "$id"
  case $PROBE_STATUS in
    PASS) result PASS "$(fmt_msg "$id.ok" "$PROBE_DETAIL" "$(probe_meta sm_library)")" ;;
    FAIL) result FAIL "$(fmt_msg "$id.failed" "$PROBE_DETAIL")" "$(fmt_msg "fix.$id.failed")" ;;
    *) result FAIL "$(fmt_msg probe.missing_check "$id")" "$(fmt_msg "fix.$id.failed")" ;;
  esac
}

check_cgo_call() {
  if [[ $P_CGO != 1 ]]; then
    result SKIP "$(fmt_msg skip.cgo_off)"
    return 0
  fi
  report_probe_check cgo
}

check_sm() {
  if [[ $P_CRYPTO == none ]]; then
    result SKIP "$(fmt_msg skip.crypto_none)"
    return 0
  fi
  report_probe_check "$1"
}

check_tls() {
  case $P_CRYPTO in
    sm-tls13) report_probe_check tls13 ;;
    sm-tlcp) result SKIP "$(fmt_msg skip.tlcp)" "$(fmt_msg fix.tlcp)" ;;
    *) result SKIP "$(fmt_msg skip.crypto_none)" ;;
  esac
}

# mb_text BYTES: one decimal, e.g. 1.9 (integer arithmetic only).
mb_text() {
  local tenths=$(($1 * 10 / 1048576))
  printf '%d.%d' $((tenths / 10)) $((tenths % 10))
}

check_binary_size() {
  local bytes limit
  if [[ -z $P_MEM_LIMIT_MB ]]; then
    result SKIP "$(fmt_msg skip.not_edge)"
    return 0
  fi
  if [[ $(state_get probe_built) != 1 ]]; then
    result SKIP "$(fmt_msg skip.not_built)"
    return 0
  fi
  bytes=$(wc -c <"$PROBE_BIN")
  limit=$((P_MEM_LIMIT_MB * 1048576))
  if ((bytes > limit)); then
    result FAIL "$(fmt_msg size.over "$(mb_text "$bytes")" "$P_MEM_LIMIT_MB")" "$(fmt_msg fix.size.over)"
  elif ((bytes * 2 > limit)); then
    result WARN "$(fmt_msg size.large "$(mb_text "$bytes")" "$P_MEM_LIMIT_MB")" "$(fmt_msg fix.size.over)"
  else
    result PASS "$(fmt_msg size.ok "$(mb_text "$bytes")" "$P_MEM_LIMIT_MB")"
  fi
}

# Peak RSS in KiB: GNU time's report if it ran, else the probe's own VmHWM.
peak_rss_kib() {
  local line
  if [[ -r $WORK/time.txt ]]; then
    while IFS= read -r line; do
      if [[ $line =~ Maximum\ resident\ set\ size.*:[[:space:]]*([0-9]+) ]]; then
        printf '%s' "${BASH_REMATCH[1]}"
        return 0
      fi
    done <"$WORK/time.txt"
  fi
  probe_meta vmhwm_kib
}

check_memory() {
  local kib source
  if [[ -z $P_MEM_LIMIT_MB ]]; then
    result SKIP "$(fmt_msg skip.not_edge)"
    return 0
  fi
  if [[ $(state_get probe_ran) != 1 ]]; then
    result SKIP "$(fmt_msg skip.not_run)"
    return 0
  fi
  kib=$(peak_rss_kib)
  if [[ ! $kib =~ ^[0-9]+$ ]]; then
    result WARN "$(fmt_msg mem.unknown)" "$(fmt_msg fix.mem.over "$P_MEM_LIMIT_MB")"
    return 0
  fi
  source=$(fmt_msg mem.source_native)
  if [[ -r $WORK/time.txt ]]; then source=$(fmt_msg mem.source_time); fi
  if ((${#PROBE_RUNNER[@]} > 0)); then source=$(fmt_msg mem.source_emulated); fi
  if ((kib <= P_MEM_LIMIT_MB * 1024)); then
    result PASS "$(fmt_msg mem.ok "$(mb_text $((kib * 1024)))" "$P_MEM_LIMIT_MB" "$source")"
  elif ((${#PROBE_RUNNER[@]} > 0)); then
    result WARN "$(fmt_msg mem.over "$(mb_text $((kib * 1024)))" "$P_MEM_LIMIT_MB" "$source")" "$(fmt_msg fix.mem.emulated)"
  else
    result FAIL "$(fmt_msg mem.over "$(mb_text $((kib * 1024)))" "$P_MEM_LIMIT_MB" "$source")" "$(fmt_msg fix.mem.over "$P_MEM_LIMIT_MB")"
  fi
}
