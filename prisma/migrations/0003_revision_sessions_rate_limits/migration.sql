-- Written by hand from `prisma migrate diff`: new columns are added with ADD COLUMN instead of
-- the diff's table rebuild, because the runner applies a migration inside a transaction, where
-- SQLite ignores `PRAGMA foreign_keys=OFF` — the rebuild's DROP TABLE "Assessment" would then
-- cascade-delete every assessment version.

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- DropTable
DROP TABLE "LoginThrottle";

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");
