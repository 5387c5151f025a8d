import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultPage } from "@/app/_result/result-page";
import { resultPath } from "@/lib/assessments/id";
import { pageAccess } from "@/lib/http/assessment-access";
import { versionParamSchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "评估结果", robots: { index: false, follow: false } };

function versionChoice(raw: string | string[] | undefined): number | "latest-submitted" | null {
  if (raw === undefined) return "latest-submitted";
  const version = versionParamSchema.safeParse(raw);
  return version.success ? version.data : null;
}

/**
 * The result page. An assessment the visitor may not read does not exist for them: signed out,
 * they are asked to sign in (whatever the id), signed in, they get the not-found page.
 */
export default async function AssessmentResultPage({ params, searchParams }: Props) {
  const { id } = await params;
  const choice = versionChoice((await searchParams).version);
  if (choice === null) notFound();
  const { access, requester } = await pageAccess(id, resultPath(id));
  return <ResultPage access={access} requester={requester} choice={choice} />;
}
