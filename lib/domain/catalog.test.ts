/**
 * The 信创 databases and OS this product added to the catalog (GoldenDB, TDSQL, GBase 8s/8c/8a,
 * 神通, 瀚高, Anolis OS) are accepted everywhere the catalog is read: the evaluate and
 * questionnaire schemas, the enterprise record schema, the import vocabulary and the normalizers.
 */
import { describe, expect, it } from "vitest";
import { normalizeXinchuang, OS_SCORES, DATABASE_SCORES } from "@/lib/decision/normalizers";
import { lookupEnum, vocabularyOf } from "@/lib/survey-files/vocabulary";
import { draftAnswersSchema } from "@/lib/validations/assessment";
import { enterpriseRecordSchema } from "@/lib/validations/enterprise";
import { xinchuangFactsSchema } from "@/lib/validations/evaluate";
import { DATABASE_LABELS, DATABASES, optionsOf, TARGET_OS_LABELS, TARGET_OSES } from "./catalog";

const ADDED_DATABASES = ["goldendb", "tdsql", "gbase-8s", "gbase-8c", "gbase-8a", "shentong", "highgo"] as const;

describe("catalog: the added 信创 databases and Anolis OS", () => {
  it("lists them with distinct Chinese labels, before the non-信创 databases", () => {
    for (const key of ADDED_DATABASES) expect(DATABASES).toContain(key);
    expect(TARGET_OSES).toContain("anolis-8");
    expect(new Set(Object.values(DATABASE_LABELS)).size).toBe(DATABASES.length);
    expect(new Set(Object.values(TARGET_OS_LABELS)).size).toBe(TARGET_OSES.length);
    expect(DATABASES.indexOf("highgo")).toBeLessThan(DATABASES.indexOf("mysql"));
    expect(optionsOf(DATABASES, DATABASE_LABELS).find((o) => o.value === "gbase-8c")?.label).toBe("GBase 8c（南大通用，分布式）");
  });

  it("has a score for every catalog value, and none left over", () => {
    expect(Object.keys(OS_SCORES).sort()).toEqual([...TARGET_OSES].sort());
    expect(Object.keys(DATABASE_SCORES).sort()).toEqual([...DATABASES].sort());
  });

  it("is accepted by the evaluate facts, the questionnaire draft and the record schema", () => {
    for (const database of ADDED_DATABASES) {
      expect(xinchuangFactsSchema.safeParse({ os: "anolis-8", database }).success).toBe(true);
      expect(draftAnswersSchema.safeParse({ os: "anolis-8", database }).success).toBe(true);
      expect(normalizeXinchuang({ os: "anolis-8", database }).value).toBeGreaterThanOrEqual(0.7);
    }
    expect(xinchuangFactsSchema.safeParse({ os: "anolis-9", database: "dm8" }).success).toBe(false);
    expect(xinchuangFactsSchema.safeParse({ os: "kylin-v10", database: "gbase" }).success).toBe(false);
  });

  it("is read by the import by id and by label", () => {
    const os = vocabularyOf("targetOs");
    expect(lookupEnum(os, "anolis-8")).toBe("anolis-8");
    expect(lookupEnum(os, "龙蜥 Anolis OS 8")).toBe("anolis-8");
    expect(lookupEnum(os, "龙蜥anolis os 8")).toBe("anolis-8");
  });

  it("is a valid targetOs of a survey record", () => {
    const record = {
      code: "TJ-901", label: "某企业", district: "binhai", industry: "finance", architectureType: "microservice-gateway",
      goVersion: "1.22", teamSize: 5, goServicesLast6m: 1, requiresGoroutineFluency: null, requiresSchedulerSource: null,
      targetOs: "anolis-8", cpu: "hygon", crypto: "none", tier: "standard", xinchuang: 0.9, goProficiency: 0.55,
      couplingInverse: 0.78, topCriterion: null, hardXinchuang: null, hardTjHardware: null, adaptationDays: null,
      historicalDecision: null, historicalCombination: null, outcome: "success", errorCategories: [], reconstructed: false, note: null,
    };
    expect(enterpriseRecordSchema.safeParse(record).success).toBe(true);
  });
});
