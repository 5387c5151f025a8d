import type { Metadata } from "next";
import Link from "next/link";
import { ResultPage } from "@/app/_result/result-page";
import { assessmentAccess } from "@/lib/data/access";
import { lookUpShareLink } from "@/lib/data/sharing";
import { db } from "@/lib/db";
import { pageRequester } from "@/lib/http/requester";
import { versionParamSchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "分享的评估", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const CLOSED: Record<"revoked" | "expired" | "deleted" | "unknown", { title: string; text: string }> = {
  revoked: { title: "分享链接已撤销", text: "评估的所有者撤销了这个只读链接，它不再能打开评估。如需查看，请向所有者索取新的链接。" },
  expired: { title: "分享链接已过期", text: "这个只读链接设定的有效期已过。如需查看，请向评估的所有者索取新的链接。" },
  deleted: { title: "评估已被删除", text: "评估的所有者把这份评估移入了回收站，链接暂时无法打开。" },
  unknown: { title: "链接无效", text: "没有这个分享链接，或链接不完整：请检查是否完整复制了链接。" },
};

/** A read-only link: the result for anyone holding it, until it is revoked or expires. */
export default async function SharedAssessmentPage({ params, searchParams }: Props) {
  const { token } = await params;
  const link = await lookUpShareLink(db, token);
  const version = (await searchParams).version;
  const choice = version === undefined ? "latest-submitted" : versionParamSchema.safeParse(version).data;
  if (link.status !== "valid" || choice === undefined) {
    const closed = CLOSED[link.status === "valid" ? "unknown" : link.status];
    return (
      <div className="stack">
        <h1 data-testid="share-closed">{closed.title}</h1>
        <div className="card empty-state">
          <p>{closed.text}</p>
          <Link className="btn secondary" href="/">
            返回首页
          </Link>
        </div>
      </div>
    );
  }
  const { requester } = await pageRequester(token);
  const access = await assessmentAccess(db, link.assessmentId, requester);
  // The link is valid, so the policy grants at least read; a signed-in owner or editor keeps their rights.
  if (!access?.read) throw new Error("a valid share link did not grant read access");
  return <ResultPage access={access} requester={requester} choice={choice} shareToken={token} />;
}
