"use client";

import type { SaveState } from "./use-autosave";

// Beijing time, as everywhere else (the result page, the PDF), whatever the browser's zone.
const time = (date: Date) => date.toLocaleTimeString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });

interface SaveStatusProps {
  state: SaveState;
  onRetry: () => void;
  onKeepMine: () => void;
  shareUrl?: string;
}

/** "已保存" and friends, announced politely; the edit link to come back to later. */
export function SaveStatus({ state, onRetry, onKeepMine, shareUrl }: SaveStatusProps) {
  return (
    <div className="save-status">
      <p role="status" aria-live="polite">
        {state.kind === "idle" ? <span className="muted">答案会自动保存为草稿</span> : null}
        {state.kind === "saving" ? <span className="muted">正在保存…</span> : null}
        {state.kind === "saved" ? (
          <>
            <span className="badge ok">已保存</span> <span className="small muted">第 {state.version} 版草稿 · {time(state.at)}</span>
          </>
        ) : null}
        {state.kind === "invalid" ? <span className="badge warn">有字段未通过校验，修正后自动保存</span> : null}
        {state.kind === "error" ? <span className="badge bad">保存失败</span> : null}
        {state.kind === "conflict" ? <span className="badge bad">他处已保存新内容</span> : null}
      </p>
      {state.kind === "conflict" ? (
        <div className="alert warn" role="alert">
          <p>在你修改期间，另一个标签页或他人保存了这份评估，本页的修改尚未保存。</p>
          <div className="row">
            <button type="button" className="btn secondary" onClick={() => window.location.reload()}>
              重新加载（放弃本页修改）
            </button>
            <button type="button" className="btn" onClick={onKeepMine}>
              保留我的修改（覆盖）
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === "error" ? (
        <button type="button" className="btn secondary" onClick={onRetry}>
          重试保存
        </button>
      ) : null}
      {shareUrl ? (
        <p className="small muted">
          稍后继续：收藏或复制本页地址（<a href={shareUrl}>继续填写链接</a>）。
        </p>
      ) : null}
    </div>
  );
}
