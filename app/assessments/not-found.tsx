import Link from "next/link";

export default function AssessmentNotFound() {
  return (
    <div className="stack">
      <h1>找不到这份评估</h1>
      <p className="lead">链接可能不完整（评估编号为 24 个字符），或者该版本不存在。</p>
      <p>
        <Link className="btn" href="/assess">
          开始新的评估
        </Link>
      </p>
    </div>
  );
}
