import Link from "next/link";

export default function NotFound() {
  return (
    <div className="stack">
      <h1>页面不存在（404）</h1>
      <p className="lead">您访问的地址不存在，或评估链接已失效。</p>
      <p>
        <Link href="/">返回首页</Link> · <Link href="/assess">开始新的评估</Link>
      </p>
    </div>
  );
}
