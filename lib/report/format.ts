/**
 * What only the PDF prints: the attached script's size, dates in Beijing time (also the download
 * filename's date) and one-line free text. Figures and the trace come from lib/assessments/format,
 * shared with the result page.
 */

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
