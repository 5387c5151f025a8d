"use client";
/**
 * Search, filters, column switches and export above the enterprise table; paging below it. The
 * filters are a plain GET form (it works before the script loads, or without it); with the script
 * each change goes straight to the new URL, the search after a short pause in typing. The export
 * is a GET form too: the browser downloads every matching record from the export route.
 */
import { useEffect, useId, useState } from "react";
import {
  ARCHITECTURE_TYPE_LABELS,
  ARCHITECTURE_TYPES,
  DISTRICT_LABELS,
  DISTRICTS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
} from "@/lib/domain/catalog";
import type { EnterpriseFacets, EnterprisePage } from "@/lib/data/enterprise-query";
import { FIELD_HEADERS } from "@/lib/survey/enterprise-fields";
import {
  ENTERPRISE_FILTER_KEYS,
  MAX_SEARCH_LENGTH,
  TABLE_FIELDS,
  exportSearchParams,
  viewSearchParams,
  type EnterpriseFilterKey,
  type EnterpriseView,
} from "@/lib/survey/enterprise-filters";
import type { GoToView } from "./enterprise-table";

const OPTIONS: Record<EnterpriseFilterKey, { order: readonly string[]; labels: Record<string, string> }> = {
  district: { order: DISTRICTS, labels: DISTRICT_LABELS },
  industry: { order: INDUSTRIES, labels: INDUSTRY_LABELS },
  architectureType: { order: ARCHITECTURE_TYPES, labels: ARCHITECTURE_TYPE_LABELS },
  outcome: { order: OUTCOMES, labels: OUTCOME_LABELS },
};

/** Values present in the data (and the chosen one), in catalogue order, with their counts. */
function optionsFor(facets: EnterpriseFacets, key: EnterpriseFilterKey, chosen: string | undefined) {
  const counts = new Map(facets[key].map((facet) => [facet.value, facet.count]));
  if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
  const { order, labels } = OPTIONS[key];
  return [...counts.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([value, count]) => ({ value, label: labels[value] ?? value, count }));
}

/** Hidden inputs that carry the rest of the view through a plain GET form. */
function HiddenParams({ params }: { params: URLSearchParams }) {
  return [...params.entries()].map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

interface ToolbarProps {
  view: EnterpriseView;
  page: Pick<EnterprisePage, "total" | "count">;
  facets: EnterpriseFacets;
  go: GoToView;
  pending: boolean;
}

export function EnterpriseTableToolbar({ view, page, facets, go, pending }: ToolbarProps) {
  const id = useId();
  const [q, setQ] = useState(view.q);
  // the last search this input sent: a different view.q came from elsewhere (back button, clear)
  const [sent, setSent] = useState(view.q);
  if (view.q !== sent) {
    setSent(view.q);
    setQ(view.q);
  }
  useEffect(() => {
    if (q.trim() === view.q) return;
    const timer = setTimeout(() => {
      setSent(q.trim());
      go({ q: q.trim(), page: 1 }, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [q, view.q, go]);

  const filtered = ENTERPRISE_FILTER_KEYS.some((key) => view[key] !== undefined) || view.q !== "";
  const carried = viewSearchParams(view);
  for (const key of [...ENTERPRISE_FILTER_KEYS, "q", "page"]) carried.delete(key);
  const exportParams = exportSearchParams(view, "csv");
  exportParams.delete("format");

  return (
    <div className="card stack table-toolbar">
      <form
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: q.trim(), page: 1 });
        }}
      >
        <HiddenParams params={carried} />
        <div className="toolbar-grid">
          <div className="field field-search">
            <label htmlFor={`${id}-q`}>搜索</label>
            <input
              id={`${id}-q`}
              name="q"
              type="search"
              maxLength={MAX_SEARCH_LENGTH}
              placeholder="名称、编号、区、行业……"
              value={q}
              onChange={(event) => setQ(event.target.value)}
            />
          </div>
          {ENTERPRISE_FILTER_KEYS.map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-${key}`}>{FIELD_HEADERS[key]}</label>
              <select
                id={`${id}-${key}`}
                name={key}
                value={view[key] ?? ""}
                onChange={(event) => go({ [key]: event.target.value || undefined, page: 1 } as Partial<EnterpriseView>)}
              >
                <option value="">全部</option>
                {optionsFor(facets, key, view[key]).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}（{o.count}）
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <noscript>
          <button type="submit" className="btn secondary">
            筛选
          </button>
        </noscript>
      </form>
      <div className="row">
        <p className="small result-count" aria-live="polite" role="status">
          {filtered ? `筛选出 ${page.count} 家（共 ${page.total} 家）` : `共 ${page.total} 家`}
        </p>
        {pending ? <span className="small muted">正在加载…</span> : null}
        <button
          type="button"
          className="btn secondary"
          onClick={() => {
            setQ("");
            go({ district: undefined, industry: undefined, architectureType: undefined, outcome: undefined, q: "", page: 1 });
          }}
          disabled={!filtered}
        >
          清空筛选
        </button>
        <form method="get" action="/api/v1/enterprises/export" className="row">
          <HiddenParams params={exportParams} />
          <button type="submit" name="format" value="csv" className="btn" disabled={page.count === 0}>
            导出 CSV（当前筛选的 {page.count} 家）
          </button>
          <button type="submit" name="format" value="xlsx" className="btn secondary" disabled={page.count === 0}>
            导出 XLSX
          </button>
        </form>
      </div>
      <details className="column-picker">
        <summary>
          显示列（{view.cols.length} / {TABLE_FIELDS.length}）
        </summary>
        <fieldset>
          <legend className="sr-only">选择要显示的列</legend>
          <div className="checkbox-grid">
            {TABLE_FIELDS.map((key) => (
              <label key={key} className="checkbox">
                <input
                  type="checkbox"
                  checked={view.cols.includes(key)}
                  disabled={key === "code"}
                  onChange={(event) => {
                    const cols = event.target.checked ? [...view.cols, key] : view.cols.filter((col) => col !== key);
                    go({ cols: TABLE_FIELDS.filter((field) => cols.includes(field)) }, { replace: true });
                  }}
                />
                {FIELD_HEADERS[key]}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
    </div>
  );
}

const PAGE_SIZES = [10, 25, 50, 100] as const;

export function Pagination({ page, go }: { page: Pick<EnterprisePage, "page" | "pages" | "pageSize" | "count">; go: GoToView }) {
  const id = useId();
  const first = page.count === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.count, page.page * page.pageSize);
  return (
    <nav className="row pagination" aria-label="表格分页">
      <button type="button" className="btn secondary" onClick={() => go({ page: page.page - 1 })} disabled={page.page <= 1}>
        上一页
      </button>
      <span className="small">
        第 {page.page} / {page.pages} 页 · 第 {first}–{last} 条，共 {page.count} 条
      </span>
      <button type="button" className="btn secondary" onClick={() => go({ page: page.page + 1 })} disabled={page.page >= page.pages}>
        下一页
      </button>
      <label htmlFor={`${id}-size`} className="inline-label">
        每页
      </label>
      <select
        id={`${id}-size`}
        className="page-size"
        value={page.pageSize}
        onChange={(event) => go({ pageSize: Number(event.target.value), page: 1 })}
      >
        {(PAGE_SIZES as readonly number[]).includes(page.pageSize) ? null : <option value={page.pageSize}>{page.pageSize} 条</option>}
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size} 条
          </option>
        ))}
      </select>
    </nav>
  );
}
