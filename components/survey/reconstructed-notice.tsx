import { RECONSTRUCTED_NOTICE } from "@/lib/survey/notices";

/** Said visibly wherever the per-enterprise records are shown (docs/decisions/003). */
export function ReconstructedNotice({ count }: { count?: number }) {
  return (
    <p className="alert warn" role="note">
      <strong>重构记录{count === undefined ? "" : `（${count} 条）`}：</strong>
      {RECONSTRUCTED_NOTICE}
    </p>
  );
}
