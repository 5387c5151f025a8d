#!/usr/bin/env bash
# `npm test`: everything, from a clean clone. Installs what it needs (npm packages; Debian's
# chromium, poppler-utils, shellcheck, Go + tjfoc/gmsm, qemu-user-static, the arm64 cross compiler
# and CJK fonts when missing and running as root), then: typecheck, lint, architecture rules, unit
# and database tests (SQLite and PostgreSQL), production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

APT_PACKAGES=(chromium poppler-utils shellcheck golang-go golang-github-tjfoc-gmsm-dev qemu-user-static
  gcc-aarch64-linux-gnu libc6-dev-arm64-cross fonts-noto-cjk)

ensure_system_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "缺少系统软件包：${missing[*]}（请以 root 运行或手动安装）" >&2
    return 1
  fi
  echo "==> 安装系统软件包：${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

step() { echo; echo "==> $*"; }

unset NODE_ENV
step "准备环境"
ensure_system_packages
ensure_node_modules
ensure_prisma_clients

step "类型检查（tsc）"
npx --no-install tsc --noEmit

step "代码检查（eslint）"
npx --no-install eslint . --max-warnings=0

step "架构规则（dependency-cruiser，.dependency-cruiser.cjs）"
npm run --silent lint:deps

step "未使用的导出与依赖（knip，knip.json）"
npm run --silent lint:dead

step "单元与数据库测试（vitest）"
npx --no-install vitest run

step "生产构建（next build）"
rm -rf .next
NODE_ENV=production npx --no-install next build

step "浏览器测试（playwright，Debian chromium）"
npx --no-install playwright test
