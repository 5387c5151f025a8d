/**
 * Test support only (reads files): loads the shipped reference data from `data/` and validates it
 * with the schemas, exactly as the seed script does. The engine itself never does I/O.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { surveyIndustriesOf } from "@/lib/survey/industries";
import {
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardsFileSchema,
  type ReferenceData,
} from "@/lib/validations/reference";

export const DATA_DIR = join(__dirname, "..", "..", "data");

export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, name), "utf8"));
}

export function loadReference(): ReferenceData {
  return {
    architectures: architecturesFileSchema.parse(readDataFile("architectures.json")),
    combinations: combinationsFileSchema.parse(readDataFile("combinations.json")),
    knowledgeCards: knowledgeCardsFileSchema.parse(readDataFile("knowledge-cards.json")),
    survey: surveyIndustriesOf(readDataFile("enterprises.json") as EnterpriseRecord[], 0),
  };
}
