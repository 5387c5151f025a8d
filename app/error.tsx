"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="stack" role="alert">
      <h1>出错了</h1>
      <p className="lead">页面加载失败，可能是服务暂时不可用。您的已保存内容不会丢失。</p>
      <button className="btn" type="button" onClick={reset}>
        重试
      </button>
    </div>
  );
}
