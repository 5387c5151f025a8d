#!/usr/bin/env bash
# `npm run dev`: the same preparation as `npm start`, then the Next dev server.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
export PORT="${PORT:-3000}"
export DATABASE_URL="${DATABASE_URL:-file:./.data/app.db}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT}}"
ensure_node_modules
ensure_prisma_clients
ensure_auth_secret
npx --no-install tsx scripts/db/setup.ts --seed
exec npx --no-install next dev -p "$PORT"
