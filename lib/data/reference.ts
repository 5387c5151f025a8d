/**
 * Reads of the reference data for pages and route handlers: architecture profiles, stack
 * combinations, knowledge cards, the talent matrix and the cloud nodes. Cached per request; JSON
 * columns are parsed with the same schemas the seed validated (lib/validations/reference.ts).
 */
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { ARCHITECTURE_TYPES } from "@/lib/domain/catalog";
import type { CloudNodeRecord } from "@/lib/survey/cloud-nodes";
import { talentMatrix } from "@/lib/survey/talent";
import {
  KNOWLEDGE_CARD_IDS,
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardsFileSchema,
  type ArchitectureProfile,
  type KnowledgeCard,
  type StackCombination,
} from "@/lib/validations/reference";

const orderBy = <T, K>(items: T[], key: (item: T) => K, order: readonly K[]) =>
  items.sort((a, b) => order.indexOf(key(a)) - order.indexOf(key(b)));

/** The five profiles in the seed's table order (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1). */
export const getArchitectureProfiles = cache(async (db: Db): Promise<ArchitectureProfile[]> => {
  const rows = await db.architectureProfile.findMany();
  return orderBy(architecturesFileSchema.parse(rows), (p) => p.id, ARCHITECTURE_TYPES);
});

export const getStackCombinations = cache(async (db: Db): Promise<StackCombination[]> => {
  return combinationsFileSchema.parse(await db.stackCombination.findMany({ orderBy: { id: "asc" } }));
});

export const getKnowledgeCards = cache(async (db: Db): Promise<KnowledgeCard[]> => {
  const cards = knowledgeCardsFileSchema.parse(await db.knowledgeCard.findMany());
  return orderBy(cards, (c) => c.id, KNOWLEDGE_CARD_IDS);
});

export const getTalentMatrix = cache(async (db: Db) =>
  talentMatrix(await db.talentSkill.findMany({ orderBy: [{ roleOrder: "asc" }, { skill: "asc" }] })),
);

export const getCloudNodes = cache(async (db: Db): Promise<CloudNodeRecord[]> => db.cloudNode.findMany({ orderBy: { id: "asc" } }),
);

