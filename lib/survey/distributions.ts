/**
 * Counts of survey records by one field (district, industry, architecture type, Go version,
 * outcome), with Chinese labels and each bucket's share of the records that answered.
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { Distribution } from "./schemas";

export interface DistributionOptions<K extends string> {
  /** Buckets in this order; keys outside it follow, sorted. */
  keys?: readonly K[];
  labels?: Partial<Record<string, string>> | ((key: string) => string);
  /** Keep buckets with no record (default: drop them). */
  keepEmpty?: boolean;
  /** Sort buckets by count, largest first (ties keep key order). */
  byCount?: boolean;
}

export function distribution<K extends string>(
  records: readonly EnterpriseRecord[],
  value: (record: EnterpriseRecord) => K | null,
  { keys = [], labels = {}, keepEmpty = false, byCount = false }: DistributionOptions<K> = {},
): Distribution {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  let unanswered = 0;
  for (const record of records) {
    const key = value(record);
    if (key === null) unanswered += 1;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const answered = records.length - unanswered;
  const known = new Set<string>(keys);
  const extra = [...counts.keys()].filter((key) => !known.has(key)).sort(compareKeys);
  let buckets = [...keys, ...extra].map((key) => {
    const count = counts.get(key) ?? 0;
    return {
      key,
      label: (typeof labels === "function" ? labels(key) : labels[key]) ?? key,
      count,
      percent: answered === 0 ? null : Math.round((10000 * count) / answered) / 100,
    };
  });
  if (!keepEmpty) buckets = buckets.filter((bucket) => bucket.count > 0);
  if (byCount) buckets = buckets.map((b, i) => ({ b, i })).sort((x, y) => y.b.count - x.b.count || x.i - y.i).map(({ b }) => b);
  return { answered, unanswered, buckets };
}

/** "1.9" < "1.18" < "1.22": compares dotted numbers numerically, anything else as text. */
export function compareKeys(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  if (pa.every(Number.isFinite) && pb.every(Number.isFinite)) {
    for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
      const d = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
  return a.localeCompare(b, "zh-CN");
}
