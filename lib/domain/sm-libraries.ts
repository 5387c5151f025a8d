/**
 * The one place for facts about Go SM (国密) libraries and 密评. The engine's SM_CRYPTO_MISSING
 * warnings (lib/decision/architecture.ts), the check script's default library and messages
 * (lib/compat-check) and the PDF's commands (lib/report) are all derived from here, and a test
 * checks that data/architectures.json's mitigation texts name only what this module recommends.
 * Each fact records the public source it was looked up in.
 */

/** The Go SM libraries the check script can probe (GMSM_LIB on the target machine). */
export const SM_LIBRARY_IDS = ["emmansun", "tjfoc"] as const;
export type SmLibraryId = (typeof SM_LIBRARY_IDS)[number];

export interface SmLibraryFacts {
  id: SmLibraryId;
  modulePath: string;
  /** "maintained": the one we recommend; "legacy": only where a distribution packages it. */
  status: "maintained" | "legacy";
  /** Short Chinese description for advice texts. */
  summary: string;
  sources: readonly string[];
}

export const SM_LIBRARY_FACTS: Readonly<Record<SmLibraryId, SmLibraryFacts>> = {
  emmansun: {
    id: "emmansun",
    modulePath: "github.com/emmansun/gmsm",
    status: "maintained",
    // README: "Go语言商用密码软件…涵盖商用密码公开算法SM2/SM3/SM4/SM9/ZUC"; Go code with Go
    // assembly per architecture (amd64/arm64/loong64…), no cgo; MIT licence.
    summary: "持续维护，无需 cgo",
    sources: ["https://github.com/emmansun/gmsm (README.md)", "https://pkg.go.dev/github.com/emmansun/gmsm"],
  },
  tjfoc: {
    id: "tjfoc",
    modulePath: "github.com/tjfoc/gmsm",
    status: "legacy",
    // Last tagged release v1.4.1 (lib/compat-check/sm-libraries.ts, TJFOC_RELEASE); Debian
    // ships golang-github-tjfoc-gmsm-dev 1.3.0+ds-4.
    summary: "遗留选项，仅在使用发行版打包的源码时选用",
    sources: ["https://github.com/tjfoc/gmsm", "https://packages.debian.org/forky/golang-github-tjfoc-gmsm-dev"],
  },
};

/** The library we recommend and the check script probes unless told otherwise. */
export const RECOMMENDED_SM_LIBRARY: SmLibraryId = "emmansun";

/** The distribution package of the legacy library (Debian/UOS), for offline GOPATH builds. */
export const TJFOC_DISTRIBUTION_PACKAGE = {
  name: "golang-github-tjfoc-gmsm-dev",
  version: "1.3.0",
  gopath: "/usr/share/gocode",
  source: "https://packages.debian.org/forky/golang-github-tjfoc-gmsm-dev",
} as const;

/**
 * TLCP (GB/T 38636-2020, 传输层密码协议): gotlcp, whose SM algorithms come from emmansun/gmsm.
 * Its README names github.com/Trisia/gotlcp (module path gitee.com/Trisia/gotlcp; the
 * github.com/emmansun/gotlcp repository is a fork with the same module path) and a protocol
 * adapter that serves TLCP and standard TLS side by side. emmansun/gmsm's README lists it
 * under 相关项目 as the GB/T 38636 implementation.
 */
export const TLCP_LIBRARY = {
  name: "gotlcp",
  repository: "github.com/Trisia/gotlcp",
  modulePath: "gitee.com/Trisia/gotlcp",
  standard: "GB/T 38636-2020",
  sources: ["https://github.com/Trisia/gotlcp (README.md)", "https://github.com/emmansun/gmsm (README.md, 相关项目)"],
} as const;

/**
 * 密评 (商用密码应用安全性评估) assesses an information system's use of cryptography against
 * GB/T 39786-2021《信息安全技术 信息系统密码应用基本要求》 (physical, network, device and
 * application layers plus management), graded by the system's level — not a library.
 */
export const MIPING = {
  standard: "GB/T 39786-2021",
  sources: [
    "http://gmbz.org.cn/main/postDetail.html?id=20210325021723",
    "https://blog.csdn.net/weixin_46849758/article/details/134113852",
  ],
} as const;

const recommended = SM_LIBRARY_FACTS[RECOMMENDED_SM_LIBRARY];
const legacy = SM_LIBRARY_FACTS.tjfoc;

/** "github.com/emmansun/gmsm（持续维护…）" — the algorithm library we recommend. */
export const SM_LIBRARY_ADVICE = `${recommended.modulePath}（${recommended.summary}）`;

/** When an SM transport channel is needed. */
export const TLCP_ADVICE = `需要国密传输通道时用 ${TLCP_LIBRARY.name}（${TLCP_LIBRARY.repository}，${TLCP_LIBRARY.standard} TLCP 实现，算法基于 ${recommended.modulePath}，可同时提供 TLCP 与标准 TLS）`;

/** How the legacy library is to be read. */
export const LEGACY_SM_LIBRARY_NOTE = `${legacy.modulePath} 仅作遗留选项（发行版打包，如 Debian ${TJFOC_DISTRIBUTION_PACKAGE.name} ${TJFOC_DISTRIBUTION_PACKAGE.version}），新系统不宜选用`;

/** 密评 evaluates the system: no library "passes" it. */
export const MIPING_SCOPE_NOTE = `密评（${MIPING.standard} 商用密码应用安全性评估）评估的是整个信息系统的密码应用，不是某个库`;
