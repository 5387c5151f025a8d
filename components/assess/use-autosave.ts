"use client";

/**
 * Debounced autosave of the questionnaire as a draft through the public API: the first save
 * creates the assessment (POST) and puts its id into the URL, later saves PUT the open draft.
 * Saves never overlap; a change during a save is saved right after it. When the tab is hidden or
 * closed, pending changes go out at once with `keepalive`, so closing the tab loses nothing.
 * Every save sends the ETag it last saw (`If-Match`): when another tab or person saved in between,
 * the server answers 412 and autosave pauses until the architect reloads or keeps their answers.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { DraftAnswers } from "@/lib/validations/assessment";
import { loadValidation } from "./load-validation";

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; version: number }
  | { kind: "invalid" }
  | { kind: "conflict" }
  | { kind: "error"; message: string };

export interface Autosave {
  state: SaveState;
  /** The assessment id once it exists (for rendering). */
  savedId: string | undefined;
  /** The id as of now (for event handlers, before a re-render). */
  id: () => string | undefined;
  /** Waits for any save in flight and writes pending changes; resolves when done. */
  flush: () => Promise<void>;
  /** Stops saving (after a successful submission). */
  stop: () => void;
  retry: () => void;
  /** The ETag of the last save or read, for a write outside autosave (the submission). */
  etag: () => string | undefined;
  /** Someone else saved in between (a 412): pause until `keepMine` or a reload. */
  conflict: () => void;
  /** Overwrite the other save with this page's answers, then resume autosave. */
  keepMine: () => void;
}

export function useAutosave(
  form: UseFormReturn<DraftAnswers>,
  initialId: string | undefined,
  initialEtag: string | undefined,
  onCreated: (id: string) => void,
): Autosave {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const idRef = useRef(initialId);
  const etagRef = useRef(initialEtag);
  const conflicted = useRef(false);
  const [savedId, setSavedId] = useState(initialId);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onCreatedRef = useRef(onCreated);
  useEffect(() => {
    onCreatedRef.current = onCreated;
  }, [onCreated]);

  const writeOnce = useCallback(
    async (keepalive: boolean) => {
      dirty.current = false;
      const parsed = (await loadValidation()).parseDraft(form.getValues());
      if (!parsed.success) {
        setState({ kind: "invalid" });
        return;
      }
      setState({ kind: "saving" });
      const id = idRef.current;
      try {
        const response = await fetch(id ? `/api/v1/assessments/${id}` : "/api/v1/assessments", {
          method: id ? "PUT" : "POST",
          headers: { "Content-Type": "application/json", ...(id && etagRef.current ? { "If-Match": etagRef.current } : {}) },
          body: JSON.stringify({ ...parsed.data, submit: false }),
          keepalive,
        });
        if (response.status === 412) {
          dirty.current = true;
          conflicted.current = true;
          setState({ kind: "conflict" });
          return;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        etagRef.current = response.headers.get("ETag") ?? undefined;
        const body = (await response.json()) as { id: string; version: number };
        if (!id) {
          idRef.current = body.id;
          setSavedId(body.id);
          onCreatedRef.current(body.id);
        }
        setState({ kind: "saved", at: new Date(), version: body.version });
      } catch (error) {
        dirty.current = true;
        setState({ kind: "error", message: error instanceof Error ? error.message : "网络错误" });
      }
    },
    [form],
  );

  const flush = useCallback(
    async (keepalive = false) => {
      clearTimeout(timer.current);
      while (inflight.current) await inflight.current;
      if (!dirty.current || stopped.current || conflicted.current) return;
      const run = writeOnce(keepalive).finally(() => {
        inflight.current = null;
      });
      inflight.current = run;
      await run;
    },
    [writeOnce],
  );

  useEffect(() => {
    const subscription = form.watch(() => {
      if (stopped.current) return;
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    const onHide = () => {
      if (dirty.current) void flush(true);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") onHide();
    };
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [form, flush]);

  return {
    state,
    savedId,
    id: () => idRef.current,
    flush: () => flush(false),
    stop: () => {
      stopped.current = true;
      clearTimeout(timer.current);
    },
    retry: () => {
      dirty.current = true;
      void flush(false);
    },
    etag: () => etagRef.current,
    conflict: () => {
      conflicted.current = true;
      setState({ kind: "conflict" });
    },
    keepMine: () => {
      conflicted.current = false;
      etagRef.current = undefined;
      dirty.current = true;
      void flush(false);
    },
  };
}
