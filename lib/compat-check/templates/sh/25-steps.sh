# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Step bookkeeping: results and shared state are files under $WORK ────────

STEP_IDS=()
CURRENT_STEP=""

state_put() { printf '%s' "$2" >"$WORK/state/$1"; }
state_get() {
  if [[ -f $WORK/state/$1 ]]; then
    printf '%s' "$(<"$WORK/state/$1")"
  fi
}

# result STATUS DETAIL [REMEDY]: called once by each check function.
result() {
  local dir=$WORK/steps/$CURRENT_STEP
  printf '%s' "$1" >"$dir/status"
  printf '%s' "$2" >"$dir/detail"
  printf '%s' "${3:-}" >"$dir/remedy"
}

# The steps, in report order (ids are also message keys: step.<id>).
STEPS=(os cpu go.version go.env go.modules cc gmssl sm.library probe.build probe.run cgo sm2 sm3 sm4 tls size memory gomod gomod.cgo)

# dispatch_step ID: a plain case, so every check function has a visible caller.
dispatch_step() {
  case $1 in
    os) check_os ;;
    cpu) check_cpu ;;
    go.version) check_go_version ;;
    go.env) check_go_env ;;
    go.modules) check_go_modules ;;
    cc) check_c_toolchain ;;
    gmssl) check_gmssl ;;
    sm.library) check_sm_library ;;
    probe.build) check_probe_build ;;
    probe.run) check_probe_run ;;
    cgo) check_cgo_call ;;
    sm2 | sm3 | sm4) check_sm "$1" ;;
    tls) check_tls ;;
    size) check_binary_size ;;
    memory) check_memory ;;
    gomod) check_gomod ;;
    gomod.cgo) check_gomod_cgo ;;
    *) return 1 ;;
  esac
}

run_step() {
  local id=$1 rc
  CURRENT_STEP=$id
  STEP_IDS+=("$id")
  mkdir -p -- "$WORK/steps/$id"
  # A plain command (not in `if`/`||`), so `set -e` really applies inside.
  set +e
  (
    set -euo pipefail
    dispatch_step "$id"
  ) >"$WORK/steps/$id/log" 2>&1
  rc=$?
  set -e
  if [[ ! -f $WORK/steps/$id/status ]]; then
    result FAIL "$(fmt_msg step.crashed "$rc" "$(last_lines "$WORK/steps/$id/log" 3)")" "$(fmt_msg fix.step.crashed)"
  fi
  if ((JSON == 0)); then
    print_step "$id"
  fi
}

step_field() { printf '%s' "$(<"$WORK/steps/$1/$2")"; }

print_step() {
  local status detail remedy
  status=$(step_field "$1" status)
  detail=$(step_field "$1" detail)
  remedy=$(step_field "$1" remedy)
  printf '[%s] %s：%s\n' "$status" "$(fmt_msg "step.$1")" "$detail"
  if [[ -n $remedy && $status != PASS ]]; then
    printf '       %s%s\n' "$(fmt_msg label.remedy)" "$remedy"
  fi
  if [[ $1 == gomod ]]; then print_gomod_findings; fi
}
