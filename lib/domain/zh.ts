/**
 * Chinese prose with names filled in. Chinese typography puts a space between a Han character and
 * a Latin letter or digit ("但 Go 熟练度", "TiDB 最多"); the literal text of a sentence is written
 * that way by hand, but a name that starts or ends in Latin ("Go 熟练度", "openGauss", "CDN 边缘函数")
 * meets Han text only where it is filled in. This tag adds the space at those seams and nowhere else.
 */
const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z0-9]/;

function needsSpace(before: string, after: string): boolean {
  const a = before.at(-1);
  const b = after.at(0);
  if (a === undefined || b === undefined) return false;
  return (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b));
}

export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    const text = String(value);
    const next = strings[i + 1] ?? "";
    out += (needsSpace(out, text) ? " " : "") + text;
    out += (needsSpace(text, next) ? " " : "") + next;
  });
  return out;
}
