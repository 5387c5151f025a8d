import Link from "next/link";

export default function ForbiddenPage() {
  return (
    <div className="stack">
      <h1>无权访问（403）</h1>
      <p className="lead">此页面仅限管理员。如需权限，请联系平台管理员。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </div>
  );
}
