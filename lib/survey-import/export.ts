/** The current survey as a download, in the layout the import reads (a round trip changes nothing). */
import { exportCsv, exportXlsx } from "@/lib/survey-files";
import type { Db } from "@/lib/db/client";
import { loadEnterpriseRecords } from "./records";

export interface SurveyExport {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

export async function exportSurvey(db: Db, format: "csv" | "xlsx", now = new Date()): Promise<SurveyExport> {
  const records = await loadEnterpriseRecords(db);
  const stamp = now.toISOString().slice(0, 10);
  if (format === "xlsx") {
    return {
      bytes: await exportXlsx(records),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `tj-go-survey-${stamp}.xlsx`,
    };
  }
  return { bytes: exportCsv(records), contentType: "text/csv; charset=utf-8", fileName: `tj-go-survey-${stamp}.csv` };
}
