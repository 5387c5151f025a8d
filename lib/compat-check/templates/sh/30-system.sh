# shellcheck shell=bash
# Fragment of compat-check.sh (concatenated in file-name order by lib/compat-check/templates.ts).

# ── Checks: operating system and CPU ─────────────────────────────────────────

# Kylin V10 names its service pack in /etc/.productinfo ("release V10 (SP3)
# /(Lance)-aarch64-…"); SP3 2403 drops the brackets. Codenames are the fallback.
kylin_service_pack() {
  local file line
  for file in /etc/.productinfo /etc/kylin-release /etc/os-release; do
    file=$(root_path "$file")
    [[ -r $file ]] || continue
    while IFS= read -r line || [[ -n $line ]]; do
      if [[ ${line^^} =~ SP([0-9]+) ]]; then
        printf '%s' "${BASH_REMATCH[1]}"
        return 0
      fi
      case ${line,,} in
        *tercel*) printf '1'; return 0 ;;
        *sword*) printf '2'; return 0 ;;
        *lance* | *halberd*) printf '3'; return 0 ;;
      esac
    done <"$file"
  done
  return 0
}

check_os_version() {
  local version=$1 pretty=$2
  case $P_OS_ID in
    kylin) [[ ${version,,} == v10* ]] ;;
    uos) [[ $version == 20* ]] ;;
    openeuler) [[ $version =~ ^[0-9]+\.[0-9]+ ]] && version_ge "${BASH_REMATCH[0]}" "$P_OS_VERSION" ;;
    *) [[ -n $pretty ]] ;;
  esac
}

check_os() {
  local file id version pretty sp
  file=$(root_path /etc/os-release)
  if [[ ! -r $file ]]; then
    file=$(root_path /usr/lib/os-release)
  fi
  if [[ ! -r $file ]]; then
    result FAIL "$(fmt_msg os.missing "$(root_path /etc/os-release)")" "$(fmt_msg fix.os.missing)"
    return 0
  fi
  id=$(kv_value ID "$file" || true)
  id=${id,,}
  version=$(kv_value VERSION_ID "$file" || true)
  pretty=$(kv_value PRETTY_NAME "$file" || true)
  pretty=${pretty:-$id $version}
  if [[ $id != "$P_OS_ID" ]] || ! check_os_version "$version" "$pretty"; then
    result FAIL "$(fmt_msg os.mismatch "$pretty" "$P_OS_LABEL")" "$(fmt_msg fix.os.mismatch "$P_OS_LABEL")"
    return 0
  fi
  if [[ -z $P_OS_SP ]]; then
    result PASS "$(fmt_msg os.ok "$pretty")"
    return 0
  fi
  sp=$(kylin_service_pack)
  if [[ -z $sp ]]; then
    result WARN "$(fmt_msg os.sp_unknown "$pretty" "$P_OS_SP")" "$(fmt_msg fix.os.sp_unknown)"
  elif ((sp == P_OS_SP)); then
    result PASS "$(fmt_msg os.ok_sp "$pretty" "$sp")"
  elif ((sp > P_OS_SP)); then
    result WARN "$(fmt_msg os.sp_newer "$sp" "$P_OS_SP")" "$(fmt_msg fix.os.sp_newer)"
  else
    result FAIL "$(fmt_msg os.sp_older "$sp" "$P_OS_SP")" "$(fmt_msg fix.os.sp_older "$P_OS_SP")"
  fi
}

# cpu_family FILE: phytium | kunpeng | hisilicon | hygon | loongson | "" from /proc/cpuinfo.
cpu_family() {
  local impl part vendor model
  impl=$(cpuinfo_value "cpu implementer" "$1" || true)
  part=$(cpuinfo_value "cpu part" "$1" || true)
  vendor=$(cpuinfo_value vendor_id "$1" || true)
  model=$(cpuinfo_value "model name" "$1" || true)
  case ${impl,,} in
    0x70) printf phytium; return 0 ;;
    0x48) if [[ ${part,,} == 0xd01 ]]; then printf kunpeng; else printf hisilicon; fi; return 0 ;;
  esac
  if [[ ${vendor,,} == hygongenuine ]]; then printf hygon; return 0; fi
  if [[ ${model,,} =~ loongson-3[a-z][5-9][0-9]{3} ]]; then printf loongson; return 0; fi
  if [[ ${model,,} == *phytium* ]]; then printf phytium; fi
  return 0
}

cpu_description() {
  local model impl part
  model=$(cpuinfo_value "model name" "$1" || true)
  if [[ -n $model ]]; then
    printf '%s' "$model"
    return 0
  fi
  impl=$(cpuinfo_value "cpu implementer" "$1" || true)
  part=$(cpuinfo_value "cpu part" "$1" || true)
  printf 'implementer %s part %s' "${impl:-?}" "${part:-?}"
}

check_cpu() {
  local machine file family description features
  machine=${CHECK_UNAME_M:-$(uname -m)}
  if [[ $machine != "$P_UNAME_M" ]]; then
    result FAIL "$(fmt_msg cpu.arch_mismatch "$machine" "$P_UNAME_M" "$P_CPU_LABEL")" \
      "$(fmt_msg fix.cpu.arch_mismatch "$P_GOARCH" "$P_QEMU_USER" "$P_UNAME_M")"
    return 0
  fi
  file=$(root_path /proc/cpuinfo)
  if [[ ! -r $file ]]; then
    result WARN "$(fmt_msg cpu.no_cpuinfo "$machine" "$file")" "$(fmt_msg fix.cpu.no_cpuinfo)"
    return 0
  fi
  family=$(cpu_family "$file")
  description=$(cpu_description "$file")
  if [[ $family == "$P_CPU" ]]; then
    features=$(cpuinfo_value features "$file" || true)
    if [[ " ${features,,} " == *" sm3 "* && " ${features,,} " == *" sm4 "* ]]; then
      description="$description · $(fmt_msg cpu.sm_extensions)"
    fi
    result PASS "$(fmt_msg cpu.ok "$machine" "$description" "$P_CPU_LABEL")"
  elif [[ $family == hisilicon && $P_CPU == kunpeng ]]; then
    result WARN "$(fmt_msg cpu.hisilicon_other "$description")" "$(fmt_msg fix.cpu.family_mismatch "$P_CPU_LABEL")"
  else
    result FAIL "$(fmt_msg cpu.family_mismatch "$machine" "$description" "$P_CPU_LABEL")" \
      "$(fmt_msg fix.cpu.family_mismatch "$P_CPU_LABEL")"
  fi
}
