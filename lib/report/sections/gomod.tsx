/**
 * 3 决策路径 → 模块就绪度: the go.mod scan kept with the answers — its summary, the findings table
 * with each finding's sources, the effects on the recommendation and the knowledge-base version
 * the scan was made for. Printed only when the assessment has a scan.
 */
import { VERDICT_LABELS } from "@/lib/gomod/verdicts";
import { KeyValues, Note, SubHeading, Table } from "../components";
import { View } from "../react-pdf";
import { TYPE } from "../theme";
import type { ReportContext } from "./context";

const ARCH_LABELS = { amd64: "x86_64（amd64）", arm64: "ARM64", loong64: "龙芯（loong64）" } as const;

export function ModuleReadiness({ ctx }: { ctx: ReportContext }) {
  const scan = ctx.input.answers.gomodScan;
  if (!scan) return null;
  const s = scan.summary;
  return (
    <View>
      <SubHeading>模块就绪度（go.mod 扫描）</SubHeading>
      <KeyValues
        style={{ fontSize: TYPE.small }}
        rows={[
          { label: "模块", value: scan.module ?? "（go.mod 未声明 module）" },
          { label: "go 指令", value: scan.goDirective ?? "未声明" },
          { label: "扫描目标", value: `${ARCH_LABELS[scan.target.arch]}，Go ≥ ${scan.target.goFloor}` },
          { label: "知识库版本", value: scan.knowledgeVersion },
          {
            label: "逐模块结论",
            value: `共 ${s.total} 个：可用 ${s.ok} · 需要 cgo ${s["needs-cgo"]} · 需升级 ${s.upgrade} · 建议替换 ${s.replace} · 未收录/未核实 ${s.unknown}${scan.unlisted > 0 ? `（其中 ${scan.unlisted} 个未收录于知识库，按纯 Go 假定，未逐条列出）` : ""}`,
          },
        ]}
      />
      {scan.findings.length > 0 ? (
        <Table
          style={{ fontSize: TYPE.tiny, marginTop: 4 }}
          columns={[
            { title: "模块与版本", flex: 2.2 },
            { title: "结论", flex: 0.9 },
            { title: "说明", flex: 3.4 },
            { title: "来源", flex: 2.5 },
          ]}
          rows={scan.findings.map((f) => [
            `${f.path} ${f.version}${f.line > 0 ? `（第 ${f.line} 行）` : ""}${f.indirect ? " 间接" : ""}`,
            VERDICT_LABELS[f.verdict],
            f.message,
            f.sources.length ? f.sources.join("\n") : "—",
          ])}
        />
      ) : null}
      <KeyValues
        style={{ fontSize: TYPE.small, marginTop: 4 }}
        rows={[
          { label: "CGO", value: scan.effects.cgoRequired.rule },
          { label: "国密库", value: scan.effects.smLibrary.rule },
          { label: "数据库驱动", value: scan.effects.databases.rule },
          { label: `go 指令（扫描时按 Go ≥ ${scan.target.goFloor}）`, value: scan.effects.goDirective.rule },
        ]}
      />
      <Note>{`结论按扫描时的知识库（版本 ${scan.knowledgeVersion}）得出；每条记载附来源与核实日期，见 data/gomod-knowledge.json。决策路径中的“go.mod 模块扫描”一步给出这些影响所用的规则。`}</Note>
    </View>
  );
}
