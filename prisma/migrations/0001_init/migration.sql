-- CreateTable
CREATE TABLE "ArchitectureProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "exampleEnterprise" TEXT NOT NULL,
    "goFloor" TEXT NOT NULL,
    "adaptationDays" INTEGER NOT NULL,
    "bottleneck" TEXT NOT NULL,
    "bottleneckFigure" TEXT,
    "mitigation" TEXT NOT NULL,
    "workloads" JSONB NOT NULL,
    "industries" JSONB NOT NULL,
    "seedSection" TEXT NOT NULL,
    "notes" TEXT
);

-- CreateTable
CREATE TABLE "StackCombination" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "runtime" TEXT NOT NULL,
    "storage" TEXT NOT NULL,
    "coordination" TEXT NOT NULL,
    "scene" TEXT NOT NULL,
    "densities" JSONB NOT NULL,
    "consistencies" JSONB NOT NULL,
    "origin" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "seedSection" TEXT
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "architectureTypeId" TEXT NOT NULL,
    "goVersion" TEXT,
    "teamSize" INTEGER,
    "goServicesLast6m" INTEGER,
    "requiresGoroutineFluency" BOOLEAN,
    "requiresSchedulerSource" BOOLEAN,
    "targetOs" TEXT,
    "cpu" TEXT,
    "crypto" TEXT,
    "tier" TEXT,
    "xinchuang" REAL,
    "goProficiency" REAL,
    "couplingInverse" REAL,
    "topCriterion" TEXT,
    "hardXinchuang" BOOLEAN,
    "hardTjHardware" BOOLEAN,
    "adaptationDays" INTEGER,
    "historicalDecision" TEXT,
    "historicalCombinationId" INTEGER,
    "outcome" TEXT NOT NULL,
    "errorCategories" TEXT NOT NULL DEFAULT '',
    "reconstructed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Enterprise_architectureTypeId_fkey" FOREIGN KEY ("architectureTypeId") REFERENCES "ArchitectureProfile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Enterprise_historicalCombinationId_fkey" FOREIGN KEY ("historicalCombinationId") REFERENCES "StackCombination" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TalentSkill" (
    "role" TEXT NOT NULL,
    "roleOrder" INTEGER NOT NULL,
    "skill" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    PRIMARY KEY ("role", "skill")
);

-- CreateTable
CREATE TABLE "CloudNode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "connectMs" REAL,
    "connectNote" TEXT,
    "iops" INTEGER,
    "storageRttUs" INTEGER,
    "offsetFlushMs" INTEGER,
    "syncSuccessRate" REAL,
    "notes" TEXT
);

-- CreateTable
CREATE TABLE "KnowledgeCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "seedSection" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "testConditions" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "rows" JSONB NOT NULL,
    "notes" TEXT
);

-- CreateTable
CREATE TABLE "ReferenceFigure" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "systemName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AssessmentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assessmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "result" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    CONSTRAINT "AssessmentVersion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "committedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "revertedAt" DATETIME,
    "revertedById" TEXT,
    CONSTRAINT "ImportBatch_committedById_fkey" FOREIGN KEY ("committedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ImportBatch_revertedById_fkey" FOREIGN KEY ("revertedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "batchId" TEXT NOT NULL,
    "enterpriseCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    CONSTRAINT "ImportChange_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ColumnMapping" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "mapping" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ArchitectureProfile_name_key" ON "ArchitectureProfile"("name");

-- CreateIndex
CREATE UNIQUE INDEX "StackCombination_name_key" ON "StackCombination"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_code_key" ON "Enterprise"("code");

-- CreateIndex
CREATE INDEX "Enterprise_district_idx" ON "Enterprise"("district");

-- CreateIndex
CREATE INDEX "Enterprise_industry_idx" ON "Enterprise"("industry");

-- CreateIndex
CREATE INDEX "Enterprise_architectureTypeId_idx" ON "Enterprise"("architectureTypeId");

-- CreateIndex
CREATE INDEX "Enterprise_outcome_idx" ON "Enterprise"("outcome");

-- CreateIndex
CREATE UNIQUE INDEX "CloudNode_name_key" ON "CloudNode"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentVersion_assessmentId_version_key" ON "AssessmentVersion"("assessmentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ImportChange_batchId_enterpriseCode_key" ON "ImportChange"("batchId", "enterpriseCode");

