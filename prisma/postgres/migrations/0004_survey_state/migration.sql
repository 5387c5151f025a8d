-- Survey revision (issue: survey-derived facts follow imports on every instance) and the profiles lose their typed-in industries.
-- CreateTable
CREATE TABLE "SurveyState" (
    "id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyState_pkey" PRIMARY KEY ("id")
);

-- The one row every import commit and revert increments.
INSERT INTO "SurveyState" ("id", "revision") VALUES (1, 0);

-- The hand-written industries per architecture type disagreed with the records; the engine now
-- counts them from the records (lib/data/decision-reference.ts).
ALTER TABLE "ArchitectureProfile" DROP COLUMN "industries";

-- Peers of an assessment read bounded pages by type and industry in code order (lib/data/peers.ts).
DROP INDEX "Enterprise_industry_idx";
DROP INDEX "Enterprise_architectureTypeId_idx";
CREATE INDEX "Enterprise_industry_code_idx" ON "Enterprise"("industry", "code");
CREATE INDEX "Enterprise_architectureTypeId_industry_code_idx" ON "Enterprise"("architectureTypeId", "industry", "code");
