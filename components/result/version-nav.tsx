import Link from "next/link";
import type { VersionSummary } from "@/lib/validations/assessment";

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** Every version of the assessment, with who wrote it; the one shown is marked. */
export function VersionNav({ versions, current, hrefFor }: {
  versions: (VersionSummary & { author?: string | null })[];
  current: number;
  hrefFor: (version: number) => string;
}) {
  if (versions.length < 2) return null;
  return (
    <nav aria-label="评估版本" className="version-nav">
      <span className="small muted">版本：</span>
      <ul>
        {versions.map((v) => (
          <li key={v.version}>
            <Link href={hrefFor(v.version)} aria-current={v.version === current ? "page" : undefined}>
              第 {v.version} 版
              <span className="small">
                （{v.status === "submitted" ? `已提交 ${when(v.submittedAt ?? v.updatedAt)}` : "草稿"}
                {v.author ? ` · ${v.author}` : ""}）
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export { when as formatWhen };
