/**
 * `?page=&pageSize=` of a paged list (the backtest rows): whole numbers within bounds, or a 400
 * naming the parameter. Unknown parameters are refused too, so a typo is not silently page 1.
 */
import { z } from "@/lib/validations/zod";

export const BACKTEST_PAGE_SIZE = { default: 50, max: 200 } as const;

const whole = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name}必须是整数` })
    .int(`${name}必须是整数`)
    .min(1, `${name}最小为 1`)
    .max(max, `${name}最大为 ${max}`);

export const backtestPageSchema = z.strictObject(
  {
    page: whole("page（页码）", 1_000_000).default(1),
    pageSize: whole("pageSize（每页行数）", BACKTEST_PAGE_SIZE.max).default(BACKTEST_PAGE_SIZE.default),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `不支持的查询参数：${issue.keys.join("、")}` : undefined) },
);

/** One page of `rows` with where it sits. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number) {
  return {
    rows: rows.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    pages: Math.max(1, Math.ceil(rows.length / pageSize)),
  };
}
