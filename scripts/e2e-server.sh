#!/usr/bin/env bash
# Serves the existing production build on a fresh, seeded SQLite database for Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
port="${1:?port}"
# E2E_DB: the database file's name under .data/ (benchmarks use their own, beside a running e2e).
db=".data/${E2E_DB:-e2e}.db"
export DATABASE_URL="file:./${db}"
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export NEXTAUTH_SECRET="e2e-secret-not-for-production-000"
export ADMIN_EMAIL="admin@example.com" ADMIN_PASSWORD="e2e-admin-password"
export LOG_LEVEL=warn
rm -f "$db" "$db-wal" "$db-shm"
npx --no-install tsx scripts/db/setup.ts --seed >/dev/null

# Single sign-on against a real OpenID Connect provider (tests/support/oidc-provider.ts) on a free
# loopback port, for e2e/accounts.spec.ts. It writes the app's OIDC_* variables to $oidc_env once
# listening, and exits by itself when this process (after `exec`, the app server) is gone. The
# button's name must not contain "登录": the specs find the password form's button by that name.
oidc_env=".data/${E2E_DB:-e2e}-oidc.env"
mkdir -p .data
rm -f "$oidc_env"
npx --no-install tsx tests/support/oidc-provider.ts --redirect-uri "${NEXTAUTH_URL}/api/auth/callback/oidc" \
  --write-env "$oidc_env" --parent "$$" >".data/${E2E_DB:-e2e}-oidc.log" 2>&1 &
for _ in $(seq 1 150); do [ -s "$oidc_env" ] && break; sleep 0.2; done
if [ ! -s "$oidc_env" ]; then
  echo "测试用 OIDC 身份提供方未能启动（见 .data/${E2E_DB:-e2e}-oidc.log）/ test OIDC provider did not start" >&2
  exit 1
fi
# shellcheck source=/dev/null
source "$oidc_env"
export OIDC_NAME="测试身份提供方"

exec npx --no-install next start -p "$port" -H 127.0.0.1
