"use client";

/**
 * The preview, one line per file row: status, code, name and what happens — errors by column for
 * invalid rows, field changes for updates. Filter by status, 50 rows a page (@tanstack/react-table).
 * On a phone each row is a card (`table.stacked`), every cell named by its column (`data-label`),
 * and the sort buttons stay above the cards.
 */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { PreviewResponse, PreviewRow } from "@/lib/survey-import/schemas";
import { STATUS_BADGES, STATUS_LABELS } from "./labels";

type Status = PreviewRow["status"];
const STATUSES: Status[] = ["error", "new", "update", "unchanged"];
const column = createColumnHelper<PreviewRow>();

function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge ${STATUS_BADGES[status]}`}>{STATUS_LABELS[status]}</span>;
}

function RowDetails({ row }: { row: PreviewRow }) {
  if (row.errors.length === 0 && row.changes.length === 0 && row.warnings.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="import-details">
      {row.errors.map((error, index) => (
        <li key={`e${index}`} className="import-error">
          {error.column ? <strong>[{error.column}]</strong> : null} {error.message}
        </li>
      ))}
      {row.changes.map((change) => (
        <li key={change.field}>
          <strong>{change.column}</strong>：<span className="import-before">{change.before ?? "（空）"}</span> → {change.after ?? "（空）"}
        </li>
      ))}
      {row.warnings.map((warning, index) => (
        <li key={`w${index}`} className="import-warning">
          {warning.column ? <strong>[{warning.column}]</strong> : null} {warning.message}
        </li>
      ))}
    </ul>
  );
}

const columns = [
  column.accessor("row", { header: "行号", cell: (info) => info.getValue() }),
  column.accessor("status", {
    header: "状态",
    cell: (info) => <StatusBadge status={info.getValue()} />,
    filterFn: (row, id, value: Status | undefined) => !value || row.getValue(id) === value,
  }),
  column.accessor("code", { header: "企业编号", cell: (info) => info.getValue() ?? "—" }),
  column.accessor("label", { header: "企业名称", cell: (info) => info.getValue() ?? "—" }),
  column.display({ id: "details", header: "错误 / 变更", cell: (info) => <RowDetails row={info.row.original} /> }),
];

export function PreviewTable({ preview }: { preview: PreviewResponse }) {
  const [filters, setFilters] = useState<ColumnFiltersState>(() => (preview.counts.error > 0 ? [{ id: "status", value: "error" }] : []));
  const [sorting, setSorting] = useState<SortingState>([]);
  const data = useMemo(() => preview.rows, [preview.rows]);
  // The React Compiler is not enabled; useReactTable's instance is meant to be used as is.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { columnFilters: filters, sorting },
    onColumnFiltersChange: setFilters,
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: 50 } },
  });
  const active = (filters.find((filter) => filter.id === "status")?.value as Status | undefined) ?? null;
  const choose = (status: Status | null) => {
    setFilters(status ? [{ id: "status", value: status }] : []);
    table.setPageIndex(0);
  };
  const { pageIndex } = table.getState().pagination;

  return (
    <section aria-labelledby="preview-rows-heading" className="stack">
      <h2 id="preview-rows-heading">逐行预览</h2>
      <div className="row" role="group" aria-label="按状态筛选">
        <button type="button" className="btn secondary" aria-pressed={active === null} onClick={() => choose(null)}>
          全部（{preview.counts.total}）
        </button>
        {STATUSES.map((status) => (
          <button key={status} type="button" className="btn secondary" aria-pressed={active === status} onClick={() => choose(status)} disabled={preview.counts[status] === 0}>
            {STATUS_LABELS[status]}（{preview.counts[status]}）
          </button>
        ))}
      </div>
      <div className="table-scroll">
        <table className="data stacked import-preview">
          <caption className="sr-only">导入预览：每行的状态、错误与变更</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="th-sort" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-status={row.original.status}>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cell.column.id === "row" ? "num" : undefined}
                    data-label={typeof cell.column.columnDef.header === "string" ? cell.column.columnDef.header : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.getPageCount() > 1 ? (
        <nav className="row" aria-label="预览分页">
          <button type="button" className="btn secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            上一页
          </button>
          <span>
            第 {pageIndex + 1} / {table.getPageCount()} 页
          </span>
          <button type="button" className="btn secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            下一页
          </button>
        </nav>
      ) : null}
    </section>
  );
}
