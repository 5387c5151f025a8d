/**
 * XLSX bytes → keyed rows of one worksheet. A workbook is a ZIP package, and a few MB of it can
 * inflate to gigabytes, so it is read in two steps:
 *
 * 1. here, on the calling thread: the package's central directory, refused as `file-too-complex`
 *    when a part it would inflate declares more than its limit (limits.ts) — a zip bomb costs
 *    a directory read;
 * 2. in a worker thread with its own heap limits and a deadline (xlsx-worker.ts): inflating and
 *    parsing, streamed, with caps on rows, cells and text. A file that still exhausts the worker
 *    is refused; the server process and its other requests are not affected.
 *
 * One worker at a time per process: on the project's two cores, the other one keeps serving.
 */
import { Worker } from "node:worker_threads";
import { ImportFileError } from "./file-errors";
import { fileMessages, limitMessages } from "./file-messages";
import { XLSX_PARSE_TIMEOUT_MS, XLSX_WORKER_LIMITS } from "./limits";
import { TableBuilder } from "./table";
import type { ParsedUpload } from "./types";
import type { XlsxJob, XlsxMessage } from "./xlsx-read";
import { checkWorkbookPackage } from "./zip-package";

export interface XlsxOptions {
  sheet?: string;
  maxRows?: number;
}

/**
 * Under Next the worker entry is bundled to JavaScript. From the TypeScript sources — the import
 * CLI (tsx) and vitest — Node 20 cannot load a .ts entry itself, so the worker loads tsx's
 * CommonJS hook (a devDependency, present wherever the sources run).
 */
const WORKER_EXEC_ARGV = process.env.NEXT_RUNTIME ? undefined : ["--require", "tsx/cjs"];

let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export async function parseXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<ParsedUpload> {
  await checkWorkbookPackage(bytes);
  return oneAtATime(() => readInWorker({ bytes, sheet: options.sheet, maxRows: options.maxRows }));
}

const tooComplex = (message: string) => new ImportFileError("file-too-complex", message);

function readInWorker(job: XlsxJob): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    const table = new TableBuilder({ requireAllCells: false, maxRows: job.maxRows });
    let sheets: string[] = [];
    let sheetUsed = "";
    const worker = new Worker(new URL("./xlsx-worker.ts", import.meta.url), {
      workerData: job,
      resourceLimits: XLSX_WORKER_LIMITS,
      execArgv: WORKER_EXEC_ARGV,
    });
    let settled = false;
    const deadline = setTimeout(() => fail(tooComplex(limitMessages.timeout(XLSX_PARSE_TIMEOUT_MS / 1000))), XLSX_PARSE_TIMEOUT_MS);
    function settle(outcome: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      void worker.terminate();
      outcome();
    }
    function fail(error: unknown) {
      settle(() => reject(error));
    }

    worker.on("message", (message: XlsxMessage) => {
      if (settled) return;
      try {
        if (message.type === "sheets") [sheets, sheetUsed] = [message.sheets, message.sheetUsed];
        else if (message.type === "rows") for (const row of message.rows) table.add(row);
        else if (message.type === "failed") fail(new ImportFileError(message.code, message.message, message.details));
        else if (message.type === "crashed") fail(new Error(`XLSX worker: ${message.message}`));
        else {
          if (!table.hasHeader) throw new ImportFileError("empty-file", fileMessages.emptySheet(sheetUsed), { sheets });
          const { warnings, ...keyed } = table.result();
          const parsed: ParsedUpload = { format: "xlsx", sheets, sheetUsed, ...keyed, dataLines: Math.max(0, message.nonBlankRows - 1) };
          settle(() => resolve(warnings.length ? { ...parsed, warnings } : parsed));
        }
      } catch (error) {
        fail(error);
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      fail(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex(limitMessages.memory) : error);
    });
    worker.on("messageerror", fail);
    worker.on("exit", (code) => fail(new Error(`XLSX worker exited (code ${code}) before answering`)));
  });
}
