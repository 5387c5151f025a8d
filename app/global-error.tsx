"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <h1>出错了</h1>
          <p>应用遇到了意外错误，请稍后重试。</p>
          <button type="button" onClick={reset}>
            重试
          </button>
        </main>
      </body>
    </html>
  );
}
