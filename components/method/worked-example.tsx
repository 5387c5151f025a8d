/** The article's worked example for one factor, recomputed by the product's normalizer. */
export function WorkedExample({ facts, steps, value, seedValue }: { facts: string; steps: string; value: number; seedValue: number }) {
  const same = value === seedValue;
  return (
    <p className="alert ok">
      <strong>原文示例（§4.2）：</strong>
      {facts} → 原文 {seedValue.toFixed(2)}。按本页的表计算：{steps}
      {same ? "，与原文一致。" : `，与原文不一致（差 ${(value - seedValue).toFixed(2)}）。`}
    </p>
  );
}
