/**
 * The JSON shape of `normalizerTables()` — what GET /api/v1/normalizers answers and the OpenAPI
 * document describes. Every scored row carries its provenance: `origin` (seed = 原文, product =
 * 本产品补全), `seedSection` and `basis` (the article's statement or this product's reasoning).
 */
import {
  CPU_FAMILIES,
  CRYPTO_MODES,
  DATABASES,
  DEPENDENCY_KINDS,
  FACTORS,
  TARGET_OSES,
} from "@/lib/domain/catalog";
import { z } from "@/lib/validations/zod";
import { ORIGINS } from "@/lib/domain/provenance";

const provenance = {
  origin: z.enum(ORIGINS).meta({ description: "article = 原文《Golang 天津技术栈选型决策树（2024 京津冀版）》给出的数值；product = 本产品补全（不是原文数据）" }),
  seedSection: z.string().nullable().meta({ description: "原文章节（如 §4.2）；本产品补全的行为其理由所依据的章节，或 null" }),
  basis: z.string().meta({ description: "原文的说法，或本产品的理由" }),
};

const keyed = <T extends readonly [string, ...string[]]>(keys: T, value: z.ZodType) =>
  z.object({ key: z.enum(keys), label: z.string(), value, ...provenance });

const factorRow = z.object({ factor: z.enum(FACTORS), label: z.string(), value: z.number(), ...provenance });

const example = z.object({ facts: z.string(), steps: z.string(), value: z.number(), seedValue: z.number() });

export const normalizerTablesSchema = z
  .object({
    source: z.object({ title: z.string(), shortTitle: z.string() }),
    origins: z.object({ article: z.string(), product: z.string() }),
    notice: z.string(),
    thresholds: z.array(factorRow),
    weights: z.array(factorRow),
    examples: z.object({ xinchuang: example, goProficiency: example, couplingInverse: example }),
    xinchuang: z.object({
      rule: z.string(),
      os: z.array(keyed(TARGET_OSES, z.number())),
      database: z.array(keyed(DATABASES, z.number().nullable().meta({ description: "null：不计分，只取操作系统分" }))),
      cpu: z.array(keyed(CPU_FAMILIES, z.number())),
      crypto: z.array(
        z.object({ key: z.enum(CRYPTO_MODES), label: z.string(), check: z.string().meta({ description: "单独的国密检查；不改变信创适配度" }), ...provenance }),
      ),
    }),
    goProficiency: z.object({
      rule: z.string(),
      range: z.object({ min: z.number(), max: z.number(), ...provenance }),
      servicesShipped: z.array(z.object({ services: z.number().int(), orMore: z.boolean(), value: z.number(), ...provenance })),
      levelAdjustment: z.object({ max: z.number(), ...provenance }),
    }),
    couplingInverse: z.object({
      rule: z.string(),
      floor: z.object({ value: z.number(), ...provenance }),
      weights: z.array(
        z.object({ kind: z.enum(DEPENDENCY_KINDS), label: z.string(), weight: z.number(), why: z.string(), ...provenance }),
      ),
    }),
  })
  .meta({ id: "NormalizerTables" });
