/**
 * Entry of the XLSX worker thread started by parse-xlsx.ts: reads the workbook it is given and
 * posts the outcome. An expected failure travels as its code and message (an ImportFileError does
 * not survive the thread boundary as a class); anything else as "crashed", a bug for the server's
 * log.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isImportFileError } from "./file-errors";
import { readWorkbook, type XlsxJob, type XlsxMessage } from "./xlsx-read";

const port = parentPort;
if (port) {
  const post = (message: XlsxMessage) => port.postMessage(message);
  readWorkbook(workerData as XlsxJob, post).catch((error: unknown) => {
    if (isImportFileError(error)) post({ type: "failed", code: error.code, message: error.message, details: error.details });
    else post({ type: "crashed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
}
