/**
 * The knowledge base the check script carries: every entry of data/gomod-knowledge.json as
 * tab-separated facts in a quoted heredoc (`gomod_kb_rules`), which the script's check_gomod
 * applies offline on the target to the go.mod given with --gomod (templates/sh/57-gomod.sh).
 *
 * The whole base rather than the entries an assessment's scan matched: it is small (40 entries,
 * ~10 KB here), the go.mod on the machine may be newer than the one pasted, and the block is the
 * same in every script, so the script's shapes (shellcheck.test.ts) do not multiply.
 *
 * One line per (entry, kind): module, prefix (0/1), range, kind, three arguments, first source.
 * Empty fields are "-" (tabs are IFS whitespace to `read`, which would merge empty fields).
 */
import { DATABASE_LABELS, type ArchFix, type KnowledgeBase } from "@/lib/gomod/knowledge";
import { shippedKnowledgeBase } from "@/lib/gomod/scan";
import { shConstant, shHeredoc } from "./shell";

const HEREDOC_DELIMITER = "XCGOMOD_RULES_EOF";

function field(value: string | undefined): string {
  const text = (value ?? "").replace(/[\t\n\r]/g, " ").trim();
  return text === "" ? "-" : text;
}

function fix(value: ArchFix | undefined): string {
  if (value === undefined) return "-";
  return typeof value === "string" ? value : `~${value.atLeast}`;
}

export function gomodRuleLines(kb: KnowledgeBase): string[] {
  const lines: string[] = [];
  for (const e of kb.entries) {
    const head = [e.module.replace(/\/$/, ""), e.prefix ? "1" : "0", e.versions.trim()];
    for (const kind of e.kinds) {
      let args: [string, string, string];
      switch (kind) {
        case "cgo":
          args = [field(e.cgoLibrary ?? "C 库"), "-", "-"];
          break;
        case "arch-specific":
          args = [fix(e.fixedFor?.amd64), fix(e.fixedFor?.arm64), fix(e.fixedFor?.loong64)];
          break;
        case "sm-crypto":
          args = [field(e.maintenance), field(e.replaceWith), "-"];
          break;
        case "db-driver":
          args = [field((e.database ?? []).map((d) => DATABASE_LABELS[d]).join("、")), "-", "-"];
          break;
        case "replace":
          args = ["-", field(e.replaceWith), "-"];
          break;
        case "go-compat":
          args = [field(e.goCompat?.goFrom), field(e.goCompat?.fixedIn), "-"];
          break;
      }
      const short = { "arch-specific": "arch", "sm-crypto": "sm", "db-driver": "db", "go-compat": "gocompat", cgo: "cgo", replace: "replace" }[kind];
      lines.push([...head, short, ...args, field(e.source[0])].join("\t"));
    }
  }
  return lines;
}

/** The generated block: the base's version and `gomod_kb_rules`, which prints the facts. */
export function renderGomodRulesBlock(kb: KnowledgeBase = shippedKnowledgeBase()): string {
  const body = `${gomodRuleLines(kb).join("\n")}\n`;
  if (body.includes(HEREDOC_DELIMITER)) throw new Error("knowledge base text contains the heredoc delimiter");
  return [
    "# go.mod knowledge base (data/gomod-knowledge.json via lib/compat-check/gomod-rules.ts).",
    shConstant("P_GOMOD_KB_VERSION", kb.version),
    "gomod_kb_rules() {",
    shHeredoc("  cat", HEREDOC_DELIMITER, body),
    "}",
  ].join("\n");
}
