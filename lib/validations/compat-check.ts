/**
 * Target profile of a compatibility check script: the machine an architect will run
 * `compat-check.sh` on. One schema for the form, `POST /api/v1/compat-check`, the script
 * generator (`lib/compat-check`) and the OpenAPI document (`z.toJSONSchema`).
 *
 * The script embeds every value shell-quoted, but the schema is the first line of defence:
 * enums and patterns for everything except `systemName`, which may hold Chinese and
 * punctuation (quotes, `$`, backticks) and only refuses control characters.
 */
import { z } from "@/lib/validations/zod";
import { CRYPTO_MODES, type CpuFamily } from "@/lib/domain/catalog";
import { CPU_GO_FLOORS, cpuGoFloorNote, goAtLeast, goFloorFor } from "@/lib/domain/go-version";
import { RECOMMENDED_SM_LIBRARY, SM_LIBRARY_IDS, type SmLibraryId } from "@/lib/domain/sm-libraries";
import { versionParamSchema } from "@/lib/validations/version";

/** OS builds the script can identify. Kylin is per service pack: the seed's government cloud pins SP3 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1). */
export const SCRIPT_OSES = [
  "kylin-v10-sp1",
  "kylin-v10-sp2",
  "kylin-v10-sp3",
  "uos-20",
  "openeuler-20.03",
  "openeuler-22.03",
] as const;
export type ScriptOs = (typeof SCRIPT_OSES)[number];
export const SCRIPT_OS_LABELS: Record<ScriptOs, string> = {
  "kylin-v10-sp1": "银河麒麟高级服务器 V10 SP1",
  "kylin-v10-sp2": "银河麒麟高级服务器 V10 SP2",
  "kylin-v10-sp3": "银河麒麟高级服务器 V10 SP3",
  "uos-20": "统信 UOS 20",
  "openeuler-20.03": "openEuler 20.03 LTS 及以上",
  "openeuler-22.03": "openEuler 22.03 LTS 及以上",
};

/** The 信创 CPU families of the catalog; foreign CPUs have nothing to check against. */
export const SCRIPT_CPUS = ["phytium", "kunpeng", "hygon", "loongson"] as const satisfies readonly CpuFamily[];
export type ScriptCpu = (typeof SCRIPT_CPUS)[number];

/**
 * Go SM library the probe is built against (overridable on the machine with GMSM_LIB); the ids and
 * their facts (module path, maintained or legacy, sources) live in lib/domain/sm-libraries.ts.
 */
export const SM_LIBRARIES = SM_LIBRARY_IDS;
export type SmLibrary = SmLibraryId;

/** Go floors the five architecture types ask for are 1.18–1.22 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1); later releases are allowed. */
export const GO_FLOOR_MIN_MINOR = 18;
export const GO_FLOOR_MAX_MINOR = 26;

/** Edge-node memory limit bounds in MB; the seed's IoT edge figure is 45 MB (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1). */
export const MEMORY_LIMIT_MIN_MB = 16;
export const MEMORY_LIMIT_MAX_MB = 65536;

/** Every accepted floor, spelled out so the JSON Schema states the range the refinement checks. */
const GO_FLOORS = Array.from({ length: GO_FLOOR_MAX_MINOR - GO_FLOOR_MIN_MINOR + 1 }, (_, i) => `1.${GO_FLOOR_MIN_MINOR + i}`);

