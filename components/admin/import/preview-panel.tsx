"use client";

/** The preview of an upload: file facts, counts, file-level problems, the mapping, and 提交导入. */
import { useId } from "react";
import { previewMessages } from "@/lib/survey-files/file-messages";
import type { PreviewResponse } from "@/lib/survey-import/schemas";
import { ENCODING_LABELS, FORMAT_LABELS } from "./labels";
import { MappingEditor } from "./mapping-editor";
import { PreviewTable } from "./preview-table";

interface PanelProps {
  preview: PreviewResponse;
  mapping: string;
  onSheet: (sheet: string) => void;
  onMappingSaved: (name: string) => void;
  onCommit: () => void;
}

export function PreviewPanel({ preview, mapping, onSheet, onMappingSaved, onCommit }: PanelProps) {
  const id = useId();
  const { counts, errorSummary } = preview;
  const changes = counts.new + counts.update;
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>预览：{preview.fileName}</h2>
      <p className="small muted">
        {FORMAT_LABELS[preview.format]}
        {preview.encoding ? ` · ${ENCODING_LABELS[preview.encoding] ?? preview.encoding}` : ""}
        {preview.sheet ? ` · 工作表「${preview.sheet}」` : ""} · {previewMessages.lines(preview.dataLines, preview.rowCount)} · SHA-256 <code className="import-sha">{preview.sha256.slice(0, 16)}…</code>
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
      {errorSummary.total > errorSummary.listed ? (
        <p className="alert warn">
          {previewMessages.omittedErrors(errorSummary.total - errorSummary.listed, errorSummary.total, errorSummary.rows)}。
          {previewMessages.errorsByColumn(errorSummary.byColumn.slice(0, 5))}
        </p>
      ) : null}
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
