"use client";

/**
 * Which file column feeds which field, editable: an admin fixes the mapping of an unusual
 * spreadsheet, saves it under a name, and the preview runs again with it.
 */
import { useId, useState } from "react";
import { saveMappingAction } from "@/app/admin/import/actions";
import type { PreviewResponse } from "@/lib/survey-import/schemas";
import { ENTERPRISE_COLUMNS, type EnterpriseField } from "@/lib/validations/enterprise";

const IGNORE = "";

interface Props {
  preview: PreviewResponse;
  initialName?: string;
  onSaved: (name: string) => void;
}

export function MappingEditor({ preview, initialName, onSaved }: Props) {
  const id = useId();
  const mapped = new Map(preview.mapping.columns.map((column) => [column.header, column.field]));
  const [choices, setChoices] = useState<Record<string, EnterpriseField | typeof IGNORE>>(() =>
    Object.fromEntries(preview.mapping.headers.map((header) => [header, mapped.get(header) ?? IGNORE])),
  );
  const [name, setName] = useState(initialName ?? "");
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const unknown = preview.mapping.unknownHeaders.length;

  async function save() {
    setPending(true);
    setStatus(null);
    const mapping = Object.fromEntries(Object.entries(choices).map(([header, field]) => [header, field === IGNORE ? null : field]));
    try {
      const result = await saveMappingAction({ name, mapping });
      setStatus(result);
      if (result.ok) onSaved(result.name);
    } catch {
      setStatus({ ok: false, message: "保存失败，请重试" });
    } finally {
      setPending(false);
    }
  }

  return (
    <details className="card" open={preview.fileErrors.length > 0 || unknown > 0}>
      <summary>
        列映射：已识别 {preview.mapping.columns.length} 列{unknown ? `，未识别 ${unknown} 列` : ""}
        {preview.mapping.missingRequired.length ? `，缺少必填列 ${preview.mapping.missingRequired.join("、")}` : ""}
      </summary>
      <p className="small muted">为文件中的每一列选择对应的字段；保存为命名映射后，可在下次上传同类文件时直接选用。</p>
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">文件列与字段的对应关系</caption>
          <thead>
            <tr>
              <th scope="col">文件中的列</th>
              <th scope="col">对应字段</th>
            </tr>
          </thead>
          <tbody>
            {preview.mapping.headers.map((header, index) => (
              <tr key={header}>
                <td>
                  <label htmlFor={`${id}-${index}`}>{header}</label>
                </td>
                <td>
                  <select
                    id={`${id}-${index}`}
                    value={choices[header] ?? IGNORE}
                    onChange={(event) => setChoices({ ...choices, [header]: event.target.value as EnterpriseField | typeof IGNORE })}
                  >
                    <option value={IGNORE}>（忽略此列）</option>
                    {ENTERPRISE_COLUMNS.map((column) => (
                      <option key={column.key} value={column.key}>
                        {column.header}（{column.key}）
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>映射名称</label>
        <input id={`${id}-name`} type="text" value={name} maxLength={60} onChange={(event) => setName(event.target.value)} />
      </div>
      {status ? (
        <p className={`alert ${status.ok ? "ok" : "bad"}`} role="status">
          {status.message}
        </p>
      ) : null}
      <button type="button" className="btn secondary" onClick={save} disabled={pending || name.trim() === ""}>
        {pending ? "正在保存…" : "保存映射并重新预览"}
      </button>
    </details>
  );
}
