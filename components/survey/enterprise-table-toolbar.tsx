"use client";
/** Search, filters, column switches and export above the enterprise table; paging below it. */
import type { Table } from "@tanstack/react-table";
import { useId } from "react";
import { ARCHITECTURE_TYPES, DISTRICTS, INDUSTRIES, OUTCOMES } from "@/lib/domain/catalog";
import { FIELD_HEADERS, fieldValue } from "@/lib/survey/enterprise-fields";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";
import { FILTER_FIELDS, type FilterField } from "./enterprise-columns";

const ORDER: Record<FilterField, readonly string[]> = {
  district: DISTRICTS,
  industry: INDUSTRIES,
  architectureType: ARCHITECTURE_TYPES,
  outcome: OUTCOMES,
};

/** Options present in the data, in catalogue order, with their counts. */
function optionsFor(records: readonly EnterpriseRecord[], key: FilterField) {
  const counts = new Map<string, { label: string; count: number }>();
  for (const record of records) {
    const entry = counts.get(record[key]) ?? { label: String(fieldValue(record, key)), count: 0 };
    entry.count += 1;
    counts.set(record[key], entry);
  }
  const order = ORDER[key];
  return [...counts.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([value, { label, count }]) => ({ value, label, count }));
}

interface ToolbarProps {
  table: Table<EnterpriseRecord>;
  records: EnterpriseRecord[];
  filteredCount: number;
  onExport: () => void;
}

export function EnterpriseTableToolbar({ table, records, filteredCount, onExport }: ToolbarProps) {
  const id = useId();
  const filtered = filteredCount !== records.length;
  return (
    <div className="card stack table-toolbar">
      <div className="toolbar-grid">
        <div className="field field-search">
          <label htmlFor={`${id}-q`}>搜索</label>
          <input
            id={`${id}-q`}
            type="search"
            placeholder="名称、编号、区、行业……"
            value={(table.getState().globalFilter as string) ?? ""}
            onChange={(event) => table.setGlobalFilter(event.target.value)}
          />
        </div>
        {FILTER_FIELDS.map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{FIELD_HEADERS[key]}</label>
            <select
              id={`${id}-${key}`}
              value={(table.getColumn(key)?.getFilterValue() as string | undefined) ?? ""}
              onChange={(event) => table.getColumn(key)?.setFilterValue(event.target.value || undefined)}
            >
              <option value="">全部</option>
              {optionsFor(records, key).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}（{o.count}）
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="row">
        <p className="small result-count" aria-live="polite" role="status">
          {filtered ? `筛选出 ${filteredCount} 家（共 ${records.length} 家）` : `共 ${records.length} 家`}
        </p>
        <button
          type="button"
          className="btn secondary"
          onClick={() => {
            table.resetColumnFilters();
            table.setGlobalFilter("");
          }}
          disabled={!filtered}
        >
          清空筛选
        </button>
        <button type="button" className="btn" onClick={onExport} disabled={filteredCount === 0}>
          导出 CSV（当前筛选的 {filteredCount} 家）
        </button>
      </div>
      <details className="column-picker">
        <summary>显示列（{table.getVisibleLeafColumns().length} / {table.getAllLeafColumns().length}）</summary>
        <fieldset>
          <legend className="sr-only">选择要显示的列</legend>
          <div className="checkbox-grid">
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={column.id === "code"}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {FIELD_HEADERS[column.id as EnterpriseField]}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
    </div>
  );
}

const PAGE_SIZES = [10, 20, 50] as const;

export function Pagination({ table }: { table: Table<EnterpriseRecord> }) {
  const id = useId();
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getPrePaginationRowModel().rows.length;
  const pages = Math.max(1, table.getPageCount());
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <nav className="row pagination" aria-label="表格分页">
      <button type="button" className="btn secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
        上一页
      </button>
      <span className="small">
        第 {pageIndex + 1} / {pages} 页 · 第 {first}–{last} 条，共 {total} 条
      </span>
      <button type="button" className="btn secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        下一页
      </button>
      <label htmlFor={`${id}-size`} className="inline-label">
        每页
      </label>
      <select
        id={`${id}-size`}
        className="page-size"
        value={pageSize}
        onChange={(event) => table.setPageSize(Number(event.target.value))}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size} 条
          </option>
        ))}
      </select>
    </nav>
  );
}
