/**
 * Every message the go.mod / go.sum / vendor/modules.txt readers show, in one place so the
 * wording stays consistent and can later be translated. Each names the line it is about.
 */

const KB = 1024;

export const MSG = {
  atLine: (line: number, message: string) => (line > 0 ? `第 ${line} 行：${message}` : message),
  moreProblems: (n: number) => `另有 ${n} 个问题未列出，请先修正以上问题`,
  notText: (what: string) => `${what} 的内容不是文本`,
  tooLarge: (what: string, limit: number) => `${what} 超过 ${limit / KB / KB} MiB，不予解析（真实项目的该文件远小于此）`,
  tooManyLines: (what: string, limit: number) => `${what} 超过 ${limit.toLocaleString("en-US")} 行，不予解析`,

  // Lexical problems.
  blockComment: () => "go.mod 只能使用 // 注释，不能使用 /* */ 注释",
  badChar: (cp: number) => `出现无法识别的字符 ${charName(cp)}，go 命令会拒绝此文件`,
  unterminatedString: (quote: string) => `字符串缺少结尾的 ${quote}（字符串不能跨行）`,
  unterminatedBlock: (verb: string) => `${verb} ( 块没有对应的 )，一直到文件末尾都未闭合`,
  blockClosedByDirective: (verb: string, start: number) =>
    `第 ${start} 行开始的 ${verb} ( 块在此之前缺少 )；此行被当作新的指令读取`,
  newlineAfterParen: () => "右括号 ) 之后应直接换行",
  unknownBlock: (tokens: string) => `未知的块类型：${tokens}`,
  strayParen: () => "多余的 )，前面没有对应的 (",

  // Directives.
  unknownDirective: (verb: string) => `未知指令 ${verb}`,
  repeated: (verb: string, first: number) => `重复的 ${verb} 指令（第 ${first} 行已有）`,
  moduleUsage: () => "module 的写法应为「module 模块路径」",
  goUsage: () => "go 指令只能有一个参数，例如「go 1.21」",
  goVersion: (v: string) => `go 版本 ${v} 无效，应形如 1.21、1.21.3 或 1.21rc1`,
  toolchainUsage: () => "toolchain 指令只能有一个参数，例如「toolchain go1.21.3」",
  toolchainName: (v: string) => `toolchain ${v} 无效，应形如 go1.21.3 或 default`,
  godebugUsage: () => "godebug 的写法应为「godebug 键=值」",
  requireMissingVersion: (verb: string) => `${verb} 缺少版本`,
  requireUsage: (verb: string) => `${verb} 的写法应为「${verb} 模块路径 版本」`,
  replaceUsage: () => "replace 的写法应为「replace 模块路径 [版本] => 模块路径 版本」或「replace 模块路径 [版本] => 本地目录」",
  replaceAtVersion: () => "replace 的目标应写成「路径 版本」，不能写成「路径@版本」",
  replaceNeedsDir: (p: string) => `replace 的目标 ${p} 没有版本，因此必须是本地目录（以 ./、../ 或 / 开头）`,
  replaceWindowsPath: (p: string) => `replace 的目标 ${p} 是 Windows 路径（含反斜杠），在麒麟等 Linux 系统上 go 命令会拒绝`,
  replaceDirWithVersion: (p: string) => `replace 的目标 ${p} 是本地目录，不能带版本`,
  replaceConflict: (p: string, first: number) => `${p} 的 replace 与第 ${first} 行的 replace 指向不同目标，go 命令会拒绝`,
  retractUsage: () => "retract 的写法应为「retract 版本」或「retract [低版本, 高版本]」",
  retractExtra: (t: string) => `retract 的版本之后有多余内容 ${t}`,
  toolUsage: () => "tool 指令只能有一个参数：工具的包路径",
  ignoreUsage: () => "ignore 指令只能有一个参数：要忽略的目录",
  quotedString: (t: string) => `字符串 ${t} 的写法无效（转义序列不合法）`,
  backquoted: (t: string) => `go 命令不接受反引号字符串 ${t}，请改用双引号或去掉引号`,
  unquotedQuote: (t: string) => `${t} 含有引号；需要引号时请用成对的双引号把整个值括起来`,

  // Paths and versions.
  badPath: (p: string, why: string) => `模块路径 ${p} 无效：${why}`,
  missingDot: (p: string) =>
    `模块路径 ${p} 的第一段不是域名（缺少点号），且没有 replace 把它指向本地目录，go 命令无法下载`,
  notSemver: (v: string) => `版本 ${v} 不是语义化版本（应形如 v1.2.3）；分支名或提交哈希要先用 go get 解析成伪版本`,
  notCanonical: (v: string, canonical: string) => `版本 ${v} 不是规范写法，应写作 ${canonical}`,
  majorMismatch: (p: string, v: string, want: string) => `模块路径 ${p} 要求主版本 ${want}，但版本是 ${v}`,

  // go.sum.
  sumFields: (n: number) => `go.sum 每行应有 3 个字段（模块路径、版本、哈希），这里有 ${n} 个`,
  sumHash: (h: string) => `哈希 ${h} 无效，应为 h1: 加 44 个字符的 Base64（SHA-256）`,
  sumConflict: (m: string, first: number) => `${m} 的哈希与第 ${first} 行不同（常见于合并冲突），go 命令会校验失败`,

  // vendor/modules.txt.
  vendorModuleLine: () => "模块行应为「# 模块路径 版本」或「# 模块路径 [版本] => 替换目标」",
  vendorReplacement: () => "无法识别的替换写法，应为「=> 本地目录」或「=> 模块路径 版本」",
  vendorNoModule: () => "此行之前没有「# 模块路径 版本」行，不知道它属于哪个模块",
  vendorLine: (t: string) => `无法识别的行 ${t}`,
} as const;

/** Names the invisible characters people paste from chat tools and office documents. */
function charName(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const names: Record<number, string> = {
    0x00a0: "不换行空格",
    0x3000: "全角空格",
    0x200b: "零宽空格",
    0xfeff: "字节顺序标记（BOM）",
    0x000b: "垂直制表符",
    0x000c: "换页符",
    0x0000: "空字符",
  };
  const name = names[cp];
  return name ? `${hex}（${name}）` : hex;
}
