"use client";

/**
 * Upload → preview → commit. The file stays in the browser between steps and is sent again on
 * commit with the preview's fingerprint; the server re-validates it inside the transaction and
 * answers 409 "数据已变化，请重新预览" if the stored records changed in between.
 */
import Link from "next/link";
import { useId, type FormEvent } from "react";
import { MAX_UPLOAD_MB } from "@/lib/survey-files/limits";
import type { CommitResponse } from "@/lib/survey-import/schemas";
import { PreviewPanel } from "./preview-panel";
import { useImportWizard, type Busy, type Failure } from "./use-import-wizard";

export function ImportWizard({ savedMappings }: { savedMappings: string[] }) {
  const id = useId();
  const wizard = useImportWizard(savedMappings);
  const { mappings, file, mapping, busy, failure, preview, committed } = wizard.state;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    wizard.preview();
  }

  return (
    <div className="stack">
      <form className="card import-upload" onSubmit={onSubmit} aria-describedby={`${id}-help`}>
        <p id={`${id}-help`} className="small muted" style={{ marginTop: 0 }}>
          支持 Excel 另存的 CSV（UTF-8 或 GBK）、XLSX（可选工作表）和 JSON，按文件内容识别格式，最大 {MAX_UPLOAD_MB} MB。表头可用中文或英文；提交前会逐行校验并显示预览，提交时全部写入或全部不写。
        </p>
        <div className="field">
          <label htmlFor={`${id}-file`}>选择文件</label>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => wizard.chooseFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-mapping`}>列映射</label>
          <select id={`${id}-mapping`} value={mapping} onChange={(event) => wizard.chooseMapping(event.target.value)}>
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

      {failure ? <FailureAlert failure={failure} onRetry={() => wizard.preview()} /> : null}

      {committed ? <Committed result={committed} /> : null}

      {preview && !busy ? (
        <PreviewPanel
          preview={preview}
          mapping={mapping}
          onSheet={(next) => wizard.preview({ sheet: next })}
          onMappingSaved={wizard.mappingSaved}
          onCommit={wizard.commit}
        />
      ) : null}
    </div>
  );
}

function Progress({ busy }: { busy: Busy | null }) {
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

function FailureAlert({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  return (
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
        <button type="button" className="btn secondary" onClick={onRetry}>
          重新预览
        </button>
      ) : null}
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
