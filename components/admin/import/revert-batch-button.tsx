"use client";

/**
 * Revert with a confirmation step: the first button asks, the second one does it. Stays mounted
 * after the revert (the page re-renders as "reverted") so that its result message remains.
 */
import { useActionState, useId, useState } from "react";
import { revertBatchAction } from "@/app/admin/batches/actions";

interface Props {
  batchId: string;
  created: number;
  updated: number;
  reverted: boolean;
}

export function RevertBatchButton({ batchId, created, updated, reverted }: Props) {
  const id = useId();
  const [state, action, pending] = useActionState(revertBatchAction, null);
  const [confirming, setConfirming] = useState(false);
  if (state?.ok) {
    return (
      <p className="alert ok" role="status">
        {state.message}
      </p>
    );
  }
  if (reverted) return null;
  return (
    <div className="stack">
      {confirming ? (
        <form action={action} className="alert warn" aria-labelledby={`${id}-question`}>
          <input type="hidden" name="batchId" value={batchId} />
          <p id={`${id}-question`} style={{ marginTop: 0 }}>
            确认回滚此批次？将删除本批次新增的 {created} 条记录，并把更新过的 {updated} 条记录恢复为导入前的内容。此操作在一个事务中完成。
          </p>
          <div className="row">
            <button type="submit" className="btn danger" disabled={pending}>
              {pending ? "正在回滚…" : "确认回滚"}
            </button>
            <button type="button" className="btn secondary" onClick={() => setConfirming(false)} disabled={pending}>
              取消
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="btn danger" onClick={() => setConfirming(true)}>
          回滚此批次
        </button>
      )}
      {state && !state.ok ? (
        <p className="alert bad" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
