/** The measured figures of the two Tianjin cloud nodes (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2), as table rows. */
import { numberText } from "./format";

export interface CloudNodeRecord {
  id: string;
  name: string;
  connectMs: number | null;
  connectNote: string | null;
  iops: number | null;
  storageRttUs: number | null;
  offsetFlushMs: number | null;
  syncSuccessRate: number | null;
  notes: string | null;
}

type Metric = "connectMs" | "iops" | "storageRttUs" | "offsetFlushMs" | "syncSuccessRate";

export const CLOUD_METRICS: readonly { key: Metric; label: string; unit: string }[] = [
  { key: "connectMs", label: "自天津 IDC 的 TCP 建连耗时（均值）", unit: "ms" },
  { key: "iops", label: "平均磁盘 IOPS", unit: "" },
  { key: "storageRttUs", label: "存储网络 RTT", unit: "μs" },
  { key: "offsetFlushMs", label: "CDC 同步 offset.flush.interval.ms", unit: "ms" },
  { key: "syncSuccessRate", label: "事务同步成功率", unit: "%" },
];

/** Rows = metrics, columns = nodes; a null is shown as truncated / not given, never a guess. */
export function cloudNodeTable(nodes: readonly CloudNodeRecord[]) {
  return CLOUD_METRICS.map(({ key, label, unit }) => ({
    key,
    label,
    cells: nodes.map((node) => ({
      text: numberText(node[key], unit),
      missing: node[key] === null,
    })),
  }));
}
