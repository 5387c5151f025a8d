import type { EvaluateResponse } from "@/lib/validations/evaluate";

export function Warnings({ warnings }: { warnings: EvaluateResponse["warnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="alert warn">
      <h2 id="warnings-title" className="alert-title">
        需要注意（{warnings.length}）
      </h2>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>{w.message}</li>
        ))}
      </ul>
    </section>
  );
}
