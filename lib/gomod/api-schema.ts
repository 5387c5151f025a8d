/**
 * POST /api/v1/gomod-scan: the request the route parses and the response it answers, one
 * definition for the handler, the questionnaire's preview and the OpenAPI document.
 *
 * The target is a catalog CPU family (its GOARCH and Go floor are derived as the engine derives
 * them: lib/domain/go-version.ts goFloorFor) or a bare GOARCH. The texts are bounded by the
 * readers (1 MiB, 20 000 lines each, lib/gomod/limits.ts); the schema bounds them by characters
 * so zod never copies more than that.
 */
import { z } from "@/lib/validations/zod";
import { CPU_FAMILIES } from "@/lib/domain/catalog";
import { GO_FLOOR_MAX_MINOR, GO_FLOOR_MIN_MINOR } from "@/lib/validations/compat-check";
import { TARGET_ARCHES } from "./knowledge";
import { MAX_INPUT_BYTES } from "./limits";
import { storedGoModScanSchema } from "./scan";
import { VERDICTS } from "./verdicts";

/** The whole body: three texts of at most 1 MiB each plus JSON escaping and the target. */
export const GOMOD_SCAN_MAX_BODY_BYTES = 3 * MAX_INPUT_BYTES + 64 * 1024;

const GO_FLOORS = Array.from({ length: GO_FLOOR_MAX_MINOR - GO_FLOOR_MIN_MINOR + 1 }, (_, i) => `1.${GO_FLOOR_MIN_MINOR + i}`);

const fileText = (what: string, description: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `请提供 ${what} 的内容` : `${what} 必须是文本`) })
    .max(MAX_INPUT_BYTES, `${what} 超过 1 MiB，不予解析`)
    .meta({ description });

const goFloor = z
  .string({ error: "goFloor 必须是文本" })
  .refine((v) => GO_FLOORS.includes(v), `goFloor 应为 1.${GO_FLOOR_MIN_MINOR} 到 1.${GO_FLOOR_MAX_MINOR} 之间的 1.xx`)
  .optional()
  .meta({ description: "Go 版本下限（架构类型的下限）；省略时取 1.18，目标 CPU 需要更高时自动提高（龙芯 ≥ 1.19）", enum: GO_FLOORS, example: "1.19" });

const targetSchema = z
  .union(
    [
      z.strictObject({
        cpu: z.enum(CPU_FAMILIES, { error: `cpu 须为 ${CPU_FAMILIES.join("、")} 之一` }).meta({ description: "目标 CPU 系列（问卷的取值）", example: "phytium" }),
        goFloor,
      }),
      z.strictObject({
        arch: z.enum(TARGET_ARCHES, { error: `arch 须为 ${TARGET_ARCHES.join("、")} 之一` }).meta({ description: "目标 GOARCH", example: "arm64" }),
        goFloor,
      }),
    ],
    { error: "target 须为 { cpu, goFloor? } 或 { arch, goFloor? }" },
  )
  .meta({ description: "目标：CPU 系列或 GOARCH（二选一），可附 Go 版本下限" });

export const gomodScanRequestSchema = z
  .strictObject(
    {
      gomod: fileText("go.mod", "go.mod 的全文"),
      gosum: fileText("go.sum", "go.sum 的全文（可选）：补充 go.mod 未列出但参与编译的模块").optional(),
      vendorModules: fileText("vendor/modules.txt", "vendor/modules.txt 的全文（可选）：补充已 vendor 的模块").optional(),
      target: targetSchema,
    },
    { error: (iss) => (iss.code === "unrecognized_keys" ? `不支持的字段：${iss.keys.join("、")}` : "请求体必须是对象") },
  )
  .meta({
    description: "要扫描的 go.mod（可附 go.sum 或 vendor/modules.txt）与目标",
    example: {
      gomod: "module example.com/gateway\n\ngo 1.18\n\nrequire (\n\tgithub.com/mattn/go-sqlite3 v1.14.16\n\tgithub.com/tjfoc/gmsm v1.4.1\n)\n",
      target: { cpu: "phytium" },
    },
  });

const findingSchema = z.object({
  path: z.string(),
  version: z.string(),
  line: z.number().int().meta({ description: "go.mod 中的行号；0 表示来自 go.sum 或 vendor/modules.txt" }),
  indirect: z.boolean(),
  judged: z.object({ path: z.string(), version: z.string().nullable(), local: z.boolean() }).meta({ description: "实际判断的模块（replace 之后）" }),
  verdict: z.enum(VERDICTS).meta({ description: "ok 可用 / needs-cgo 需要 cgo / upgrade 需升级 / replace 建议替换 / unknown 未收录或未核实（按纯 Go 假定）" }),
  message: z.string(),
  reasons: z.array(z.object({ verdict: z.enum(VERDICTS), rule: z.string(), entry: z.object({ module: z.string(), versions: z.string(), source: z.array(z.string()), checked: z.string() }).optional() })),
  entries: z.array(z.object({ module: z.string(), versions: z.string(), source: z.array(z.string()), summary: z.string(), advice: z.string() })),
  upgradeTo: z.string().optional(),
  replaceWith: z.string().optional(),
  alternative: z.string().optional(),
});

export const gomodScanResponseSchema = z
  .object({
    knowledgeVersion: z.string().meta({ description: "所用知识库的版本（data/gomod-knowledge.json）" }),
    target: z.object({ arch: z.enum(TARGET_ARCHES), goFloor: z.string(), cpu: z.enum(CPU_FAMILIES).optional() }),
    module: z.string().nullable(),
    goDirective: z.string().nullable(),
    toolchain: z.string().nullable(),
    extra: z.object({ goSum: z.number().int().nullable(), vendor: z.number().int().nullable() }),
    findings: z.array(findingSchema),
    summary: storedGoModScanSchema.shape.summary,
    effects: z.object({}).catchall(z.unknown()).meta({ description: "cgoRequired、smLibrary、databases、goDirective，各附中文规则 rule" }),
    stored: storedGoModScanSchema.meta({ description: "保存进问卷答案（gomod.scan）的精简形式" }),
  })
  .meta({ description: "逐模块的结论、汇总与对推荐的影响" });
