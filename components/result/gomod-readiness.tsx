/**
 * The go.mod readiness scan as the architect reads it: the summary, the findings that say
 * something (modules in the knowledge base, local replacements) with their sources, and the
 * effects on the recommendation. Shared by the questionnaire's preview and the result page.
 * At 375 px the table scrolls inside its own focusable box (`.table-scroll`), not the page.
 */
import type { StoredGoModScan } from "@/lib/validations/evaluate";
import { VERDICT_LABELS } from "@/lib/gomod/verdicts";

const ARCH_LABELS: Readonly<Record<StoredGoModScan["target"]["arch"], string>> = { amd64: "x86_64（amd64）", arm64: "ARM64", loong64: "龙芯（loong64）" };

export function GomodSummary({ scan }: { scan: StoredGoModScan }) {
  const s = scan.summary;
  return (
    <p className="small" data-testid="gomod-summary">
      {scan.module ? <code>{scan.module}</code> : "go.mod"} · go {scan.goDirective ?? "未声明"} · 目标 {ARCH_LABELS[scan.target.arch]}、Go ≥ {scan.target.goFloor} · 共{" "}
      {s.total} 个模块：可用 {s.ok} · 需要 cgo {s["needs-cgo"]} · 需升级 {s.upgrade} · 建议替换 {s.replace} · 未收录/未核实 {s.unknown}
      {scan.unlisted > 0 ? `（其中 ${scan.unlisted} 个未收录于知识库，按纯 Go 假定，未逐条列出）` : ""} · 知识库版本{" "}
      <span data-testid="gomod-knowledge-version">{scan.knowledgeVersion}</span>
    </p>
  );
}

export function GomodFindingsTable({ scan, caption }: { scan: StoredGoModScan; caption: string }) {
  if (scan.findings.length === 0) return <p className="muted small">知识库中没有与这些模块相关的记载。</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data gomod-findings" data-testid="gomod-findings">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">模块</th>
            <th scope="col">结论</th>
            <th scope="col">说明</th>
            <th scope="col">来源</th>
          </tr>
        </thead>
        <tbody>
          {scan.findings.map((f) => (
            <tr key={`${f.path}@${f.version}:${f.line}`} data-verdict={f.verdict}>
              <th scope="row">
                <code>{f.path}</code> <span className="muted">{f.version}</span>
                <br />
                <span className="small muted">{f.line > 0 ? `第 ${f.line} 行` : "来自 go.sum / vendor"}{f.indirect ? " · 间接依赖" : ""}</span>
              </th>
              <td>{VERDICT_LABELS[f.verdict]}</td>
              <td className="small">{f.message}</td>
              <td className="small">
                {f.sources.length === 0
                  ? "—"
                  : f.sources.map((url, i) => (
                      <span key={url}>
                        {i > 0 ? <br /> : null}
                        <a href={url} rel="noopener noreferrer" target="_blank">
                          {url.replace(/^https?:\/\//, "")}
                        </a>
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GomodEffects({ scan }: { scan: StoredGoModScan }) {
  const e = scan.effects;
  return (
    <ul className="small gomod-effects" data-testid="gomod-effects">
      <li>
        <strong>CGO：</strong>
        {e.cgoRequired.rule}
      </li>
      <li>
        <strong>国密库：</strong>
        {e.smLibrary.rule}
      </li>
      <li>
        <strong>数据库驱动：</strong>
        {e.databases.rule}
      </li>
      <li>
        <strong>go 指令（扫描时按 Go ≥ {scan.target.goFloor}；推荐架构的下限见决策路径）：</strong>
        {e.goDirective.rule}
      </li>
    </ul>
  );
}

/** The result page's section. */
export function GomodReadiness({ scan }: { scan: StoredGoModScan | undefined }) {
  if (!scan) return null;
  return (
    <section aria-labelledby="gomod-title" className="card stack" data-testid="gomod-readiness">
      <h2 id="gomod-title">模块就绪度（go.mod 扫描）</h2>
      <GomodSummary scan={scan} />
      <GomodFindingsTable scan={scan} caption="go.mod 模块扫描结论" />
      <h3>对推荐的影响</h3>
      <GomodEffects scan={scan} />
      <p className="small muted">结论来自扫描时的知识库版本；决策路径中的“go.mod 模块扫描”一步给出这些影响所用的规则。</p>
    </section>
  );
}
