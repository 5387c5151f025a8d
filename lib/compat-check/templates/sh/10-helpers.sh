# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Messages and small helpers ────────────────────────────────────────────────

# fmt_msg KEY [ARG...]: the message template with {1}…{9} replaced by the arguments.
# One left-to-right pass, so an argument containing "{2}" is never substituted again.
fmt_msg() {
  local rest out="" pre tail n
  local -a args
  msg_template "$1"
  shift
  args=("$@")
  rest=$MSG_TEXT
  while [[ $rest == *"{"* ]]; do
    pre=${rest%%"{"*}
    tail=${rest#"$pre"}
    if [[ $tail =~ ^\{([1-9])\} ]]; then
      n=${BASH_REMATCH[1]}
      out+="$pre${args[n - 1]:-}"
      rest=${tail:3}
    else
      out+="$pre{"
      rest=${tail:1}
    fi
  done
  printf '%s' "$out$rest"
}

usage_error() {
  printf '%s\n' "$1" >&2
  printf '%s\n' "$(fmt_msg usage.see_help)" >&2
  if ((JSON == 1)); then
    printf '{"tool":"compat-check","schemaVersion":1,"error":"%s","summary":{"exitCode":2}}\n' "$(json_escape "$1")"
  fi
  exit 2
}

# root_path /etc/os-release → $CHECK_ROOT/etc/os-release (fixtures in tests).
root_path() {
  local root=${CHECK_ROOT:-}
  printf '%s%s' "${root%/}" "$1"
}

# version_cmp A B: prints -1, 0 or 1, comparing dot-separated numbers (1.9 < 1.19 < 1.22).
version_cmp() {
  local -a a b
  local i x y
  IFS=. read -r -a a <<<"$1"
  IFS=. read -r -a b <<<"$2"
  for ((i = 0; i < ${#a[@]} || i < ${#b[@]}; i++)); do
    x=${a[i]:-0}
    y=${b[i]:-0}
    if ((10#$x < 10#$y)); then printf '%s' -1; return 0; fi
    if ((10#$x > 10#$y)); then printf '%s' 1; return 0; fi
  done
  printf '%s' 0
}

# with_timeout SECONDS CMD...: CMD under coreutils timeout when available (a proxy
# that never answers must not hang the check).
with_timeout() {
  local seconds=$1
  shift
  if command -v timeout >/dev/null 2>&1; then
    timeout -k 5 "$seconds" "$@"
  else
    "$@"
  fi
}

version_ge() {
  [[ $(version_cmp "$1" "$2") != -1 ]]
}

# last_lines FILE N: the last N lines of FILE joined by " | " (for build logs).
last_lines() {
  local -a lines=()
  local start
  if [[ -r $1 ]]; then
    mapfile -t lines <"$1"
  fi
  start=$((${#lines[@]} > $2 ? ${#lines[@]} - $2 : 0))
  local IFS='|'
  printf '%s' "${lines[*]:start}"
}

# key=value files (os-release) are parsed, never sourced: values may hold `$(...)`.
kv_value() {
  local key=$1 file=$2 line value
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line == "$key="* ]] || continue
    value=${line#*=}
    value=${value#[\"\']}
    value=${value%[\"\']}
    printf '%s' "$value"
    return 0
  done <"$file"
  return 1
}

# cpuinfo_value FIELD FILE: first "field : value" line, field compared case-insensitively.
cpuinfo_value() {
  local want=${1,,} line key
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line == *:* ]] || continue
    key=${line%%:*}
    key=${key%"${key##*[![:space:]]}"}
    if [[ ${key,,} == "$want" ]]; then
      line=${line#*:}
      line=${line#"${line%%[![:space:]]*}"}
      printf '%s' "$line"
      return 0
    fi
  done <"$2"
  return 1
}

json_escape() {
  local s=$1 bs=\\ q='"'
  s=${s//"$bs"/"$bs$bs"}
  s=${s//"$q"/"$bs$q"}
  s=${s//$'\n'/"${bs}n"}
  s=${s//$'\r'/"${bs}r"}
  s=${s//$'\t'/"${bs}t"}
  s=${s//[[:cntrl:]]/}
  printf '%s' "$s"
}
