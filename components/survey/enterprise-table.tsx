"use client";
/**
 * Every survey record in @tanstack/react-table v8: sorting, filters by district / industry /
 * architecture type / outcome, free-text search, column visibility, pagination, a detail row per
 * record, and a CSV of the current filtered view (all pages, visible columns, current order)
 * built in the browser by lib/survey/csv.ts.
 */
import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type ExpandedState,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import { Fragment, useMemo, useState } from "react";
import { ScrollRegion } from "@/components/charts/scroll-region";
import { csvFileName, enterprisesCsv } from "@/lib/survey/csv";
import { ENTERPRISE_FIELDS, FIELD_HEADERS, fieldText, searchText } from "@/lib/survey/enterprise-fields";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";
import { downloadText } from "./download";
import { enterpriseColumns, initialVisibility } from "./enterprise-columns";
import { EnterpriseTableToolbar, Pagination } from "./enterprise-table-toolbar";

const SORT_LABEL = { asc: "升序", desc: "降序" } as const;

export function EnterpriseTable({ records }: { records: EnterpriseRecord[] }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: "code", desc: false }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState("");
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(initialVisibility);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const haystack = useMemo(() => new Map(records.map((r) => [r.code, searchText(r)])), [records]);

  // The React Compiler is not enabled; useReactTable's instance is meant to be used as is.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: records,
    columns: enterpriseColumns,
    state: { sorting, columnFilters, globalFilter, columnVisibility, expanded },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    onExpandedChange: setExpanded,
    getRowId: (record) => record.code,
    getRowCanExpand: () => true,
    globalFilterFn: (row, _columnId, value: string) =>
      value
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .every((term) => (haystack.get(row.original.code) ?? "").includes(term)),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    initialState: { pagination: { pageSize: 10 } },
  });

  const visible = table.getVisibleLeafColumns();
  const filteredCount = table.getFilteredRowModel().rows.length;

  function exportCsv() {
    const rows = table.getPrePaginationRowModel().rows.map((row) => row.original);
    const fields = visible.map((column) => column.id as EnterpriseField);
    downloadText(enterprisesCsv(rows, fields), csvFileName());
  }

  return (
    <div className="stack enterprise-table">
      <EnterpriseTableToolbar table={table} records={records} onExport={exportCsv} filteredCount={filteredCount} />
      <ScrollRegion label="调研企业表（可横向滚动）">
        <table className="data">
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
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
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
      <Pagination table={table} />
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
