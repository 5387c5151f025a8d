# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Arguments and environment (bad values → exit 2, nothing else runs) ──────

JSON=0
GOMOD_FILE=""
WORK=""
PROBE_BIN=""
PROBE_RUNNER=()

parse_args() {
  while (($# > 0)); do
    case $1 in
      --json) JSON=1 ;;
      -h | --help)
        msg_template help
        printf '%s\n' "$MSG_TEXT"
        exit 0
        ;;
      --gomod)
        (($# >= 2)) || usage_error "$(fmt_msg usage.missing_value --gomod)"
        GOMOD_FILE=$2
        shift
        ;;
      --gomod=*) GOMOD_FILE=${1#--gomod=} ;;
      *) usage_error "$(fmt_msg usage.unknown_arg "$1")" ;;
    esac
    shift
  done
}

# check_env_value NAME REGEX: an optional variable must match REGEX when set.
check_env_value() {
  local value=${!1:-}
  if [[ -n $value && ! $value =~ $2 ]]; then
    usage_error "$(fmt_msg usage.bad_env "$1" "$value")"
  fi
}

validate_env() {
  check_env_value GMSM_LIB '^(emmansun|tjfoc)$'
  check_env_value GMSM_VERSION '^v[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$'
  check_env_value CHECK_TIMEOUT '^[1-9][0-9]{0,3}$'
  check_env_value PROBE_GOARCH '^(amd64|arm64|loong64)$'
  check_env_value PROBE_GOOS '^linux$'
  check_env_value CHECK_UNAME_M '^[A-Za-z0-9_]{1,32}$'
  if [[ -n ${CHECK_ROOT:-} && ! -d ${CHECK_ROOT} ]]; then
    usage_error "$(fmt_msg usage.bad_env CHECK_ROOT "$CHECK_ROOT")"
  fi
  if [[ -n $GOMOD_FILE && ! -r $GOMOD_FILE ]]; then
    usage_error "$(fmt_msg usage.bad_gomod "$GOMOD_FILE")"
  fi
  # PROBE_EXEC is a runner prefix like `go test -exec`: split into words, never eval'ed.
  if [[ -n ${PROBE_EXEC:-} ]]; then
    read -r -a PROBE_RUNNER <<<"$PROBE_EXEC"
    if ! command -v -- "${PROBE_RUNNER[0]}" >/dev/null 2>&1; then
      usage_error "$(fmt_msg usage.bad_env PROBE_EXEC "$PROBE_EXEC")"
    fi
  fi
}

cleanup() {
  if [[ -n $WORK && -d $WORK ]]; then
    # Go's module cache is read-only by design; make it removable first.
    chmod -R u+w -- "$WORK" 2>/dev/null || true
    rm -rf -- "$WORK"
  fi
}

setup_workdir() {
  if ! WORK=$(mktemp -d "${TMPDIR:-/tmp}/compat-check.XXXXXXXX"); then
    printf '%s\n' "$(fmt_msg usage.no_tempdir)" >&2
    exit 2
  fi
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  mkdir -p -- "$WORK/steps" "$WORK/state" "$WORK/build" "$WORK/bin"
  PROBE_BIN=$WORK/bin/xcprobe
  # Keep Go's writes inside WORK unless the caller chose caches, and never let
  # Go ≥ 1.21 try to download a newer toolchain on an air-gapped machine.
  export GOCACHE="${GOCACHE:-$WORK/gocache}"
  export GOMODCACHE="${GOMODCACHE:-$WORK/gomodcache}"
  export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
}
