"use client";
/**
 * One page of the survey records in @tanstack/react-table v8, paged, sorted and filtered on the
 * server (manual pagination / sorting / filtering): every change of view — sort, filters, search,
 * page, page size, columns — becomes a new URL, and the server renders that view. So a reload, a
 * bookmark or the back button restores it. Only the expanded detail rows are local state.
 */
import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  useReactTable,
  type ExpandedState,
} from "@tanstack/react-table";
import { usePathname, useRouter } from "next/navigation";
import { Fragment, useCallback, useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { ScrollRegion } from "@/components/charts/scroll-region";
import type { EnterpriseFacets, EnterprisePage } from "@/lib/data/enterprise-query";
import { ENTERPRISE_FIELDS, FIELD_HEADERS, fieldText } from "@/lib/survey/enterprise-fields";
import { viewSearchParams, type EnterpriseView } from "@/lib/survey/enterprise-filters";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";
import { enterpriseColumns, visibilityOf } from "./enterprise-columns";
import { EnterpriseTableToolbar, Pagination } from "./enterprise-table-toolbar";

const SORT_LABEL = { asc: "升序", desc: "降序" } as const;

/** Moves to another view of the table: a new URL, rendered by the server. */
export type GoToView = (next: Partial<EnterpriseView>, options?: { replace?: boolean }) => void;

interface Props {
  view: EnterpriseView;
  page: Omit<EnterprisePage, "items"> & { items: EnterpriseRecord[] };
  facets: EnterpriseFacets;
}

export function EnterpriseTable({ view, page, facets }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // The controls show the view asked for at once (a ticked column stays ticked) while the server renders it.
  const [shownView, showView] = useOptimistic(view);
  const [expanded, setExpanded] = useState<ExpandedState>({});

  // The view last asked for: a second change made before the server has answered the first
  // (a column switched right after a filter) builds on it instead of undoing the first.
  const requested = useRef<EnterpriseView | null>(null);
  useEffect(() => {
    requested.current = null;
  }, [view]);

  const go = useCallback<GoToView>(
    (next, { replace = false } = {}) => {
      const target = { ...(requested.current ?? view), ...next };
      requested.current = target;
      const query = viewSearchParams(target).toString();
      const href = query ? `${pathname}?${query}` : pathname;
      startTransition(() => {
        showView(target);
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [view, pathname, router, showView],
  );

  // The React Compiler is not enabled; useReactTable's instance is meant to be used as is.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: page.items,
    columns: enterpriseColumns,
    state: {
      sorting: [{ id: view.sort, desc: view.order === "desc" }],
      columnVisibility: visibilityOf(view.cols),
      pagination: { pageIndex: page.page - 1, pageSize: page.pageSize },
      expanded,
    },
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount: page.pages,
    rowCount: page.count,
    onExpandedChange: setExpanded,
    getRowId: (record) => record.code,
    getRowCanExpand: () => true,
    getCoreRowModel: getCoreRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });

  const visible = table.getVisibleLeafColumns();
  const toggleSort = (key: EnterpriseField) =>
    go({ sort: key, order: view.sort === key && view.order === "asc" ? "desc" : "asc", page: 1 });

  return (
    <div className="stack enterprise-table">
      <EnterpriseTableToolbar view={shownView} page={page} facets={facets} go={go} pending={pending} />
      <ScrollRegion label="调研企业表（可横向滚动）">
        <table className="data" aria-busy={pending}>
          <caption className="sr-only">调研企业（重构记录），点击列标题排序</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th scope="col">
                  <span className="sr-only">详情</span>
                </th>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.columnDef.meta?.numeric ? "num" : undefined}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                    >
                      <button type="button" className="sort-button" onClick={() => toggleSort(header.column.id as EnterpriseField)}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        <span className="sr-only">{sorted ? `（${SORT_LABEL[sorted]}，点击切换）` : "（点击排序）"}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={visible.length + 1}>没有符合条件的企业，请放宽筛选或清空搜索。</td>
              </tr>
            ) : null}
            {table.getRowModel().rows.map((row) => (
              <Fragment key={row.id}>
                <tr className={row.original.outcome === "counter-example" ? "row-counter" : undefined}>
                  <td>
                    <button
                      type="button"
                      className="expand-button"
                      aria-expanded={row.getIsExpanded()}
                      aria-controls={`detail-${row.id}`}
                      onClick={row.getToggleExpandedHandler()}
                    >
                      <span aria-hidden="true">{row.getIsExpanded() ? "−" : "+"}</span>
                      <span className="sr-only">
                        {row.getIsExpanded() ? "收起" : "展开"} {row.original.code} 详情
                      </span>
                    </button>
                  </td>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? "num" : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
                {row.getIsExpanded() ? (
                  <tr className="detail-row" id={`detail-${row.id}`}>
                    <td colSpan={visible.length + 1}>
                      <RecordDetail record={row.original} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={page} go={go} />
    </div>
  );
}

function RecordDetail({ record }: { record: EnterpriseRecord }) {
  return (
    <dl className="detail-list" aria-label={`${record.code} ${record.label} 的全部字段`}>
      {ENTERPRISE_FIELDS.map((key) => (
        <div key={key}>
          <dt>{FIELD_HEADERS[key]}</dt>
          <dd>{fieldText(record, key)}</dd>
        </div>
      ))}
    </dl>
  );
}
