import { describe, expect, it } from "vitest";
import { BACKTEST_PAGE_SIZE, backtestPageSchema, pageOf } from "./page";

describe("backtest paging", () => {
  it("defaults to page 1 of 50 and accepts the bounds", () => {
    expect(backtestPageSchema.parse({})).toEqual({ page: 1, pageSize: BACKTEST_PAGE_SIZE.default });
    expect(backtestPageSchema.parse({ page: "3", pageSize: "200" })).toEqual({ page: 3, pageSize: 200 });
  });

  it.each([
    [{ page: "0" }, "page（页码）最小为 1"],
    [{ page: "1.5" }, "page（页码）必须是整数"],
    [{ page: "abc" }, "page（页码）必须是整数"],
    [{ pageSize: "201" }, "pageSize（每页行数）最大为 200"],
    [{ size: "10" }, "不支持的查询参数：size"],
  ])("refuses %o", (query, message) => {
    expect(backtestPageSchema.safeParse(query).error?.issues[0]?.message).toBe(message);
  });

  it("slices rows and counts pages (at least one, also when empty)", () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    expect(pageOf(rows, 2, 3)).toEqual({ rows: [3, 4, 5], page: 2, pageSize: 3, pages: 3 });
    expect(pageOf(rows, 3, 3).rows).toEqual([6]);
    expect(pageOf(rows, 9, 3).rows).toEqual([]);
    expect(pageOf([], 1, 50)).toEqual({ rows: [], page: 1, pageSize: 50, pages: 1 });
  });
});
