"use client";

/**
 * The legacy-system step's optional go.mod: pasted or uploaded (read in the browser with
 * File.text(), nothing is uploaded to a file endpoint), scanned live through POST
 * /api/v1/gomod-scan, and kept in the answers as `gomod` — the text (up to 24 KB) and the scan
 * with the knowledge-base version it was made for — so autosave stores it with the draft.
 *
 * The preview calls the API rather than running the scan in the browser: the knowledge base stays
 * on the server, in one place, so an updated base applies to the next scan without a new bundle,
 * and the parser and the 40-entry base do not enlarge the questionnaire's JavaScript.
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { GomodEffects, GomodFindingsTable, GomodSummary } from "@/components/result/gomod-readiness";
import { CPU_FAMILY_LABELS } from "@/lib/domain/catalog";
import { GOMOD_TEXT_MAX, type DraftAnswers } from "@/lib/validations/assessment";
import type { StoredGoModScan } from "@/lib/validations/evaluate";

/** Waits for the typing to pause before scanning. */
const SCAN_DELAY_MS = 600;
/** The API refuses more; say so before sending. */
const MAX_FILE_BYTES = 1024 * 1024;

type Status =
  | { kind: "idle" }
  | { kind: "scanning" }
  | { kind: "done" }
  | { kind: "problems"; file: string; problems: { line: number; message: string }[] }
  | { kind: "error"; message: string };

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function GomodField() {
  const { control, setValue, getValues } = useFormContext<DraftAnswers>();
  const [cpu, saved] = useWatch({ control, name: ["cpu", "gomod"] });
  const [text, setText] = useState(() => getValues("gomod")?.text ?? "");
  const [gosum, setGosum] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastCpu = useRef(cpu);
  const fileName = useRef<string | undefined>(getValues("gomod")?.fileName);
  const id = useId();

  const scan = useCallback(
    async (gomod: string, sum: string) => {
      request.current?.abort();
      if (gomod.trim() === "") {
        setStatus({ kind: "idle" });
        setValue("gomod", undefined, { shouldDirty: true });
        return;
      }
      if (utf8Length(gomod) > MAX_FILE_BYTES) {
        setStatus({ kind: "error", message: "go.mod 超过 1 MiB，不予扫描（真实项目的 go.mod 远小于此）" });
        return;
      }
      const controller = new AbortController();
      request.current = controller;
      setStatus({ kind: "scanning" });
      try {
        const response = await fetch("/api/v1/gomod-scan", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ gomod, ...(sum.trim() ? { gosum: sum } : {}), target: cpu ? { cpu } : { arch: "arm64" } }),
          signal: controller.signal,
        });
        const body = (await response.json()) as { stored?: StoredGoModScan; file?: string; problems?: { line: number; message: string }[]; detail?: string };
        if (controller.signal.aborted) return;
        if (response.ok && body.stored) {
          const keepText = gomod.length <= GOMOD_TEXT_MAX;
          setValue(
            "gomod",
            { ...(keepText ? { text: gomod } : {}), ...(fileName.current ? { fileName: fileName.current } : {}), scan: body.stored },
            { shouldDirty: true },
          );
          setStatus({ kind: "done" });
        } else if (response.status === 422 && body.problems) {
          setValue("gomod", undefined, { shouldDirty: true });
          setStatus({ kind: "problems", file: body.file ?? "go.mod", problems: body.problems });
        } else {
          setStatus({ kind: "error", message: body.detail ?? `扫描失败（HTTP ${response.status}）` });
        }
      } catch (error) {
        if ((error as { name?: string }).name === "AbortError") return;
        setStatus({ kind: "error", message: "网络错误，扫描未完成；修改内容后会自动重试" });
      }
    },
    [cpu, setValue],
  );

  const schedule = useCallback(
    (gomod: string, sum: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void scan(gomod, sum), SCAN_DELAY_MS);
    },
    [scan],
  );

  // The verdicts depend on the target: a new CPU answer re-scans what is there.
  useEffect(() => {
    if (lastCpu.current === cpu) return;
    lastCpu.current = cpu;
    if (text.trim() !== "") schedule(text, gosum);
  }, [cpu, text, gosum, schedule]);

  useEffect(() => () => (clearTimeout(timer.current), request.current?.abort()), []);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>, which: "gomod" | "gosum") {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: "error", message: `${file.name} 超过 1 MiB，不予扫描` });
      return;
    }
    const content = await file.text();
    if (which === "gomod") {
      fileName.current = file.name;
      setText(content);
      void scan(content, gosum);
    } else {
      setGosum(content);
      void scan(text, content);
    }
  }

  const scanned = saved?.scan;
  const tooLongToKeep = text.length > GOMOD_TEXT_MAX;
  return (
    <fieldset className="stack gomod-field">
      <legend>存量系统的 go.mod（选填）</legend>
      <p className="help" id={`${id}-help`}>
        粘贴或上传项目的 go.mod，逐模块检查信创就绪度：是否需要 cgo、在目标架构上从哪个版本起可用、国密库与信创数据库驱动、go 指令是否满足版本下限。结果进入决策路径、检查脚本与 PDF 报告。
        {cpu ? `按目标 CPU「${CPU_FAMILY_LABELS[cpu]}」判断。` : "尚未选择 CPU（“目标环境”一步），暂按 ARM64 判断。"}
      </p>
      <label htmlFor={`${id}-gomod`}>go.mod 内容</label>
      <textarea
        id={`${id}-gomod`}
        name="gomodText"
        rows={10}
        spellCheck={false}
        className="mono"
        aria-describedby={`${id}-help ${id}-status`}
        value={text}
        onChange={(event) => {
          fileName.current = undefined;
          setText(event.target.value);
          schedule(event.target.value, gosum);
        }}
        placeholder={"module example.com/service\n\ngo 1.21\n\nrequire (\n\tgithub.com/emmansun/gmsm v0.29.5\n)"}
      />
      <div className="inline-fields">
        <label className="btn secondary file-button">
          上传 go.mod
          <input type="file" accept=".mod,text/plain" className="sr-only" onChange={(event) => void onFile(event, "gomod")} />
        </label>
        <label className="btn secondary file-button">
          上传 go.sum（选填）
          <input type="file" accept=".sum,text/plain" className="sr-only" onChange={(event) => void onFile(event, "gosum")} />
        </label>
        {text !== "" ? (
          <button
            type="button"
            className="btn secondary"
            onClick={() => {
              fileName.current = undefined;
              setText("");
              setGosum("");
              void scan("", "");
            }}
          >
            清除 go.mod
          </button>
        ) : null}
      </div>
      {gosum !== "" ? <p className="small muted">已附 go.sum（{gosum.split("\n").filter(Boolean).length} 行）：补充 go.mod 未列出、但参与编译的模块；go.sum 本身不保存。</p> : null}
      <div id={`${id}-status`} role="status" aria-live="polite" className="small">
        {status.kind === "scanning" ? "正在扫描…" : null}
        {status.kind === "error" ? <span className="error">{status.message}</span> : null}
        {status.kind === "done" && tooLongToKeep ? `go.mod 超过 ${GOMOD_TEXT_MAX / 1024} KB：只保存扫描结果，不保存全文。` : null}
      </div>
      {status.kind === "problems" ? (
        <div className="alert warn" data-testid="gomod-problems">
          <p className="alert-title">{status.file} 无法解析，请按行号修改：</p>
          <ul>
            {status.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {scanned && status.kind !== "problems" ? (
        <div className="stack" data-testid="gomod-preview">
          <GomodSummary scan={scanned} />
          <GomodFindingsTable scan={scanned} caption="go.mod 扫描预览" />
          <GomodEffects scan={scanned} />
        </div>
      ) : null}
    </fieldset>
  );
}
