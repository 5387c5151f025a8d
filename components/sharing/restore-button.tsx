"use client";

import { useActionState } from "react";
import { restoreAssessment } from "@/app/assessments/[id]/sharing/actions";
import { Status } from "@/components/form-status";

export function RestoreButton({ assessmentId, name }: { assessmentId: string; name: string }) {
  const [state, action, pending] = useActionState(restoreAssessment, null);
  return (
    <form action={action}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`恢复「${name}」`}>
        恢复
      </button>
      <Status state={state} />
    </form>
  );
}
