/**
 * The import wizard's state machine: the chosen file, mapping and sheet, the request in flight,
 * and its outcome. Both requests (preview and commit) go through `send`, so busy and failure are
 * handled in one place; the reducer decides what each outcome replaces on screen.
 */
import { useReducer } from "react";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/survey-files/limits";
import type { CommitResponse, PreviewResponse, RowError } from "@/lib/survey-import/schemas";
import { problemMessage, sendImport, type ImportHttpResult, type ImportProgress, type ImportRequestOptions } from "./send-import";

type ImportAction = "preview" | "commit";
export type Busy = { action: ImportAction; progress: ImportProgress };
export type Failure = { message: string; stale?: boolean; rows?: RowError[] };

interface WizardState {
  mappings: string[];
  file: File | null;
  mapping: string;
  sheet: string | undefined;
  busy: Busy | null;
  failure: Failure | null;
  preview: PreviewResponse | null;
  committed: CommitResponse | null;
}

type WizardEvent =
  | { type: "file-chosen"; file: File | null }
  | { type: "mapping-chosen"; mapping: string }
  | { type: "mapping-saved"; name: string }
  | { type: "started"; busy: Busy }
  | { type: "progress"; busy: Busy }
  | { type: "previewed"; preview: PreviewResponse }
  | { type: "committed"; result: CommitResponse }
  | { type: "failed"; failure: Failure; dropPreview?: boolean };

function reducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case "file-chosen":
      // A new file makes every earlier answer about the old one meaningless.
      return { ...state, file: event.file, preview: null, committed: null, failure: null, sheet: undefined };
    case "mapping-chosen":
      return { ...state, mapping: event.mapping };
    case "mapping-saved":
      return {
        ...state,
        mappings: state.mappings.includes(event.name) ? state.mappings : [...state.mappings, event.name].sort(),
        mapping: event.name,
      };
    case "started":
      // A new preview also retires the last commit's confirmation; a commit replaces it when done.
      return { ...state, busy: event.busy, failure: null, committed: event.busy.action === "preview" ? null : state.committed };
    case "progress":
      return { ...state, busy: event.busy };
    case "previewed":
      return { ...state, busy: null, preview: event.preview, sheet: event.preview.sheet ?? undefined };
    case "committed":
      return { ...state, busy: null, committed: event.result, preview: null };
    case "failed":
      // A refused preview no longer matches the chosen file; after a network error or a refused
      // commit the last preview stays on screen, so 提交导入 can be tried again from it.
      return { ...state, busy: null, failure: event.failure, preview: event.dropPreview ? null : state.preview };
  }
}

/** What the server's answer to a request means for the wizard. */
function outcome(action: ImportAction, { status, body }: ImportHttpResult): WizardEvent {
  if (action === "preview") {
    if (status === 200) return { type: "previewed", preview: body as PreviewResponse };
    return { type: "failed", failure: { message: problemMessage(body, `预览失败（HTTP ${status}）`) }, dropPreview: true };
  }
  if (status === 201) return { type: "committed", result: body as CommitResponse };
  const rows = (body as { errors?: RowError[] } | null)?.errors;
  return {
    type: "failed",
    failure: { message: problemMessage(body, `提交失败（HTTP ${status}）`), stale: status === 409, rows: status === 422 ? rows : undefined },
  };
}

export function useImportWizard(savedMappings: string[]) {
  const [state, dispatch] = useReducer(reducer, {
    mappings: savedMappings,
    file: null,
    mapping: "",
    sheet: undefined,
    busy: null,
    failure: null,
    preview: null,
    committed: null,
  });

  async function send(action: ImportAction, file: File, options: ImportRequestOptions) {
    dispatch({ type: "started", busy: { action, progress: { phase: "upload", loaded: 0, total: file.size } } });
    try {
      const response = await sendImport(file, options, (progress) => dispatch({ type: "progress", busy: { action, progress } }));
      dispatch(outcome(action, response));
    } catch (error) {
      dispatch({ type: "failed", failure: { message: (error as Error).message } });
    }
  }

  /** Dry run with the chosen file; `options` overrides the mapping or sheet just picked. */
  function preview(options: { mapping?: string; sheet?: string } = {}) {
    const { file } = state;
    const refuse = (message: string) => dispatch({ type: "failed", failure: { message } });
    if (!file) return refuse("请先选择要导入的文件");
    if (file.size > MAX_UPLOAD_BYTES) return refuse(`文件大小超过 ${MAX_UPLOAD_MB} MB 上限；更大的文件请用命令行 npm run survey:import`);
    const mapping = options.mapping ?? state.mapping;
    const sheet = "sheet" in options ? options.sheet : state.sheet;
    void send("preview", file, { dryRun: true, mapping: mapping || undefined, sheet });
  }

  /** Sends the previewed file again with its fingerprint, for the server to write in one transaction. */
  function commit() {
    const { file, preview: shown, mapping, sheet } = state;
    if (!file || !shown) return;
    void send("commit", file, { dryRun: false, mapping: mapping || undefined, sheet, fingerprint: shown.fingerprint });
  }

  return {
    state,
    preview,
    commit,
    chooseFile: (file: File | null) => dispatch({ type: "file-chosen", file }),
    chooseMapping: (mapping: string) => dispatch({ type: "mapping-chosen", mapping }),
    /** A mapping saved from the preview: listed, chosen, and applied by previewing again. */
    mappingSaved: (name: string) => {
      dispatch({ type: "mapping-saved", name });
      preview({ mapping: name });
    },
  };
}
