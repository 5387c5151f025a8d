/** Dates on the audit pages: Beijing time, to the second (admins compare them with file times). */
const formatter = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

export function formatTime(date: Date): string {
  return formatter.format(date);
}
