/**
 * Shell quoting for values embedded in the generated script.
 *
 * Plain text goes in single quotes, the one bash quoting with no expansion at all ('
 * inside becomes '\''). Text holding `$`, backticks, `\` or control characters goes in
 * ANSI-C quotes with those bytes hex-escaped ($'…\x24(…)…'): equally inert, and it keeps
 * shellcheck's "expressions don't expand in single quotes" (SC2016) quiet for user text
 * such as a system name "$(touch x)". `'` is hex-escaped there too, so even a shell
 * without $'…' (dash) still sees balanced quotes. NUL cannot live in a shell string and
 * is refused.
 */
const NEEDS_ANSI_C = /[$`\\\u0000-\u001f\u007f]/;

export function shQuote(value: string): string {
  if (value.includes("\0")) {
    throw new Error("shQuote: NUL byte cannot be embedded in a shell script");
  }
  if (!NEEDS_ANSI_C.test(value)) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
  }
  const body = value.replace(/[$`\\'\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return `$'${body}'`;
}

/** `readonly NAME='value'` — NAME is ours (checked), value is quoted. */
export function shConstant(name: string, value: string | number | boolean | null): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) {
    throw new Error(`shConstant: invalid variable name ${name}`);
  }
  const text = value === null ? "" : typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  return `readonly ${name}=${shQuote(text)}`;
}

/**
 * A quoted heredoc (`<<'DELIM'`) never expands its body; it only breaks if a body line
 * equals the delimiter, so that is checked.
 */
export function shHeredoc(command: string, delimiter: string, body: string): string {
  const lines = body.endsWith("\n") ? body.slice(0, -1).split("\n") : body.split("\n");
  if (lines.includes(delimiter)) {
    throw new Error(`shHeredoc: body contains the delimiter line ${delimiter}`);
  }
  return [`${command} <<'${delimiter}'`, ...lines, delimiter].join("\n");
}