export const compatCheckProfileSchema = z
  .strictObject(
    {
      systemName: z
        .string({ error: "请填写系统名称" })
        .trim()
        // A pattern rather than min(1): the document states it too (minLength 1 would admit "   ").
        .regex(/\S/, "系统名称不能为空")
        .max(80, "系统名称不能超过 80 个字符")
        .regex(/^[^\p{C}]*$/u, "系统名称不能包含换行、制表符或其他控制字符")
        .meta({ description: "系统名称，仅用于脚本输出与报告（可含中文与标点）", example: "和平区一网通办" }),
      os: z
        .enum(SCRIPT_OSES, { error: "操作系统须为麒麟 V10 SP1–SP3、统信 UOS 20 或 openEuler 20.03/22.03" })
        .meta({ description: "目标操作系统（麒麟按 SP 区分）", example: "kylin-v10-sp3" }),
      cpu: z
        .enum(SCRIPT_CPUS, { error: "CPU 须为飞腾、鲲鹏、海光或龙芯" })
        .meta({ description: "目标 CPU 系列", example: "phytium" }),
      goVersion: z
        .string({ error: "请填写 Go 版本下限" })
        .regex(/^1\.\d{2}$/, "Go 版本格式应为 1.xx，如 1.21")
        .refine((v) => GO_FLOORS.includes(v), `Go 版本下限应在 1.${GO_FLOOR_MIN_MINOR} 到 1.${GO_FLOOR_MAX_MINOR} 之间`)
        .meta({ description: "Go 版本下限（由架构类型决定，如 1.18–1.22）", example: "1.19", enum: GO_FLOORS }),
      crypto: z
        .enum(CRYPTO_MODES, { error: "国密模式须为 none、sm-tls13 或 sm-tlcp" })
        .meta({ description: "国密要求：无 / TLS 1.3 + SM2/SM3/SM4 / TLCP + SM2/SM3/SM4", example: "sm-tls13" }),
      cgo: z
        .boolean({ error: "请选择是否启用 CGO（true/false）" })
        .meta({ description: "目标构建是否需要 CGO_ENABLED=1", example: true }),
      memoryLimitMb: z
        .number({ error: "内存上限须为整数（MB）或 null" })
        .int("内存上限须为整数（MB）")
        .min(MEMORY_LIMIT_MIN_MB, `内存上限不能小于 ${MEMORY_LIMIT_MIN_MB} MB`)
        .max(MEMORY_LIMIT_MAX_MB, `内存上限不能大于 ${MEMORY_LIMIT_MAX_MB} MB`)
        .nullable()
        .default(null)
        .meta({ description: "边缘节点内存上限（MB）；非边缘节点为 null", example: 45 }),
      smLibrary: z
        .enum(SM_LIBRARIES, { error: "国密库须为 emmansun 或 tjfoc" })
        .meta({ description: "探针使用的 Go 国密库（目标机上可用 GMSM_LIB 覆盖）", example: RECOMMENDED_SM_LIBRARY }),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `不支持的字段：${issue.keys.join("、")}` : "请求体必须是对象",
    },
  )
  .superRefine((profile, context) => {
    if (goFloorFor(profile.goVersion, profile.cpu) !== profile.goVersion) {
      context.addIssue({ code: "custom", path: ["goVersion"], message: cpuGoFloorNote(profile.cpu)! });
    }
  })
  .meta({
    description: "兼容性检查脚本的目标机画像",
    // What the refinement checks, so a body built from the document is accepted (tests/openapi-requests.test.ts).
    allOf: Object.entries(CPU_GO_FLOORS).map(([cpu, own]) => ({
      description: cpuGoFloorNote(cpu as CpuFamily),
      anyOf: [
        { properties: { cpu: { enum: SCRIPT_CPUS.filter((other) => other !== cpu) } } },
        { properties: { goVersion: { enum: GO_FLOORS.filter((version) => goAtLeast(version, own!.floor)) } } },
      ],
    })),
    example: {
      systemName: "和平区一网通办",
      os: "kylin-v10-sp3",
      cpu: "phytium",
      goVersion: "1.19",
      crypto: "sm-tls13",
      cgo: true,
      memoryLimitMb: null,
      smLibrary: RECOMMENDED_SM_LIBRARY,
    },
  });

/** What a caller sends (memoryLimitMb may be omitted). */
export type CompatCheckProfileInput = z.input<typeof compatCheckProfileSchema>;
/** What the generator works with, after parsing. */
export type CompatCheckProfile = z.output<typeof compatCheckProfileSchema>;

export const COMPAT_CHECK_FORMATS = ["sh", "tar.gz"] as const;
export type CompatCheckFormat = (typeof COMPAT_CHECK_FORMATS)[number];
/** `?format=` of the check-script downloads: the script alone, or the offline bundle. */
export const compatCheckFormatSchema = z.enum(COMPAT_CHECK_FORMATS, { error: "format 只能是 sh 或 tar.gz" }).default("sh");
export const compatCheckDownloadQuerySchema = z.object({
  format: compatCheckFormatSchema,
  version: versionParamSchema.optional(),
});
