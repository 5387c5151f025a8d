import { reconstructedNotice } from "@/lib/survey/notices";

/** Said visibly wherever the per-enterprise records are shown, true of the records stored now. */
export function ReconstructedNotice({ total, reconstructed }: { total: number; reconstructed: number }) {
  const { title, text } = reconstructedNotice(total, reconstructed);
  return (
    <p className="alert warn" role="note" data-testid="records-notice">
      <strong>{title}：</strong>
      {text}
    </p>
  );
}
