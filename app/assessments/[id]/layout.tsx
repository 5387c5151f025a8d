import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isAssessmentId } from "@/lib/assessments/id";
import { assessmentExists } from "@/lib/data/assessments";

/**
 * Checks the id before the page's loading state streams, so an unknown or malformed id is a real
 * HTTP 404 (caught by app/assessments/not-found.tsx), not a 200 with a not-found message.
 */
export default async function AssessmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isAssessmentId(id) || !(await assessmentExists(id))) notFound();
  return children;
}
