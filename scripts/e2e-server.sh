#!/usr/bin/env bash
# Serves the existing production build on a fresh, seeded SQLite database for Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
port="${1:?port}"
export DATABASE_URL="file:./.data/e2e.db"
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export NEXTAUTH_SECRET="e2e-secret-not-for-production-000"
export ADMIN_EMAIL="admin@example.com" ADMIN_PASSWORD="e2e-admin-password"
export LOG_LEVEL=warn
rm -f .data/e2e.db .data/e2e.db-wal .data/e2e.db-shm
npx --no-install tsx scripts/db/setup.ts --seed >/dev/null
exec npx --no-install next start -p "$port" -H 127.0.0.1
