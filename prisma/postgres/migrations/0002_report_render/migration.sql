-- CreateTable
CREATE TABLE "ReportRender" (
    "key" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "pdf" BYTEA NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportRender_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ReportRender_assessmentId_version_idx" ON "ReportRender"("assessmentId", "version");

-- AddForeignKey
ALTER TABLE "ReportRender" ADD CONSTRAINT "ReportRender_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

