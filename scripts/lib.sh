# Shared steps of scripts/start.sh, scripts/dev.sh and scripts/test.sh (sourced, not run).
# Each step is idempotent and cheap when there is nothing to do.

export NEXT_TELEMETRY_DISABLED=1
export CHECKPOINT_DISABLE=1            # Prisma: no update check
export PRISMA_HIDE_UPDATE_MESSAGE=1

# npm ci when node_modules is missing or older than the lock file.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> 安装依赖（npm ci）"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Prisma clients are generated (gitignored) when missing or older than the schema.
ensure_prisma_clients() {
  if [ ! -f lib/generated/sqlite/index.js ] || [ ! -f lib/generated/postgres/index.js ] \
    || [ prisma/schema.prisma -nt lib/generated/sqlite/index.js ]; then
    echo "==> 生成 Prisma 客户端"
    npx --no-install tsx scripts/db/generate.ts
  fi
}

# A production start needs the operator's NEXTAUTH_SECRET, the same on every instance: a secret
# generated here would differ per machine and sign sessions no other instance accepts. Checked
# before anything else runs, with the message lib/env.ts gives (MISSING_SECRET_MESSAGE).
require_production_secret() {
  if [ "${1:-}" = "production" ] && [ -z "${NEXTAUTH_SECRET:-}" ]; then
    echo "NODE_ENV=production 时必须设置 NEXTAUTH_SECRET（至少 16 个字符，所有实例相同）/ NEXTAUTH_SECRET is required in production" >&2
    exit 1
  fi
}

# A random NEXTAUTH_SECRET kept in .data/ for local runs; production sets its own.
ensure_auth_secret() {
  if [ -z "${NEXTAUTH_SECRET:-}" ]; then
    mkdir -p .data
    if [ ! -s .data/nextauth-secret ]; then
      node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > .data/nextauth-secret
      chmod 600 .data/nextauth-secret
    fi
    NEXTAUTH_SECRET="$(cat .data/nextauth-secret)"
    export NEXTAUTH_SECRET
  fi
}

# next build when there is no build or a source file is newer than it.
ensure_build() {
  if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib proxy.ts next.config.ts package-lock.json public \
      -newer .next/BUILD_ID -type f -not -path 'lib/generated/*' -print -quit 2>/dev/null)" ]; then
    echo "==> 构建（next build）"
    NODE_ENV=production npx --no-install next build
  fi
}
