export default function Loading() {
  return (
    <div className="stack" aria-busy="true">
      <p className="muted" role="status">
        正在载入评估结果…
      </p>
      <div className="skeleton result-skeleton" aria-hidden="true" />
    </div>
  );
}
