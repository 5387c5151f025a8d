# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Report ───────────────────────────────────────────────────────────────────

count_status() {
  local id n=0
  for id in "${STEP_IDS[@]}"; do
    if [[ $(step_field "$id" status) == "$1" ]]; then n=$((n + 1)); fi
  done
  printf '%s' "$n"
}

json_report() {
  local id sep="" exit_code=$1 cgo=false
  if [[ $P_CGO == 1 ]]; then cgo=true; fi
  printf '{"tool":"compat-check","schemaVersion":1,'
  printf '"system":"%s",' "$(json_escape "$P_SYSTEM_NAME")"
  printf '"target":{"os":"%s","cpu":"%s","goFloor":"%s","crypto":"%s","cgo":%s,"memoryLimitMb":%s,"smLibrary":"%s"},' \
    "$P_OS" "$P_CPU" "$P_GO_FLOOR" "$P_CRYPTO" "$cgo" \
    "${P_MEM_LIMIT_MB:-null}" "$P_SM_LIB"
  printf '"probe":{"variant":"%s","library":"%s","version":"%s","goarch":"%s"},' \
    "$(json_escape "$(state_get sm_variant)")" "$(json_escape "$(state_get sm_library)")" \
    "$(json_escape "$(state_get sm_version)")" "$(json_escape "$(probe_meta_safe goarch)")"
  printf '"steps":['
  for id in "${STEP_IDS[@]}"; do
    printf '%s{"id":"%s","title":"%s","status":"%s","detail":"%s","remedy":"%s"}' "$sep" "$id" \
      "$(json_escape "$(fmt_msg "step.$id")")" "$(step_field "$id" status)" \
      "$(json_escape "$(step_field "$id" detail)")" "$(json_escape "$(step_field "$id" remedy)")"
    sep=","
  done
  printf '],'
  json_gomod
  printf ',"summary":{"pass":%s,"warn":%s,"fail":%s,"skip":%s,"exitCode":%s}}\n' \
    "$(count_status PASS)" "$(count_status WARN)" "$(count_status FAIL)" "$(count_status SKIP)" "$exit_code"
}

probe_meta_safe() {
  if [[ -f $WORK/probe.out ]]; then probe_meta "$1"; fi
}

print_banner() {
  printf '%s\n' "$(fmt_msg banner.title "$P_SYSTEM_NAME")"
  printf '%s\n' "$(fmt_msg banner.target "$P_OS_LABEL" "$P_CPU_LABEL" "$P_GO_FLOOR" "$P_CRYPTO_LABEL" "$P_CGO_LABEL" "$P_MEM_LABEL" "$P_SM_LIB")"
}

print_summary() {
  local verdict=summary.passed
  if (($1 != 0)); then verdict=summary.failed; fi
  printf '%s\n' "$(fmt_msg summary.line "$(count_status PASS)" "$(count_status WARN)" "$(count_status FAIL)" \
    "$(count_status SKIP)" "$(fmt_msg "$verdict")" "$1")"
}

main() {
  local exit_code=0 arg id
  # Known before parsing, so that even an argument error is reported as JSON.
  for arg in "$@"; do
    if [[ $arg == --json ]]; then JSON=1; fi
  done
  parse_args "$@"
  validate_env
  setup_workdir
  if ((JSON == 0)); then print_banner; fi
  for id in "${STEPS[@]}"; do
    run_step "$id"
  done
  if (($(count_status FAIL) > 0)); then exit_code=1; fi
  if ((JSON == 1)); then json_report "$exit_code"; else print_summary "$exit_code"; fi
  # Normal path cleans up itself; the EXIT trap covers errors and signals.
  cleanup
  trap - EXIT
  exit "$exit_code"
}

main "$@"
