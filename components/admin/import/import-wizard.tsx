"use client";

/**
 * Upload → preview → commit. The file stays in the browser between steps and is sent again on
 * commit with the preview's fingerprint; the server re-validates it inside the transaction and
 * answers 409 "数据已变化，请重新预览" if the stored records changed in between.
 */
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import type { CommitResponse, PreviewResponse } from "@/lib/survey-import/schemas";
import { ENCODING_LABELS, FORMAT_LABELS } from "./labels";
import { MappingEditor } from "./mapping-editor";
import { PreviewTable } from "./preview-table";
import { problemMessage, sendImport, type ImportProgress } from "./send-import";

type Busy = { action: "preview" | "commit"; progress: ImportProgress } | null;
type Failure = { message: string; stale?: boolean; rows?: { row: number; column: string; message: string }[] } | null;

const MAX_MB = 10;

export function ImportWizard({ savedMappings }: { savedMappings: string[] }) {
  const id = useId();
  const [mappings, setMappings] = useState(savedMappings);
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState("");
  const [sheet, setSheet] = useState<string | undefined>();
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<Failure>(null);
  const [preview, setPreview] = useState<PreviewResponse | null>(null);
  const [committed, setCommitted] = useState<CommitResponse | null>(null);

  async function runPreview(options: { mapping?: string; sheet?: string } = {}) {
    if (!file) {
      setFailure({ message: "请先选择要导入的文件" });
      return;
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      setFailure({ message: `文件大小超过 ${MAX_MB} MB 上限；更大的文件请用命令行 npm run survey:import` });
      return;
    }
    const chosenMapping = options.mapping ?? mapping;
    const chosenSheet = "sheet" in options ? options.sheet : sheet;
    setFailure(null);
    setCommitted(null);
    setBusy({ action: "preview", progress: { phase: "upload", loaded: 0, total: file.size } });
    try {
      const response = await sendImport(file, { dryRun: true, mapping: chosenMapping || undefined, sheet: chosenSheet }, (progress) =>
        setBusy({ action: "preview", progress }),
      );
      if (response.status === 200) {
        const body = response.body as PreviewResponse;
        setPreview(body);
        setSheet(body.sheet ?? undefined);
      } else {
        setPreview(null);
        setFailure({ message: problemMessage(response.body, `预览失败（HTTP ${response.status}）`) });
      }
    } catch (error) {
      setFailure({ message: (error as Error).message });
    } finally {
      setBusy(null);
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setFailure(null);
    setBusy({ action: "commit", progress: { phase: "upload", loaded: 0, total: file.size } });
    try {
      const response = await sendImport(
        file,
        { dryRun: false, mapping: mapping || undefined, sheet, fingerprint: preview.fingerprint },
        (progress) => setBusy({ action: "commit", progress }),
      );
      if (response.status === 201) {
        setCommitted(response.body as CommitResponse);
        setPreview(null);
      } else {
        const body = response.body as { errors?: { row: number; column: string; message: string }[] } | null;
        setFailure({
          message: problemMessage(response.body, `提交失败（HTTP ${response.status}）`),
          stale: response.status === 409,
          rows: response.status === 422 ? body?.errors : undefined,
        });
      }
    } catch (error) {
      setFailure({ message: (error as Error).message });
    } finally {
      setBusy(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void runPreview();
  }

  return (
    <div className="stack">
      <form className="card import-upload" onSubmit={onSubmit} aria-describedby={`${id}-help`}>
        <p id={`${id}-help`} className="small muted" style={{ marginTop: 0 }}>
          支持 Excel 另存的 CSV（UTF-8 或 GBK）、XLSX（可选工作表）和 JSON，按文件内容识别格式，最大 {MAX_MB} MB。表头可用中文或英文；提交前会逐行校验并显示预览，提交时全部写入或全部不写。
        </p>
        <div className="field">
          <label htmlFor={`${id}-file`}>选择文件</label>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setCommitted(null);
              setFailure(null);
              setSheet(undefined);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-mapping`}>列映射</label>
          <select id={`${id}-mapping`} value={mapping} onChange={(event) => setMapping(event.target.value)}>
            <option value="">自动识别（中文或英文表头）</option>
            {mappings.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button className="btn" type="submit" disabled={busy !== null || !file}>
          上传并预览
        </button>
      </form>

      <Progress busy={busy} />

      {failure ? (
        <div className="alert bad" role="alert">
          <p style={{ margin: 0 }}>{failure.message}</p>
          {failure.rows?.length ? (
            <ul className="import-details">
              {failure.rows.slice(0, 50).map((row, index) => (
                <li key={index}>
                  第 {row.row} 行{row.column ? ` [${row.column}]` : ""} {row.message}
                </li>
              ))}
            </ul>
          ) : null}
          {failure.stale ? (
            <button type="button" className="btn secondary" onClick={() => void runPreview()}>
              重新预览
            </button>
          ) : null}
        </div>
      ) : null}

      {committed ? <Committed result={committed} /> : null}

      {preview && !busy ? (
        <PreviewPanel
          preview={preview}
          mapping={mapping}
          onSheet={(next) => void runPreview({ sheet: next })}
          onMappingSaved={(name) => {
            setMappings((list) => (list.includes(name) ? list : [...list, name].sort()));
            setMapping(name);
            void runPreview({ mapping: name });
          }}
          onCommit={() => void commit()}
        />
      ) : null}
    </div>
  );
}

function Progress({ busy }: { busy: Busy }) {
  const id = useId();
  if (!busy) return <div role="status" aria-live="polite" className="sr-only" />;
  const verb = busy.action === "commit" ? "提交" : "预览";
  if (busy.progress.phase === "parsing") {
    return (
      <div className="card import-progress" role="status" aria-live="polite">
        <label htmlFor={id}>{busy.action === "commit" ? "正在校验并写入数据库…" : "正在解析…"}</label>
        <progress id={id} />
      </div>
    );
  }
  const percent = busy.progress.total ? Math.round((busy.progress.loaded / busy.progress.total) * 100) : 0;
  return (
    <div className="card import-progress" role="status" aria-live="polite">
      <label htmlFor={id}>
        正在上传（{verb}）… {percent}%
      </label>
      <progress id={id} max={100} value={percent} />
    </div>
  );
}

function Committed({ result }: { result: CommitResponse }) {
  const { created, updated, unchanged } = result.counts;
  return (
    <div className="alert ok" role="status">
      <p style={{ margin: 0 }}>
        已提交导入批次：新增 {created} 条，更新 {updated} 条，未变 {unchanged} 条（{result.fileName}）。
      </p>
      <p className="row" style={{ margin: "0.5rem 0 0" }}>
        <Link href={`/admin/batches/${result.batchId}`}>查看批次与逐字段差异</Link>
        <Link href="/">查看首页调研要点</Link>
      </p>
    </div>
  );
}

interface PanelProps {
  preview: PreviewResponse;
  mapping: string;
  onSheet: (sheet: string) => void;
  onMappingSaved: (name: string) => void;
  onCommit: () => void;
}

function PreviewPanel({ preview, mapping, onSheet, onMappingSaved, onCommit }: PanelProps) {
  const id = useId();
  const { counts } = preview;
  const changes = counts.new + counts.update;
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>预览：{preview.fileName}</h2>
      <p className="small muted">
        {FORMAT_LABELS[preview.format]}
        {preview.encoding ? ` · ${ENCODING_LABELS[preview.encoding] ?? preview.encoding}` : ""}
        {preview.sheet ? ` · 工作表「${preview.sheet}」` : ""} · {preview.rowCount} 行 · SHA-256 <code className="import-sha">{preview.sha256.slice(0, 16)}…</code>
      </p>
      {preview.sheets.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-sheet`}>工作表</label>
          <select id={`${id}-sheet`} value={preview.sheet ?? ""} onChange={(event) => onSheet(event.target.value)}>
            {preview.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="grid import-counts">
        <Count label="新增" value={counts.new} tone="info" />
        <Count label="更新" value={counts.update} tone="warn" />
        <Count label="未变" value={counts.unchanged} tone="" />
        <Count label="错误" value={counts.error} tone={counts.error ? "bad" : ""} />
      </div>
      {preview.fileErrors.map((error) => (
        <p key={error} className="alert bad" role="alert">
          {error}
        </p>
      ))}
      {preview.warnings.map((warning) => (
        <p key={warning} className="alert warn">
          {warning}
        </p>
      ))}
      <MappingEditor key={preview.fingerprint + preview.mapping.headers.join("|")} preview={preview} initialName={mapping} onSaved={onMappingSaved} />
      {preview.canCommit ? (
        <div className="card row">
          <button type="button" className="btn" onClick={onCommit}>
            提交导入（新增 {counts.new}，更新 {counts.update}）
          </button>
          <span className="small muted">{changes === 0 ? "没有需要写入的变化；提交仍会记录一个导入批次。" : "在一个事务中全部写入；可在“导入批次”中一键回滚。"}</span>
        </div>
      ) : (
        <p className="alert bad" role="alert">
          {counts.error
            ? `有 ${counts.error} 行错误，不能提交：请按行号和列名修改文件后重新上传。`
            : preview.fileErrors.length
              ? "文件的列不符合要求，不能提交：请调整列映射或修改文件。"
              : "文件中没有数据行。"}
        </p>
      )}
      {preview.rows.length ? <PreviewTable key={`${preview.sha256}-${preview.fingerprint}`} preview={preview} /> : null}
    </section>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone: string }) {
  return (
    <div className={`card import-count ${tone}`}>
      <div className="stat">{value}</div>
      <div className="stat-label">{label}</div>
    </div>
  );
}
