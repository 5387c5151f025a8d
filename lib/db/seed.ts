/**
 * Loads the shipped data into a database, idempotently: running it twice changes nothing.
 * - Reference data (architecture profiles, stack combinations, knowledge cards, talent matrix,
 *   cloud nodes, reference figures) is product data: upserted from data/ on every run.
 * - Survey enterprises are admin-managed after the first start: inserted only into an empty table,
 *   so a restart never overwrites an import.
 * - The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD and is created only if missing.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { recordToRow } from "@/lib/db/enterprise-rows";
import { bumpSurveyRevision } from "@/lib/db/survey-revision";
import type { ShippedData } from "@/lib/db/shipped-data";
import { hashPassword } from "@/lib/auth/password";

export interface SeedOptions {
  admin?: { email: string; password: string };
}

export interface SeedReport {
  enterprisesInserted: number;
  adminCreated: boolean;
}

async function upsertReference(db: Db, data: ShippedData): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const profile of data.architectures) {
      await tx.architectureProfile.upsert({ where: { id: profile.id }, create: profile, update: profile });
    }
    for (const combination of data.combinations) {
      await tx.stackCombination.upsert({ where: { id: combination.id }, create: combination, update: combination });
    }
    for (const card of data.knowledgeCards) {
      await tx.knowledgeCard.upsert({ where: { id: card.id }, create: card, update: card });
    }
    for (const [roleOrder, { role, levels }] of data.talentSkills.roles.entries()) {
      for (const [index, skill] of data.talentSkills.skills.entries()) {
        const row = { role, roleOrder, skill, level: levels[index] ?? 0 };
        await tx.talentSkill.upsert({ where: { role_skill: { role, skill } }, create: row, update: row });
      }
    }
    for (const node of data.cloudNodes) {
      await tx.cloudNode.upsert({ where: { id: node.id }, create: node, update: node });
    }
    for (const figure of data.referenceFigures) {
      await tx.referenceFigure.upsert({ where: { key: figure.key }, create: figure, update: figure });
    }
  });
}

async function insertEnterprisesIfEmpty(db: Db, data: ShippedData): Promise<number> {
  return db.$transaction(async (tx) => {
    if ((await tx.enterprise.count()) > 0) return 0;
    for (const record of data.enterprises) {
      await tx.enterprise.create({ data: recordToRow(record) });
    }
    await bumpSurveyRevision(tx);
    return data.enterprises.length;
  });
}

async function ensureAdmin(db: Db, admin: SeedOptions["admin"]): Promise<boolean> {
  if (!admin) return false;
  const email = admin.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } })) return false;
  await db.user.create({
    data: { id: randomUUID(), email, name: "管理员", role: "admin", passwordHash: await hashPassword(admin.password) },
  });
  return true;
}

export async function seedDatabase(db: Db, data: ShippedData, options: SeedOptions = {}): Promise<SeedReport> {
  await upsertReference(db, data);
  const enterprisesInserted = await insertEnterprisesIfEmpty(db, data);
  const adminCreated = await ensureAdmin(db, options.admin);
  return { enterprisesInserted, adminCreated };
}
