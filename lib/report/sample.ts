/**
 * A realistic report input for tests and `npm run bench`: a real evaluation of the seed's worked
 * example (lib/decision/bench.ts), peers from the shipped survey records, and a check script of
 * the size lib/scripts generates (~1,000 lines with Chinese messages and embedded Go source).
 */
import { BENCH_REQUEST_FACTS, evaluate } from "@/lib/decision";
import { loadShippedData } from "@/lib/db/shipped-data";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import type { ReportCheckScript, ReportInput, ReportPeer } from "./types";

export const SAMPLE_SYSTEM_NAME = "和平区一网通办·政务审批中台";
export const SAMPLE_EVALUATED_AT = new Date("2026-11-20T06:30:00.000Z");

const STEPS: ReportCheckScript["steps"] = [
  { name: "操作系统与 CPU", description: "读取 /etc/os-release 与 /proc/cpuinfo，确认银河麒麟 V10 SP3 与飞腾 FT-2000/4（ARM64），不符时给出期望值与实际值。" },
  { name: "Go 工具链", description: "确认 Go 版本不低于架构要求的下限，且 GOOS=linux、GOARCH=arm64、CGO_ENABLED=1 能完成交叉编译；任何一步失败都会立即停止该检查并记录原因，而不是继续执行后面的命令。" },
  { name: "国密探针", description: "构建并运行 SM2 签名、SM3 摘要与 SM4 加解密探针，核对国密库版本的 go 指令不高于本机 Go 版本。" },
  { name: "内存上限", description: "在 45 MB 内存上限下启动探针，确认未引入 net/http/pprof，且以 -ldflags=\"-s -w\" 构建。" },
];

const HOW_TO_RUN = [
  "bash compat-check.sh",
  "bash compat-check.sh --json   # 只输出 JSON，供流水线解析",
  "GO111MODULE=off bash compat-check.sh   # 离线内网：GOPATH 模式，从发行版打包的源码构建探针",
  "退出码：0 全部通过；1 有检查未通过；2 无法运行（缺少 bash 4 或 Go）。",
];

/** Deterministic script text shaped like the generated one: sections, messages, a Go heredoc. */
export function sampleScriptText(sections = 60): string {
  const lines = ["#!/usr/bin/env bash", "# compat-check.sh — 信创兼容性检查（样例）", "set -euo pipefail", "umask 077", ""];
  for (let s = 1; s <= sections; s += 1) {
    lines.push(`# ── 检查 ${s}：第 ${s} 组 ─────────────────────────────────────────────`);
    lines.push(`check_${s}() {`);
    lines.push(`  local expected='kylin' actual=''`);
    lines.push(`  actual="$(awk -F= '$1 == "ID" { gsub(/"/, "", $2); print tolower($2) }' "\${CHECK_ROOT:-}/etc/os-release" 2>/dev/null || true)"`);
    lines.push(`  if [ "$actual" != "$expected" ]; then`);
    lines.push(`    fail "check_${s}" "操作系统不符：期望 \${expected}，实际 \${actual:-未知}；请在目标机（ARM64 + 麒麟 + SM2/SM4）上运行本脚本，或设置 CHECK_ROOT 指向测试夹具目录"`);
    lines.push(`    return 0`);
    lines.push(`  fi`);
    lines.push(`  pass "check_${s}" "第 ${s} 项检查通过"`);
    lines.push(`}`);
    lines.push("");
  }
  lines.push("cat > \"$WORK/probe/main.go\" <<'GO'");
  lines.push("package main", "", "import (", '\t"crypto/rand"', '\t"fmt"', '\t"os"', ")", "");
  for (let f = 1; f <= sections; f += 1) {
    lines.push(`// probe${f} 检查第 ${f} 项国密能力（SM2 签名 / SM3 摘要 / SM4 加密）。`);
    lines.push(`func probe${f}() error {`);
    lines.push("\tbuf := make([]byte, 32)");
    lines.push("\tif _, err := rand.Read(buf); err != nil {");
    lines.push(`\t\treturn fmt.Errorf("probe${f}: %w", err)`);
    lines.push("\t}");
    lines.push("\treturn nil");
    lines.push("}", "");
  }
  lines.push("func main() {", '\tfmt.Fprintln(os.Stdout, "ok")', "}", "GO", "");
  lines.push('summary "$@"');
  return lines.join("\n");
}

export function sampleCheckScript(): ReportCheckScript {
  return { steps: STEPS, howToRun: HOW_TO_RUN, script: sampleScriptText() };
}

/** Survey records of the same architecture type as the recommendation. */
export function peersFor(root: string, architectureType: string): ReportPeer[] {
  return loadShippedData(root)
    .enterprises.filter((e) => e.architectureType === architectureType)
    .map((e) => ({
      code: e.code,
      label: e.label,
      architectureType: e.architectureType,
      industry: e.industry,
      outcome: e.outcome,
      historicalDecision: e.historicalDecision,
    }));
}

export function sampleReportInput(root: string, request: EvaluateRequest = BENCH_REQUEST_FACTS): ReportInput {
  const data = loadShippedData(root);
  const result = evaluate(request, data);
  return {
    assessmentId: "cm3x9k2a40001tj7q8d5h2v1e",
    shortId: "CM3X9K2A",
    version: 3,
    systemName: SAMPLE_SYSTEM_NAME,
    evaluatedAt: SAMPLE_EVALUATED_AT,
    answers: request,
    result,
    peers: peersFor(root, result.architecture.profile.id),
    checkScript: sampleCheckScript(),
  };
}
