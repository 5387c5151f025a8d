/**
 * Assembles a ReportInput from a submitted assessment: its answers and result, its peers in the
 * survey (read by lib/data/peers.ts), and the check script generated for its target (lib/compat-check). Plain data in, plain data
 * out; the route handler reads the database.
 */
import type { PeerQuery, PeerSelection } from "@/lib/assessments/peers";
import { toEvaluateRequest } from "@/lib/assessments/to-evaluate-request";
import { generateCompatCheck } from "@/lib/compat-check";
import { compatProfileForAssessment } from "@/lib/compat-check/assessment-profile";
import { RECOMMENDED_SM_LIBRARY, SM_LIBRARY_FACTS, TJFOC_DISTRIBUTION_PACKAGE } from "@/lib/domain/sm-libraries";
import type { Answers } from "@/lib/validations/assessment";
import type { CompatCheckProfileInput } from "@/lib/validations/compat-check";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import type { ReportCheckScript, ReportInput } from "./types";

/** What each step of the generated script checks, in the order it runs (lib/compat-check/templates/sh). */
const CHECK_STEPS: ReportCheckScript["steps"] = [
  { name: "操作系统", description: "读取 /etc/os-release（麒麟另读服务包文件），确认目标发行版与版本。" },
  { name: "CPU 架构与型号", description: "uname -m 与 /proc/cpuinfo：飞腾 implementer 0x70、鲲鹏 920（0x48 / 0xd01）、海光、龙芯。" },
  { name: "Go 版本与 go env", description: "Go 不低于架构类型的版本下限；GOOS / GOARCH / CGO_ENABLED 与目标一致。" },
  { name: "依赖获取与 C 工具链", description: "遵循 GOPROXY / GOFLAGS / GONOSUMDB；GO111MODULE=off 时以 GOPATH 模式构建；需要 CGO 时检查 C 编译器与 GmSSL 路径。" },
  { name: "国密探针", description: "用 go build 构建探针并在超时内运行同一可执行文件：SM2 签名验签、SM3 摘要、SM4 加解密，并报告实际使用的国密库与版本。" },
  { name: "边缘约束", description: "有内存上限时，以 -ldflags=\"-s -w\" 构建并检查二进制体积与探针峰值 RSS。" },
];

/** Commands as the architect types them, for the script's own file name. */
const howToRun = (file: string) => [
  `bash ${file}   # 人读输出；退出码 0 通过，1 有失败，2 无法运行`,
  `bash ${file} --json   # 机器可读结果，供流水线解析`,
  `GO111MODULE=off bash ${file}   # 离线内网：GOPATH 模式，使用发行版打包的国密库源码`,
  `GMSM_LIB=tjfoc bash ${file}   # 改用遗留的 ${SM_LIBRARY_FACTS.tjfoc.modulePath}（如发行版打包的 ${TJFOC_DISTRIBUTION_PACKAGE.version}）；默认 ${SM_LIBRARY_FACTS[RECOMMENDED_SM_LIBRARY].modulePath}`,
];

/** The generated check script for a target profile, with the steps and commands the appendix lists. */
export function reportCheckScript(profile: CompatCheckProfileInput): ReportCheckScript {
  const { script, filename } = generateCompatCheck(profile);
  return { steps: CHECK_STEPS, howToRun: howToRun(filename), filename, script };
}

export interface ReportSource {
  id: string;
  version: number;
  systemName: string;
  evaluatedAt: Date;
  answers: Answers;
  result: EvaluateResponse;
}

/** Who the assessment is compared with: its architecture type and industry (district only shown). */
export const peerQueryOf = (source: Pick<ReportSource, "answers" | "result">): PeerQuery => ({
  architecture: source.result.architecture.profile.id,
  industry: source.answers.industry,
  district: source.answers.district,
});

export function buildReportInput(source: ReportSource, { peers }: Pick<PeerSelection, "peers">): ReportInput {
  return {
    assessmentId: source.id,
    shortId: source.id.slice(0, 8),
    version: source.version,
    systemName: source.systemName,
    evaluatedAt: source.evaluatedAt,
    answers: toEvaluateRequest(source.answers),
    result: source.result,
    peers: peers.map(({ record }) => ({
      code: record.code,
      label: record.label,
      architectureType: record.architectureType,
      industry: record.industry,
      outcome: record.outcome,
      historicalDecision: record.historicalDecision,
    })),
    checkScript: reportCheckScript(compatProfileForAssessment(source.answers, source.result)),
  };
}
