-- CreateTable
CREATE TABLE "ReportRender" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "pdf" BLOB NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportRender_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReportRender_assessmentId_version_idx" ON "ReportRender"("assessmentId", "version");

