/**
 * Reads and validates the shipped data in data/ (readable JSON files). Used by the seed, the tests
 * and the benchmarks; the app reads the same facts from the database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { surveyIndustriesOf } from "@/lib/survey/industries";
import { z } from "@/lib/validations/zod";
import { enterpriseRecordSchema, type EnterpriseRecord } from "@/lib/validations/enterprise";
import {
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardsFileSchema,
  type ReferenceData,
} from "@/lib/validations/reference";

const talentSkillsSchema = z.object({
  source: z.string(),
  skills: z.array(z.string()).min(1),
  roles: z.array(z.object({ role: z.string(), levels: z.array(z.number().int().min(0).max(5)) })),
});

const cloudNodesSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    connectMs: z.number().nullable(),
    connectNote: z.string().nullable(),
    iops: z.number().int().nullable(),
    storageRttUs: z.number().int().nullable(),
    offsetFlushMs: z.number().int().nullable(),
    syncSuccessRate: z.number().nullable(),
    notes: z.string().nullable(),
  }),
);

const referenceFiguresSchema = z.array(
  z.object({ key: z.string(), label: z.string(), value: z.number(), unit: z.string(), source: z.string() }),
);

function readJson<T>(root: string, file: string, schema: z.ZodType<T>): T {
  const full = path.join(root, "data", file);
  const result = schema.safeParse(JSON.parse(readFileSync(full, "utf8")));
  if (!result.success) {
    const first = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`data/${file} 不符合数据模型：\n  ${first.join("\n  ")}`);
  }
  return result.data;
}

const readEnterprises = (root: string) => readJson(root, "enterprises.json", z.array(enterpriseRecordSchema)) as EnterpriseRecord[];

/** The engine's reference data as a fresh database would serve it (the shipped survey, revision 0). */
export function loadReferenceData(root: string): ReferenceData {
  return {
    architectures: readJson(root, "architectures.json", architecturesFileSchema),
    combinations: readJson(root, "combinations.json", combinationsFileSchema),
    knowledgeCards: readJson(root, "knowledge-cards.json", knowledgeCardsFileSchema),
    survey: surveyIndustriesOf(readEnterprises(root), 0),
  };
}

export function loadShippedData(root: string) {
  return {
    ...loadReferenceData(root),
    enterprises: readEnterprises(root),
    talentSkills: readJson(root, "talent-skills.json", talentSkillsSchema),
    cloudNodes: readJson(root, "cloud-nodes.json", cloudNodesSchema),
    referenceFigures: readJson(root, "reference-figures.json", referenceFiguresSchema),
  };
}

export type ShippedData = ReturnType<typeof loadShippedData>;
