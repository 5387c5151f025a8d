/**
 * How the report prints numbers, durations and dates. Pure functions, shared by the PDF and the
 * download filename, so a figure reads the same everywhere.
 */
import { formatDuration } from "@/lib/assessments/format";

/** Durations read as on the result page (seed 001 §4.1 units). */
export { formatDuration };

/** RTO "≤ 2 小时"; an RPO of 0 reads "= 0 秒" (no data loss), as the seed writes it. */
export function formatBound(seconds: number): string {
  return seconds === 0 ? `= ${formatDuration(0)}` : `≤ ${formatDuration(seconds)}`;
}

/** The pruning score, three decimals: weights have two and factors two (0.40 × 0.92 = 0.368). */
export function formatScore(score: number): string {
  return score.toFixed(3);
}

/** A factor or a weight, two decimals as in the seed (0.92, 0.40). */
export function formatRatio(value: number): string {
  return value.toFixed(2);
}

/** A signed distance to a threshold: "+0.22", "−0.05", "0.00". */
export function formatSigned(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return "0.00";
  return rounded > 0 ? `+${rounded.toFixed(2)}` : `−${Math.abs(rounded).toFixed(2)}`;
}

/** Any other number: at most four decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return String(Math.round(value * 10_000) / 10_000);
}

/** File size in binary units as viewers show them: "812 B", "52.1 KB", "1.3 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "—";
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Beijing time has no daylight saving, so a fixed offset gives the same answer on every server. */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function beijing(date: Date): CivilTime {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026 年 11 月 22 日" (Beijing date). */
export function formatDateLong(date: Date): string {
  const t = beijing(date);
  return `${t.year} 年 ${t.month} 月 ${t.day} 日`;
}

/** "2026-11-22 14:30（北京时间）". */
export function formatDateTime(date: Date): string {
  const t = beijing(date);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}（北京时间）`;
}

/** "20261122" (Beijing date), for filenames. */
export function formatDateCompact(date: Date): string {
  const t = beijing(date);
  return `${t.year}${pad(t.month)}${pad(t.day)}`;
}

/** Free text printed on one line (system names in headers and metadata): whitespace runs become one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
