# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Checks: the project's go.mod against the embedded knowledge base ─────────
# The rules (gomod_kb_rules, P_GOMOD_KB_VERSION) are generated from
# data/gomod-knowledge.json by lib/compat-check/gomod-rules.ts; the verdicts
# mirror lib/gomod/verdicts.ts, offline, with nothing but bash.

#@@GENERATED:gomod_rules@@

# The caller's module cache, before setup_workdir points GOMODCACHE at $WORK:
# `go list` over the project should reuse what is already downloaded.
ORIG_GOMODCACHE=${GOMODCACHE:-}

# semver_cmp A B: -1, 0 or 1 for Go module versions (vX.Y.Z[-pre][+build]).
semver_cmp() {
  local va=${1#v} vb=${2#v} pa="" pb="" c i x y
  local -a xa xb
  va=${va%%+*}
  vb=${vb%%+*}
  if [[ $va == *-* ]]; then pa=${va#*-}; fi
  if [[ $vb == *-* ]]; then pb=${vb#*-}; fi
  c=$(version_cmp "${va%%-*}" "${vb%%-*}")
  if [[ $c != 0 ]]; then printf '%s' "$c"; return 0; fi
  if [[ -z $pa && -z $pb ]]; then printf 0; return 0; fi
  if [[ -z $pa ]]; then printf 1; return 0; fi
  if [[ -z $pb ]]; then printf '%s' -1; return 0; fi
  IFS=. read -r -a xa <<<"$pa"
  IFS=. read -r -a xb <<<"$pb"
  for ((i = 0; i < ${#xa[@]} && i < ${#xb[@]}; i++)); do
    x=${xa[i]}
    y=${xb[i]}
    [[ $x == "$y" ]] && continue
    if [[ $x =~ ^[0-9]+$ && $y =~ ^[0-9]+$ ]]; then
      # Compared as digit strings: pseudo-version timestamps exceed 32 bits.
      if ((${#x} != ${#y})); then
        if ((${#x} < ${#y})); then printf '%s' -1; else printf 1; fi
      elif [[ $x < $y ]]; then printf '%s' -1; else printf 1; fi
    elif [[ $x =~ ^[0-9]+$ ]]; then printf '%s' -1
    elif [[ $y =~ ^[0-9]+$ ]]; then printf 1
    elif [[ $x < $y ]]; then printf '%s' -1
    else printf 1
    fi
    return 0
  done
  if ((${#xa[@]} < ${#xb[@]})); then printf '%s' -1
  elif ((${#xa[@]} > ${#xb[@]})); then printf 1
  else printf 0
  fi
}

semver_ge() { [[ $(semver_cmp "$1" "$2") != -1 ]]; }

# semver_in_range V RANGE: "*", or comparators (>=v1.2.0 <v1.4.0) with || between alternatives.
semver_in_range() {
  local v=$1 range=${2//||/|} alt cmp op c ok
  local -a alts parts
  if [[ $2 == "*" ]]; then return 0; fi
  IFS='|' read -r -a alts <<<"$range"
  for alt in "${alts[@]}"; do
    read -r -a parts <<<"$alt"
    ok=1
    for cmp in "${parts[@]}"; do
      if [[ ! $cmp =~ ^(>=|<=|>|<|=)?(v[^[:space:]]+)$ ]]; then ok=0; break; fi
      op=${BASH_REMATCH[1]:-=}
      c=$(semver_cmp "$v" "${BASH_REMATCH[2]}")
      case $op in
        ">=") if [[ $c == -1 ]]; then ok=0; fi ;;
        ">") if [[ $c != 1 ]]; then ok=0; fi ;;
        "<=") if [[ $c == 1 ]]; then ok=0; fi ;;
        "<") if [[ $c != -1 ]]; then ok=0; fi ;;
        *) if [[ $c != 0 ]]; then ok=0; fi ;;
      esac
    done
    if ((ok == 1)); then return 0; fi
  done
  return 1
}

# gomod_modules FILE: one line per require — path, version, indirect (0/1), line,
# and what is built after replace: path, version ("" for a directory), local (0/1).
gomod_modules() {
  local raw line comment block="" n=0 key arrow i indirect
  local -a f args reqs=()
  local -A rpath=() rver=() rlocal=()
  while IFS= read -r raw || [[ -n $raw ]]; do
    n=$((n + 1))
    line=${raw%$'\r'}
    comment=""
    if [[ $line == *//* ]]; then
      comment=${line#*//}
      line=${line%%//*}
    fi
    line=${line//\"/}
    read -r -a f <<<"$line"
    ((${#f[@]} > 0)) || continue
    if [[ -n $block ]]; then
      if [[ ${f[0]} == ")" ]]; then block=""; continue; fi
      args=("$block" "${f[@]}")
    elif [[ ${f[1]:-} == "(" ]]; then
      block=${f[0]}
      continue
    else
      args=("${f[@]}")
    fi
    case ${args[0]} in
      require)
        if ((${#args[@]} >= 3)); then
          indirect=0
          if [[ $comment =~ ^[[:space:]]*indirect([[:space:]]|\;|$) ]]; then indirect=1; fi
          reqs+=("${args[1]}"$'\t'"${args[2]}"$'\t'"$indirect"$'\t'"$n")
        fi
        ;;
      replace)
        arrow=0
        for ((i = 1; i < ${#args[@]}; i++)); do
          if [[ ${args[i]} == "=>" ]]; then arrow=$i; break; fi
        done
        ((arrow == 2 || arrow == 3)) || continue
        key=${args[1]}
        if ((arrow == 3)); then key="${args[1]}@${args[2]}"; fi
        rpath[$key]=${args[arrow + 1]:-}
        rver[$key]=${args[arrow + 2]:-}
        if [[ -z ${rver[$key]} ]]; then rlocal[$key]=1; else rlocal[$key]=0; fi
        ;;
    esac
  done <"$1"
  local path version rest
  for line in "${reqs[@]}"; do
    IFS=$'\t' read -r path version rest <<<"$line"
    key="$path@$version"
    if [[ -z ${rpath[$key]+x} ]]; then key=$path; fi
    if [[ -n ${rpath[$key]+x} ]]; then
      # "-" for an empty field: tabs are IFS whitespace, so `read` would merge empty fields.
      printf '%s\t%s\t%s\t%s\n' "$line" "${rpath[$key]}" "${rver[$key]:--}" "${rlocal[$key]}"
    else
      printf '%s\t%s\t%s\t%s\n' "$line" "$path" "$version" 0
    fi
  done
}

# rule_applies MODULE PREFIX RANGE PATH VERSION
rule_applies() {
  if [[ $2 == 1 ]]; then
    [[ $4 == "$1" || $4 == "$1"/* ]] || return 1
  else
    [[ $4 == "$1" ]] || return 1
  fi
  if [[ -z $5 ]]; then return 0; fi
  semver_in_range "$5" "$3"
}

severity() {
  case $1 in
    replace) printf 4 ;;
    needs-cgo) printf 3 ;;
    upgrade) printf 2 ;;
    unknown) printf 1 ;;
    *) printf 0 ;;
  esac
}

# judge_rule KIND A B C PATH VERSION: sets RV (verdict) and RM (message) for one fact.
judge_rule() {
  local kind=$1 x1=$2 x2=$3 x3=$4 path=$5 version=$6 fix
  RV=ok
  RM=""
  case $kind in
    cgo) RV=needs-cgo; RM=$(fmt_msg gomod.v.cgo "$path" "$x1") ;;
    arch)
      case $P_GOARCH in
        amd64) fix=$x1 ;;
        arm64) fix=$x2 ;;
        *) fix=$x3 ;;
      esac
      if [[ $fix == all ]]; then RM=$(fmt_msg gomod.v.arch_ok "$path" "$version" "$P_GOARCH")
      elif [[ $fix == none ]]; then RV=replace; RM=$(fmt_msg gomod.v.arch_none "$path" "$P_GOARCH" "")
      elif [[ -z $fix ]]; then RV=unknown; RM=$(fmt_msg gomod.v.arch_unverified "$path" "$P_GOARCH")
      elif [[ $fix == "~"* ]]; then
        if semver_ge "$version" "${fix#"~"}"; then RM=$(fmt_msg gomod.v.arch_ok "$path" "$version" "$P_GOARCH")
        else RV=upgrade; RM=$(fmt_msg gomod.v.arch_atleast "$path" "$version" "$P_GOARCH" "${fix#"~"}"); fi
      elif semver_ge "$version" "$fix"; then RM=$(fmt_msg gomod.v.arch_ok "$path" "$version" "$P_GOARCH")
      else RV=upgrade; RM=$(fmt_msg gomod.v.arch_upgrade "$path" "$version" "$P_GOARCH" "$fix")
      fi
      ;;
    sm)
      if [[ $x1 == maintained ]]; then RM=$(fmt_msg gomod.v.sm_ok "$path")
      else RV=replace; RM=$(fmt_msg gomod.v.sm_old "$path" "$x1" "$x2"); fi
      ;;
    db) RM=$(fmt_msg gomod.v.db "$path" "$x1") ;;
    replace) RV=replace; RM=$(fmt_msg gomod.v.replace "$path" "$x2") ;;
    gocompat)
      if version_ge "$P_GO_FLOOR" "$x1" && ! semver_ge "$version" "$x2"; then
        RV=upgrade; RM=$(fmt_msg gomod.v.gocompat "$path" "$version" "$x1" "$x2")
      else RM=$(fmt_msg gomod.v.gocompat_ok "$path" "$version" "$x1"); fi
      ;;
  esac
}

# judge_module PATH VERSION LOCAL_DIR: prints verdict<TAB>message<TAB>source.
judge_module() {
  local path=$1 version=$2 dir=$3 rule module prefix range kind f1 f2 f3 source best=ok msg="" src="" matched=0
  local -a fields
  if [[ -n $dir ]]; then version=""; fi
  if [[ -z $dir && ! $version =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then
    printf 'unknown\t%s\t\n' "$(fmt_msg gomod.v.badversion "$path" "$version")"
    return 0
  fi
  while IFS= read -r rule; do
    IFS=$'\t' read -r -a fields <<<"$rule"
    module=${fields[0]} prefix=${fields[1]} range=${fields[2]} kind=${fields[3]}
    f1=${fields[4]:-} f2=${fields[5]:-} f3=${fields[6]:-} source=${fields[7]:-}
    f1=${f1#-} f2=${f2#-} f3=${f3#-}
    rule_applies "$module" "$prefix" "$range" "$path" "$version" || continue
    # A local copy keeps what the module is (unmaintained, to replace), not what its code does.
    if [[ -n $dir && $kind != sm && $kind != replace ]]; then continue; fi
    matched=1
    judge_rule "$kind" "$f1" "$f2" "$f3" "$path" "${version:-$2}"
    if (($(severity "$RV") > $(severity "$best"))) || [[ -z $msg ]]; then best=$RV msg=$RM src=$source; fi
  done < <(gomod_kb_rules)
  if [[ -n $dir && $best == ok ]]; then
    best=unknown msg=$(fmt_msg gomod.v.local "$path" "$dir") src=""
  elif [[ -n $dir ]]; then
    msg="$msg；$(fmt_msg gomod.v.local "$path" "$dir")"
  elif ((matched == 0)); then
    best=unlisted msg=$(fmt_msg gomod.v.unlisted "$path")
  fi
  printf '%s\t%s\t%s\n' "$best" "$msg" "$src"
}

check_gomod() {
  local line path version indirect n jpath jversion jlocal dir verdict msg src total=0
  local ok=0 cgo=0 upgrade=0 replace=0 unknown=0
  if [[ -z $GOMOD_FILE ]]; then
    result SKIP "$(fmt_msg skip.no_gomod)"
    return 0
  fi
  : >"$WORK/gomod.tsv"
  while IFS= read -r line; do
    IFS=$'\t' read -r path version indirect n jpath jversion jlocal <<<"$line"
    dir=""
    if [[ $jlocal == 1 ]]; then dir=$jpath jpath=$path jversion=$version; fi
    IFS=$'\t' read -r verdict msg src < <(judge_module "$jpath" "$jversion" "$dir")
    total=$((total + 1))
    case $verdict in
      ok) ok=$((ok + 1)) ;;
      needs-cgo) cgo=$((cgo + 1)) ;;
      upgrade) upgrade=$((upgrade + 1)) ;;
      replace) replace=$((replace + 1)) ;;
      *) unknown=$((unknown + 1)) ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$verdict" "$path" "$version" "$n" "$indirect" "$msg" "$src" >>"$WORK/gomod.tsv"
  done < <(gomod_modules "$GOMOD_FILE")
  if ((total == 0)); then
    result WARN "$(fmt_msg gomod.unreadable "$GOMOD_FILE")" "$(fmt_msg fix.gomod)"
    return 0
  fi
  local detail
  detail=$(fmt_msg gomod.summary "$GOMOD_FILE" "$P_GOMOD_KB_VERSION" "$P_GOARCH" "$total" "$ok" "$cgo" "$upgrade" "$replace" "$unknown")
  if ((cgo + upgrade + replace > 0)); then
    result WARN "$detail" "$(fmt_msg fix.gomod)"
  else
    result PASS "$detail"
  fi
}

verdict_label() {
  case $1 in
    ok) fmt_msg gomod.label.ok ;;
    needs-cgo) fmt_msg gomod.label.cgo ;;
    upgrade) fmt_msg gomod.label.upgrade ;;
    replace) fmt_msg gomod.label.replace ;;
    *) fmt_msg gomod.label.unknown ;;
  esac
}

# Text output: one line per finding that asks something of the architect.
print_gomod_findings() {
  local verdict path version n indirect msg src
  [[ -f $WORK/gomod.tsv ]] || return 0
  while IFS=$'\t' read -r verdict path version n indirect msg src; do
    [[ $verdict == ok || $verdict == unlisted ]] && continue
    printf '       - [%s] %s %s（go.mod 第 %s 行）：%s%s\n' "$(verdict_label "$verdict")" "$path" "$version" "$n" "$msg" "${src:+ · $src}"
  done <"$WORK/gomod.tsv"
}

check_gomod_cgo() {
  local dir out n list
  local -a env_args=(CGO_ENABLED=1 GOOS=linux GOARCH="$P_GOARCH")
  if [[ -z $GOMOD_FILE ]]; then
    result SKIP "$(fmt_msg skip.no_gomod)"
    return 0
  fi
  if ! go_ready; then
    result SKIP "$(fmt_msg skip.no_go)"
    return 0
  fi
  dir=$(dirname -- "$GOMOD_FILE")
  if [[ -z $(find "$dir" -name '*.go' -not -path '*/vendor/*' -print -quit 2>/dev/null) ]]; then
    result SKIP "$(fmt_msg skip.no_source "$GOMOD_FILE")"
    return 0
  fi
  if [[ -z $ORIG_GOMODCACHE ]]; then env_args=(-u GOMODCACHE "${env_args[@]}"); else env_args+=(GOMODCACHE="$ORIG_GOMODCACHE"); fi
  if ! out=$(cd -- "$dir" && with_timeout "${CHECK_TIMEOUT:-120}" env "${env_args[@]}" go list -deps -f '{{if .CgoFiles}}{{.ImportPath}}{{end}}' ./... 2>&1); then
    result WARN "$(fmt_msg gomod.cgo.failed "${out//$'\n'/ | }")" "$(fmt_msg fix.gomod.cgo_failed)"
    return 0
  fi
  printf '%s\n' "$out" | grep -v '^$' >"$WORK/gomod.cgo" || true
  n=$(wc -l <"$WORK/gomod.cgo")
  n=${n//[[:space:]]/}
  if ((n == 0)); then
    result PASS "$(fmt_msg gomod.cgo.none "$P_GOARCH")"
    return 0
  fi
  list=$(paste -sd ' ' "$WORK/gomod.cgo")
  if [[ $P_CGO == 1 ]]; then
    result PASS "$(fmt_msg gomod.cgo.found "$n" "$P_GOARCH" "$list")"
  else
    result WARN "$(fmt_msg gomod.cgo.found "$n" "$P_GOARCH" "$list")" "$(fmt_msg fix.gomod.cgo_off)"
  fi
}

# "gomod": null without --gomod, else the file, the knowledge base version and every finding.
json_gomod() {
  local sep="" verdict path version n indirect msg src pkg flag
  if [[ -z $GOMOD_FILE || ! -f $WORK/gomod.tsv ]]; then
    printf '"gomod":null'
    return 0
  fi
  printf '"gomod":{"file":"%s","knowledgeVersion":"%s","goarch":"%s","findings":[' \
    "$(json_escape "$GOMOD_FILE")" "$P_GOMOD_KB_VERSION" "$P_GOARCH"
  while IFS=$'\t' read -r verdict path version n indirect msg src; do
    # Not in the base: reported as unknown (assumed pure Go), as the web scan does.
    if [[ $verdict == unlisted ]]; then verdict=${verdict/unlisted/unknown}; fi
    flag=false
    if [[ $indirect == 1 ]]; then flag=true; fi
    printf '%s{"path":"%s","version":"%s","line":%s,"indirect":%s,"verdict":"%s","message":"%s","source":"%s"}' "$sep" \
      "$(json_escape "$path")" "$(json_escape "$version")" "$n" "$flag" \
      "$verdict" "$(json_escape "$msg")" "$(json_escape "$src")"
    sep=","
  done <"$WORK/gomod.tsv"
  printf '],"cgoPackages":'
  if [[ -f $WORK/gomod.cgo ]]; then
    printf '['
    sep=""
    while IFS= read -r pkg; do
      printf '%s"%s"' "$sep" "$(json_escape "$pkg")"
      sep=","
    done <"$WORK/gomod.cgo"
    printf ']}'
  else
    printf 'null}'
  fi
}
