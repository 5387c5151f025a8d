/**
 * `npm run survey:import -- <file> [--sheet NAME] [--mapping NAME] [--dry-run] [--as EMAIL] [--max-size MB]`
 * The same preview and commit service as the admin page and the API. Exit codes: 0 committed (or
 * a clean dry run), 1 rows invalid / refused (nothing committed), 2 bad usage or unreadable file.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors";
import { isImportFileError, MAX_UPLOAD_BYTES, previewMessages } from "@/lib/survey-files";
import type { Db } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/migrations";
import { isPostgresUrl } from "@/lib/env";
import { resolveAdmin } from "./actors";
import { commitImport, type CommitHooks } from "./commit";
import { rowErrors } from "./dto";
import { rowErrorLine } from "./messages";
import { previewUpload, type UploadPreview } from "./preview";

export const CLI_USAGE = `用法：npm run survey:import -- <文件> [--sheet 工作表] [--mapping 映射名] [--dry-run] [--as 管理员邮箱] [--max-size MB]
  <文件>        CSV（UTF-8 / GBK）、XLSX 或 JSON，按内容识别格式
  --sheet       XLSX 的工作表名（默认第一个）
  --mapping     已保存的列映射名称
  --dry-run     只校验和预览，不写入数据库
  --as          以哪个管理员的身份提交（默认：唯一的管理员）
  --max-size    文件大小上限（MB，默认 ${MAX_UPLOAD_BYTES / 1024 / 1024}）
退出码：0 成功；1 有无效行或提交被拒绝（未写入任何记录）；2 用法错误或文件无法读取`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  databaseUrl: string;
  root: string;
  openDb: (url: string) => Db;
  /** Test seam for the kill test: pause this long just before COMMIT. */
  pauseBeforeCommitMs?: number;
  /** A full garbage collection, if the process can ask for one (large imports call it between steps). */
  collectGarbage?: () => void;
}

/** From this many rows on, the CLI reports progress and collects garbage between statements. */
const LARGE_IMPORT_ROWS = 10_000;

export type CliArgs =
  | { ok: true; file: string; sheet?: string; mapping?: string; dryRun: boolean; as?: string; maxBytes: number }
  | { ok: false; message: string };

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        mapping: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        as: { type: "string" },
        "max-size": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: false, message: "" };
  if (positionals.length !== 1) return { ok: false, message: positionals.length ? "只能指定一个文件" : "请指定要导入的文件" };
  const maxMb = values["max-size"] === undefined ? MAX_UPLOAD_BYTES / 1024 / 1024 : Number(values["max-size"]);
  if (!Number.isFinite(maxMb) || maxMb <= 0 || maxMb > 2048) return { ok: false, message: "--max-size 应为 1–2048 之间的数字（MB）" };
  return {
    ok: true,
    file: positionals[0]!,
    sheet: values.sheet,
    mapping: values.mapping,
    dryRun: values["dry-run"] ?? false,
    as: values.as,
    maxBytes: Math.round(maxMb * 1024 * 1024),
  };
}

export async function runImportCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    if (args.message) io.err(`错误：${args.message}`);
    io.err(CLI_USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args.file));
  } catch (error) {
    io.err(`错误：无法读取文件 ${args.file}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
    return 2;
  }
  if (!isPostgresUrl(io.databaseUrl)) {
    const file = sqliteFilePath(io.databaseUrl, io.root);
    if (!existsSync(file)) {
      io.err(`错误：数据库 ${file} 不存在（请先运行 npm run db:seed）`);
      return 2;
    }
  }
  const db = io.openDb(io.databaseUrl);
  try {
    return await importWith(db, args, bytes, io);
  } catch (error) {
    if (isAppError(error)) {
      io.err(`错误：${error.title}${error.detail ? `：${error.detail}` : ""}`);
      // An unusable file or mapping is the caller's to fix before anything can be checked: exit 2.
      return isImportFileError(error) || error.code === "mapping-not-found" ? 2 : 1;
    }
    io.err(`错误：${(error as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

async function importWith(db: Db, args: Extract<CliArgs, { ok: true }>, bytes: Uint8Array, io: CliIo): Promise<number> {
  const actor = await resolveAdmin(db, args.as);
  if (!actor.ok) {
    io.err(`错误：${actor.message}`);
    return 2;
  }
  const upload = await previewUpload(db, {
    bytes,
    fileName: path.basename(args.file),
    sheet: args.sheet,
    mappingName: args.mapping,
    maxBytes: args.maxBytes,
  });
  printPreview(upload, io);
  io.collectGarbage?.();
  if (!upload.preview.canCommit) {
    io.err("有无效行，未写入任何记录。");
    return 1;
  }
  if (args.dryRun) {
    io.out("试运行（--dry-run）：校验通过，未写入数据库。");
    return 0;
  }
  const hooks: CommitHooks = { afterWrite: largeImportProgress(io) };
  if (io.pauseBeforeCommitMs) {
    const pause = io.pauseBeforeCommitMs;
    hooks.beforeCommit = async () => {
      io.err("SURVEY_IMPORT_PAUSED_BEFORE_COMMIT");
      await new Promise((resolve) => setTimeout(resolve, pause));
    };
  }
  const result = await commitImport(db, { upload, actorId: actor.id, expectedFingerprint: upload.fingerprint }, { hooks });
  const { created, updated, unchanged } = result.counts;
  io.out(`已提交批次 ${result.batchId}（${actor.email}）：新增 ${created} 条，更新 ${updated} 条，未变 ${unchanged} 条。`);
  return 0;
}

/** Every 10 % of a large import: a progress line, and a chance for the heap to shrink. */
function largeImportProgress(io: CliIo): CommitHooks["afterWrite"] {
  let reported = { stage: "", step: 0 };
  return (written, total, stage) => {
    if (total < LARGE_IMPORT_ROWS) return;
    const step = Math.floor((written / total) * 10);
    if (stage === reported.stage && step === reported.step) return;
    reported = { stage, step };
    io.collectGarbage?.();
    io.out(`${stage === "records" ? "写入企业记录" : "写入审计记录"}：${written} / ${total}`);
  };
}

function printPreview({ preview, fileName, sha256 }: UploadPreview, io: CliIo): void {
  const { file, plan } = preview;
  const details = [file.format.toUpperCase(), file.encoding, file.sheetUsed ? `工作表「${file.sheetUsed}」` : null].filter(Boolean).join("，");
  io.out(`文件：${fileName}（${details}），${previewMessages.lines(file.dataLines, file.rowCount)}，SHA-256 ${sha256}`);
  for (const warning of preview.warnings) io.out(`提示：${warning}`);
  for (const error of preview.fileErrors) io.err(`文件错误：${error}`);
  for (const error of rowErrors(preview)) io.err(rowErrorLine(error));
  const { total, listed, rows, byColumn } = preview.errorSummary;
  if (total > listed) {
    io.err(previewMessages.omittedErrors(total - listed, total, rows));
    io.err(previewMessages.errorsByColumn(byColumn.slice(0, 5)));
  }
  const { new: created, update, unchanged, error } = plan.counts;
  io.out(`预览：新增 ${created} 条，更新 ${update} 条，未变 ${unchanged} 条，错误 ${error} 行。`);
}
