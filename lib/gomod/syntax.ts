/**
 * The go.mod grammar above the tokens: a file is statements, each either one line
 * (`require x v1.2.3`) or a factored block (`require ( … )`). Whole-line comments directly above
 * a statement and the comment at the end of its line are kept, because `// indirect`,
 * `// Deprecated:` and retract rationales live in comments.
 */
import type { ProblemList } from "./limits";
import type { Token } from "./lexer";
import { MSG } from "./messages.zh";

/** One directive as the semantic pass sees it: a single-line statement or one line of a block. */
export interface DirectiveLine {
  verb: string;
  args: Token[];
  line: number;
  /** Whole-line comments directly above (each with its //). */
  before: string[];
  /** The comment at the end of the line, or null. */
  suffix: string | null;
  /** The enclosing block, when the line is inside `verb ( … )`. */
  block: { line: number; before: string[] } | null;
}

const EOF: Token = { kind: "eof", text: "", line: 0 };
const isEol = (t: Token) => t.kind === "eol" || t.kind === "eolcomment" || t.kind === "eof";

export class StatementReader {
  private pos = 0;
  private readonly out: DirectiveLine[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly problems: ProblemList,
    /** Directives that may be written as a block. */
    private readonly blockVerbs: ReadonlySet<string>,
    /** Every directive name: one at the start of a block line means the block lost its ). */
    private readonly keywords: ReadonlySet<string>,
  ) {}

  /** The lexer always ends with an EOF token; past it, keep answering EOF. */
  private at(i: number): Token {
    return this.tokens[i] ?? EOF;
  }

  read(): DirectiveLine[] {
    let pending: string[] = [];
    for (;;) {
      const t = this.at(this.pos);
      if (t.kind === "eof") return this.out;
      if (t.kind === "eol" || t.kind === "eolcomment") {
        // A blank line detaches the comments above it from the next statement.
        pending = [];
        this.pos++;
      } else if (t.kind === "comment") {
        pending.push(t.text);
        this.pos++;
      } else {
        this.statement(pending);
        pending = [];
      }
    }
  }

  /** Tokens up to the end of the line; the end token is consumed (except EOF). */
  private lineTokens(): { tokens: Token[]; bad: boolean; suffix: string | null } {
    const tokens: Token[] = [];
    let bad = false;
    for (;;) {
      const t = this.at(this.pos);
      if (isEol(t)) {
        if (t.kind !== "eof") this.pos++;
        return { tokens, bad, suffix: t.kind === "eolcomment" ? t.text : null };
      }
      if (t.kind === "bad") bad = true;
      else tokens.push(t);
      this.pos++;
    }
  }

  private statement(before: string[]): void {
    const head: Token[] = [];
    let bad = false;
    for (;;) {
      const t = this.at(this.pos);
      if (isEol(t)) break;
      if (t.kind === "bad") {
        bad = true;
        this.pos++;
        continue;
      }
      if (t.kind === "punct" && t.text === "(" && head.length > 0) {
        const next = this.at(this.pos + 1);
        if (isEol(next)) {
          this.pos += next.kind === "eof" ? 1 : 2;
          this.block(head, before);
          return;
        }
        const after = this.at(this.pos + 2);
        if (next.kind === "punct" && next.text === ")" && isEol(after)) {
          // An empty block: nothing to read, but its verb must still allow a block.
          this.pos += after.kind === "eof" ? 2 : 3;
          this.checkBlockHead(head);
          return;
        }
      }
      head.push(t);
      this.pos++;
    }
    const end = this.lineTokens();
    if (bad || end.bad || head.length === 0) return;
    const first = head[0];
    if (!first) return;
    if (first.kind === "punct" && first.text === ")") {
      this.problems.add(first.line, MSG.strayParen());
      return;
    }
    this.out.push({ verb: first.text, args: head.slice(1), line: first.line, before, suffix: end.suffix, block: null });
  }

  private checkBlockHead(head: Token[]): boolean {
    if (head.length === 1 && this.blockVerbs.has(head[0]?.text ?? "")) return true;
    this.problems.add(head[0]?.line ?? 0, MSG.unknownBlock(head.map((t) => t.text).join(" ")));
    return false;
  }

  private block(head: Token[], blockBefore: string[]): void {
    const ok = this.checkBlockHead(head);
    const verb = head[0]?.text ?? "";
    const start = head[0]?.line ?? 0;
    let comments: string[] = [];
    for (;;) {
      const t = this.at(this.pos);
      if (t.kind === "eof") {
        this.problems.add(start, MSG.unterminatedBlock(verb));
        return;
      }
      if (t.kind === "eol" || t.kind === "eolcomment") {
        this.pos++;
        continue;
      }
      if (t.kind === "comment") {
        comments.push(t.text);
        this.pos++;
        continue;
      }
      if (t.kind === "punct" && t.text === ")") {
        this.pos++;
        const next = this.at(this.pos);
        if (!isEol(next)) {
          this.problems.add(t.line, MSG.newlineAfterParen());
          this.lineTokens();
        } else if (next.kind !== "eof") this.pos++;
        return;
      }
      // Tool and ignore lines are paths that may look like anything; elsewhere a directive name
      // here is never a valid entry, so the block most likely lost its closing paren.
      if (t.kind === "ident" && this.keywords.has(t.text) && verb !== "tool" && verb !== "ignore") {
        this.problems.add(t.line, MSG.blockClosedByDirective(verb, start));
        return;
      }
      const { tokens, bad, suffix } = this.lineTokens();
      const first = tokens[0];
      if (ok && !bad && first) {
        this.out.push({ verb, args: tokens, line: first.line, before: comments, suffix, block: { line: start, before: blockBefore } });
      }
      comments = [];
    }
  }
}
