"use client";

export default function AssessmentError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="stack" role="alert">
      <h1>评估结果暂时无法显示</h1>
      <p className="lead">服务可能暂时不可用。您的答案与已提交的版本都已保存，不会丢失。</p>
      <button className="btn" type="button" onClick={reset}>
        重试
      </button>
    </div>
  );
}
