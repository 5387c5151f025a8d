/**
 * Every Chinese text the generated script prints: step titles, details, remedies, help.
 * One place, so wording can be reviewed or translated without touching bash.
 *
 * `{1}`, `{2}` … are filled by the script's `fmt_msg` with literal text (never evaluated).
 * Keys: `step.<id>` titles, `<topic>.<case>` details, `fix.<topic>.<case>` remedies.
 * Figures cite the seed: the 45 MB edge limit, `-s -w` and no pprof are 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1; the
 * GmSSL paths are the hint under 《Golang 天津技术栈选型决策树（2024 京津冀版）》's check script.
 */
import { SM_LIBRARY_FACTS, TJFOC_DISTRIBUTION_PACKAGE, TLCP_LIBRARY } from "@/lib/domain/sm-libraries";

export const SCRIPT_MESSAGES_ZH = {
  // ── Usage ──
  "usage.need_bash": "compat-check：需要 bash 4.4 或更高版本，请用 bash 运行（例如 bash compat-check.sh）。",
  "usage.see_help": "用法见 --help。",
  "usage.missing_value": "参数 {1} 缺少取值。",
  "usage.unknown_arg": "不认识的参数：{1}",
  "usage.bad_env": "环境变量 {1} 的取值无效：{2}",
  "usage.bad_gomod": "无法读取 --gomod 指定的文件：{1}",
  "usage.no_tempdir": "无法用 mktemp -d 创建临时目录，请检查 TMPDIR 或 /tmp 是否可写。",
  "label.remedy": "修复建议：",
  "label.cgo_on": "CGO 开启",
  "label.cgo_off": "CGO 关闭",
  "label.mem_limit": "内存上限 {1} MB",
  "label.mem_none": "无内存上限",

  // ── Banner and summary ──
  "banner.title": "信创兼容性检查 · 系统：{1}",
  "banner.target": "目标：{1} · {2} · Go ≥ {3} · {4} · {5} · {6} · 国密库 {7}",
  "summary.line": "汇总：通过 {1} · 警告 {2} · 失败 {3} · 跳过 {4} —— {5}（退出码 {6}）",
  "summary.passed": "通过（警告与跳过不影响结论）",
  "summary.failed": "未通过，请按修复建议处理后重跑",

  // ── Step titles ──
  "step.os": "操作系统",
  "step.cpu": "CPU 架构与型号",
  "step.go.version": "Go 版本",
  "step.go.env": "Go 目标平台（go env）",
  "step.go.modules": "依赖获取方式（模块 / GOPATH）",
  "step.cc": "C 工具链（CGO）",
  "step.gmssl": "GmSSL 头文件与库路径",
  "step.sm.library": "Go 国密库",
  "step.probe.build": "构建探针（go build）",
  "step.probe.run": "运行探针",
  "step.cgo": "CGO 调用",
  "step.sm2": "SM2 签名/验签",
  "step.sm3": "SM3 摘要",
  "step.sm4": "SM4 加解密",
  "step.tls": "TLS 1.3 / TLCP",
  "step.size": "二进制体积（-ldflags=\"-s -w\"）",
  "step.memory": "峰值内存（RSS）",
  "step.crashed": "检查步骤异常退出（退出码 {1}）：{2}",
  "fix.step.crashed": "这是脚本自身的问题，请把 --json 输出发给平台维护者。",

  // ── Skips ──
  "skip.no_go": "未找到可用的 Go，跳过。",
  "skip.cgo_off": "画像不要求 CGO，跳过。",
  "skip.gmssl": "仅在 CGO 开启且有国密要求时检查 C 国密库，跳过。",
  "skip.crypto_none": "画像无国密要求，跳过。",
  "skip.no_sm_library": "未找到国密库，无法构建国密探针，跳过。",
  "skip.not_built": "探针未构建成功，跳过。",
  "skip.not_run": "探针未能运行，跳过。",
  "skip.not_edge": "画像不是内存受限的边缘节点，跳过。",
  "skip.tlcp": "TLCP（GB/T 38636）握手需要专门的协议库，本脚本只验证其依赖的 SM2/SM3/SM4 算法。",
  "fix.tlcp": `在业务代码中用 ${TLCP_LIBRARY.name}（${TLCP_LIBRARY.repository}，模块路径 ${TLCP_LIBRARY.modulePath}，基于 ${SM_LIBRARY_FACTS.emmansun.modulePath}）实现 TLCP，并用对端国密网关做联调。`,

  // ── OS ──
  "os.missing": "找不到 {1}，无法识别操作系统。",
  "fix.os.missing": "确认在目标机上运行；测试夹具请设置 CHECK_ROOT 指向包含 etc/os-release 的目录。",
  "os.mismatch": "检测到 {1}，与目标 {2} 不符。",
  "fix.os.mismatch": "请在 {1} 上运行本脚本，或回到平台修改画像中的操作系统后重新下载脚本。",
  "os.ok": "检测到 {1}。",
  "os.ok_sp": "检测到 {1}，服务包 SP{2}。",
  "os.sp_unknown": "检测到 {1}，但无法从 /etc/.productinfo 判断服务包（目标 SP{2}）。",
  "fix.os.sp_unknown": "执行 cat /etc/.productinfo 确认麒麟 V10 的服务包版本（如 release V10 (SP3)）。",
  "os.sp_newer": "本机为 SP{1}，高于画像的 SP{2}。",
  "fix.os.sp_newer": "通常可向下兼容；如政务云要求固定 SP 版本，请在对应版本上复测。",
  "os.sp_older": "本机为 SP{1}，低于画像要求的 SP{2}。",
  "fix.os.sp_older": "升级到麒麟 V10 SP{1}（天津政务云基线为 SP3），或修改画像后重新下载脚本。",

  // ── CPU ──
  "cpu.arch_mismatch": "uname -m 为 {1}，目标 {3} 应为 {2}。",
  "fix.cpu.arch_mismatch":
    "请在目标机上运行本脚本。若要在本机预先验证，可交叉编译并用模拟器运行：PROBE_GOARCH={1} PROBE_EXEC={2} CHECK_UNAME_M={3}（CGO 还需 CC=<交叉编译器>，动态链接时 PROBE_EXEC 加 -L <sysroot>）。",
  "cpu.no_cpuinfo": "架构 {1} 正确，但读不到 {2}，无法确认 CPU 型号。",
  "fix.cpu.no_cpuinfo": "确认 /proc 已挂载；测试夹具请在 CHECK_ROOT 下提供 proc/cpuinfo。",
  "cpu.ok": "{1} · 识别为{3} · {2}",
  "cpu.sm_extensions": "CPU 支持 SM3/SM4 指令扩展",
  "cpu.hisilicon_other": "海思（implementer 0x48）但不是鲲鹏 920（part 0xd01）：{1}",
  "cpu.family_mismatch": "{1} · {2}，未识别为 {3}。",
  "fix.cpu.family_mismatch": "确认目标机是 {1}（lscpu / cat /proc/cpuinfo），或修改画像中的 CPU 后重新下载脚本。",

  // ── Go ──
  "go.missing": "PATH 中找不到 go 命令。",
  "fix.go.missing": "安装 Go {1} 或更高版本（内网可用离线安装包 go1.xx.linux-<arch>.tar.gz 解压到 /usr/local/go），并把 /usr/local/go/bin 加入 PATH。",
  "go.broken": "go version 执行失败：{1}",
  "go.unparsed": "无法解析 Go 版本（{1}），请人工确认不低于 {2}。",
  "go.ok": "{1}（要求 ≥ {2}）",
  "go.too_old": "Go {1} 低于架构类型要求的 {2}。",
  "fix.go.too_old": "升级到 Go {1} 或更高版本；离线环境请从内网制品库获取对应架构的安装包。",
  "goenv.cross": "交叉编译，本机 GOARCH={1}",
  "goenv.arch_mismatch": "{1}，目标需要 GOOS=linux GOARCH={2}。",
  "fix.goenv.arch_mismatch":
    "在目标机上构建，或交叉编译：GOOS=linux GOARCH={1} go build …；需要 CGO 时同时设置 CGO_ENABLED=1 和 CC=<交叉编译器>（如 aarch64-linux-gnu-gcc）。",
  "goenv.cgo_off": "{1}，但画像要求 CGO_ENABLED=1。",
  "fix.goenv.cgo_off": "设置 CGO_ENABLED=1（交叉编译时还需 CC=<交叉编译器>），并安装 gcc。",
  "goenv.cgo_on": "{1}，画像不需要 CGO。",
  "fix.goenv.cgo_on": "构建时设置 CGO_ENABLED=0，得到不依赖 glibc 版本的静态二进制，便于在麒麟/UOS 间迁移。",
  "goenv.ok": "{1}",
  "modules.gopath": "GOPATH 模式：{1}",
  "modules.module": "模块模式；{1}",
  "modules.public_proxy": "模块模式且 GOPROXY 指向公网（{1}）。",
  "fix.modules.public_proxy":
    "离线内网请设置 GOPROXY=<内网代理>，私有模块设置 GOPRIVATE/GONOSUMDB（或 GOSUMDB=off）；没有代理时用 GO111MODULE=off 并把发行版的 /usr/share/gocode 加入 GOPATH。",

  // ── C toolchain and GmSSL ──
  "cc.missing": "找不到 C 编译器 {1}。",
  "fix.cc.missing": "安装 gcc（麒麟/openEuler：yum install gcc；UOS：apt install gcc）；交叉编译设置 CC=aarch64-linux-gnu-gcc 等。",
  "cc.ok": "{1}：{2}",
  "gmssl.ok": "找到 {1}，LD_LIBRARY_PATH 含 {2}。",
  "gmssl.missing": "未找到 {1} 或 LD_LIBRARY_PATH（{2}）不含 /usr/lib64/gmssl。",
  "fix.gmssl.missing":
    "仅当业务通过 CGO 链接 GmSSL 时需要：安装 GmSSL 开发包，确认 /usr/include/gmssl 存在，并 export LD_LIBRARY_PATH=/usr/lib64/gmssl:$LD_LIBRARY_PATH。纯 Go 国密库可忽略此项。",

  // ── SM library ──
  "sm.reason_profile": "按画像选择",
  "sm.reason_env": "按环境变量 GMSM_LIB 选择",
  "sm.reason_gomod": "按 {1} 中的 require 选择",
  "sm.summary": "{1} {2} · 探针变体 {3} · 源码 {4}",
  "sm.found": "{1}（{2}）",
  "sm.fallback": "GOPATH 中没有 {1}，改用 {2}",
  "fix.sm.fallback": "如必须使用 {1}，请把它放入 GOPATH（或配置模块代理后用模块模式），再设置 GMSM_LIB={1} 重跑。",
  "sm.not_in_gopath": "GOPATH（{2}）中找不到 {1}。",
  "fix.sm.not_in_gopath":
    `离线环境可安装发行版包（Debian/UOS：apt install ${TJFOC_DISTRIBUTION_PACKAGE.name}，即遗留的 tjfoc/gmsm ${TJFOC_DISTRIBUTION_PACKAGE.version}，源码位于 ${TJFOC_DISTRIBUTION_PACKAGE.gopath}），或把国密库源码放入 $GOPATH/src；也可配置内网 GOPROXY 后去掉 GO111MODULE=off。`,
  "sm.download_failed": "下载 {1} 失败：{2}",
  "fix.sm.download_failed":
    "检查 GOPROXY 是否指向可用的内网代理，私有/内网模块设置 GONOSUMDB 或 GOSUMDB=off；完全离线时改用 GO111MODULE=off 与 GOPATH（如 /usr/share/gocode），或用 GMSM_VERSION 指定代理中已有的版本。",
  "sm.needs_newer_go": "{1} 要求 Go {2}，本机为 Go {3}。",
  "fix.sm.needs_newer_go": "用 GMSM_VERSION=vX.Y.Z 选择更早的版本，或升级 Go。",

  // ── Probe build and run ──
  "build.ok": "已构建 {1}（文件：{2}；GOARCH={3}，CGO_ENABLED={4}）",
  "build.failed": "go build 失败：{1}",
  "fix.build.failed":
    "查看上面的编译错误：国密库 API 与版本不符时用 GMSM_LIB/GMSM_VERSION 切换；CGO 失败检查 gcc 与 CC；交叉编译检查 PROBE_GOARCH 与 CC。",
  "run.native": "本机直接运行",
  "run.emulated": "经 PROBE_EXEC（{1}）运行",
  "run.ok": "{1} 运行完成：{2}，{3}",
  "run.timeout": "探针在 {1} 秒内没有结束。",
  "fix.run.timeout": "机器负载过高或模拟器过慢：用 CHECK_TIMEOUT=<秒> 放宽时限后重跑。",
  "run.failed": "探针没有正常输出（退出码 {1}）：{2}",
  "fix.run.failed":
    "若提示 exec format error / cannot execute binary file，说明二进制与本机架构不符：在目标机上运行，或设置 PROBE_EXEC=<qemu-user 模拟器>（动态链接时加 -L <sysroot>）。",
  "probe.missing_check": "探针输出中没有 {1} 的结果。",

  // ── Probe checks ──
  "cgo.ok": "{1}",
  "cgo.failed": "{1}",
  "fix.cgo.failed": "确认构建时 CGO_ENABLED=1 且 C 编译器可用；交叉编译需 CC=<交叉编译器>，运行时动态库需可用。",
  "sm2.ok": "{1}（{2}）",
  "sm2.failed": "{1}",
  "fix.sm2.failed": "国密库在本平台上签名/验签失败：换用 emmansun/gmsm（GMSM_LIB=emmansun）复测，并向库维护者反馈平台信息。",
  "sm3.ok": "{1}（{2}）",
  "sm3.failed": "{1}",
  "fix.sm3.failed": "SM3 标准向量不一致：该库在本平台不可用，请换用其他国密库复测。",
  "sm4.ok": "{1}（{2}）",
  "sm4.failed": "{1}",
  "fix.sm4.failed": "SM4 标准向量不一致：该库在本平台不可用，请换用其他国密库复测。",
  "tls13.ok": "TLS 1.3 握手成功，{1}；标准库不含国密套件（RFC 8998），SM2/SM4 双模需国密 TLS 库。",
  "tls13.failed": "{1}",
  "fix.tls13.failed": "检查 Go 版本与系统时间；TLS 1.3 需要 Go 1.13 及以上。",

  // ── Edge node: size and memory (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1) ──
  "size.ok": "{1} MB，已按 -ldflags=\"-s -w\" 精简（上限 {2} MB）。",
  "size.large": "{1} MB，超过内存上限 {2} MB 的一半。",
  "size.over": "{1} MB，超过内存上限 {2} MB。",
  "fix.size.over": "精简依赖，构建时使用 -ldflags=\"-s -w\" -trimpath，并去掉 net/http/pprof 等调试包。",
  "mem.ok": "峰值 {1} MB，不超过上限 {2} MB（{3}）。",
  "mem.over": "峰值 {1} MB，超过上限 {2} MB（{3}）。",
  "mem.unknown": "无法测得峰值内存（既没有 /usr/bin/time -v，也读不到 /proc/self/status）。",
  "mem.source_time": "/usr/bin/time -v 测得",
  "mem.source_native": "探针读取 /proc/self/status 的 VmHWM",
  "mem.source_emulated": "模拟器下测得，含模拟器开销，仅供参考",
  "fix.mem.over":
    "设置 GOMEMLIMIT（如 {1} MB 的 80%）并调低 GOGC，去掉 net/http/pprof，构建时使用 -ldflags=\"-s -w\"；选用占用更小的 sidecar。",
  "fix.mem.emulated": "请在目标机上直接运行以获得准确的峰值内存。",

  // ── go.mod readiness (--gomod; knowledge base embedded by lib/compat-check/gomod-rules.ts) ──
  "step.gomod": "go.mod 模块就绪度",
  "step.gomod.cgo": "项目中使用 cgo 的包",
  "skip.no_gomod": "未指定 --gomod，跳过。",
  "skip.no_source": "{1} 所在目录没有 Go 源码，无法列出使用 cgo 的包。",
  "gomod.summary": "{1}（知识库 {2}，按 GOARCH={3}）：{4} 个模块——可用 {5} · 需要 cgo {6} · 需升级 {7} · 建议替换 {8} · 未收录/未核实 {9}",
  "gomod.unreadable": "无法从 {1} 读出任何 require（不是 go.mod？）。",
  "fix.gomod": "按下列结论升级或替换模块；需要 cgo 时以 CGO_ENABLED=1 构建并准备目标架构的 C 交叉工具链。",
  "gomod.label.ok": "可用",
  "gomod.label.cgo": "需要 cgo",
  "gomod.label.upgrade": "需升级",
  "gomod.label.replace": "建议替换",
  "gomod.label.unknown": "未收录/未核实",
  "gomod.v.cgo": "{1} 需要 cgo（{2}）：构建须 CGO_ENABLED=1 并有目标架构的 C 交叉工具链",
  "gomod.v.arch_ok": "{1} {2} 在 GOARCH={3} 上可用",
  "gomod.v.arch_upgrade": "{1} {2} 低于 GOARCH={3} 上的首个可用版本 {4}，需升级到 ≥ {4}",
  "gomod.v.arch_atleast": "{1} {2} 低于已知在 GOARCH={3} 上可用的 {4}（首个可用版本未核实），建议升级到 ≥ {4}",
  "gomod.v.arch_none": "{1} 没有已知支持 GOARCH={2} 的版本{3}",
  "gomod.v.arch_unverified": "{1} 含架构相关代码，在 GOARCH={2} 上的版本边界未核实",
  "gomod.v.sm_ok": "{1} 为持续维护的国密库",
  "gomod.v.sm_old": "{1} 已不再维护（{2}），应改用 {3}",
  "gomod.v.db": "{1} 是 {2} 的驱动",
  "gomod.v.replace": "{1} 应替换为 {2}",
  "gomod.v.gocompat": "{1} {2} 在 Go ≥ {3} 上有已知问题，需升级到 ≥ {4}",
  "gomod.v.gocompat_ok": "{1} {2} 已含 Go {3} 兼容修复或不涉及",
  "gomod.v.local": "{1} 被 replace 为本地目录 {2}：本地代码未核实",
  "gomod.v.unlisted": "{1} 未收录于知识库，按纯 Go 假定",
  "gomod.v.badversion": "{1} 的版本 {2} 无法与知识库比对",
  "gomod.cgo.none": "go list 未发现使用 cgo 的包（GOARCH={1}）。",
  "gomod.cgo.found": "{1} 个包含 cgo 文件（GOARCH={2}）：{3}",
  "gomod.cgo.failed": "go list 未能列出项目的包：{1}",
  "fix.gomod.cgo_off": "这些包需要 CGO_ENABLED=1，而画像不启用 CGO：改用纯 Go 的替代模块，或按 CGO_ENABLED=1 构建并准备 C 交叉工具链。",
  "fix.gomod.cgo_failed": "在项目目录先执行 go mod download（或 go mod vendor），离线环境配置内网 GOPROXY 后重试。",

  // ── Help (printed by --help) ──
  help: [
    "用法：bash compat-check.sh [--json] [--gomod <项目 go.mod>] [--help]",
    "",
    "在目标机（麒麟/统信/openEuler + 飞腾/鲲鹏/海光/龙芯）上检查 Go 服务的信创兼容性：",
    "操作系统、CPU、Go 版本与 go env、C 工具链、国密库，并用 go build 构建探针后运行，",
    "验证 SM2 签名/验签、SM3、SM4、TLS 1.3、CGO 调用，边缘节点还检查二进制体积与峰值内存。",
    "",
    "参数：",
    "  --json            只输出一个 JSON 文档（供流水线解析）",
    "  --gomod <文件>    从项目的 go.mod 读取所用国密库及版本，按内置知识库逐模块检查信创就绪度，",
    "                    并在项目源码所在目录用 go list 列出真正使用 cgo 的包",
    "  -h, --help        显示本帮助",
    "",
    "退出码：0 全部通过（允许警告/跳过）；1 有失败项；2 无法运行（参数错误、不是 bash 等）。",
    "",
    "离线内网（脚本遵循 Go 自身的环境变量）：",
    "  GOPROXY / GOFLAGS / GONOSUMDB / GOPRIVATE / GOSUMDB   模块模式下原样生效",
    "  GO111MODULE=off   GOPATH 模式，从 GOPATH 与 /usr/share/gocode 取国密库源码",
    "  GMSM_LIB=emmansun|tjfoc   覆盖画像中的国密库；GMSM_VERSION=vX.Y.Z 指定模块版本",
    "  GOCACHE / GOMODCACHE     未设置时使用临时目录（运行结束即删除）；设置后复用已有缓存",
    "",
    "测试与预验证：",
    "  CHECK_ROOT=<目录>     读取 <目录>/etc/os-release、<目录>/proc/cpuinfo 等代替 /",
    "  CHECK_UNAME_M=<架构>  代替 uname -m 的结果（如 aarch64）",
    "  PROBE_GOARCH=arm64|amd64|loong64   交叉编译探针（CGO 时同时设置 CC=<交叉编译器>）",
    "  PROBE_EXEC=<前缀>     运行探针的前缀命令，同 go test -exec，如 qemu-aarch64-static -L /usr/aarch64-linux-gnu",
    "  CHECK_TIMEOUT=<秒>    探针与下载的超时，默认 120",
    "",
    "脚本只在 mktemp -d 创建的临时目录中写文件，退出时删除；不会执行任何来自输入或系统文件的内容。",
  ].join("\n"),
} as const satisfies Record<string, string>;

