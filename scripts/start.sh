#!/usr/bin/env bash
# `npm start`: install, generate, migrate, seed, build when needed, then serve (production mode)
# on SQLite by default. Honours PORT and DATABASE_URL (README "Configuration"); with
# NODE_ENV=production it refuses to start without NEXTAUTH_SECRET.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

user_node_env="${NODE_ENV:-}"
require_production_secret "$user_node_env"
unset NODE_ENV
export PORT="${PORT:-3000}"
export DATABASE_URL="${DATABASE_URL:-file:./.data/app.db}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT}}"

ensure_node_modules
ensure_prisma_clients
ensure_auth_secret
seed_flags=(--seed)
[ "$user_node_env" = "production" ] && seed_flags+=(--production)
npx --no-install tsx scripts/db/setup.ts "${seed_flags[@]}"
ensure_build

echo "==> 启动：http://localhost:${PORT}  （数据库：${DATABASE_URL%%\?*}）"
exec npx --no-install next start -p "$PORT"
