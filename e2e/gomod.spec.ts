/**
 * An architect pastes the system's go.mod (tests/fixtures/gomod/xinchuang-sample.go.mod: a cgo
 * SQLite driver, tjfoc/gmsm as a local copy, an old golang.org/x/sys, go 1.18) in the
 * legacy-system step, sees the findings live, submits, and finds them and their effects in the
 * result, the decision path, the PDF (read with pdftotext) and the downloaded check script.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, screenshot } from "./helpers";

const SAMPLE = readFileSync(path.join(process.cwd(), "tests", "fixtures", "gomod", "xinchuang-sample.go.mod"), "utf8");
const ARTIFACTS = path.join(process.cwd(), "artifacts");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

test.use({ viewport: DESKTOP });
test.describe.configure({ timeout: 180_000 });

const radio = (page: Page, group: string, option: string | RegExp) => page.getByRole("radiogroup", { name: group }).getByRole("radio", { name: option });

async function next(page: Page, expectedTitle: string) {
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByRole("heading", { level: 2, name: expectedTitle })).toBeVisible();
}

test("a pasted go.mod: live findings, their effect in the result, the PDF and the script", async ({ page }) => {
  await page.goto("/assess");
  await page.getByLabel("系统名称").fill("天津支付网关（go.mod 扫描）");
  await page.getByLabel("所属行业").selectOption({ label: "金融" });
  await page.getByLabel("业务形态").selectOption({ label: "对外 API / 交易网关" });
  await radio(page, "是否有跨境链路", "否").check();
  await next(page, "目标环境");
  await page.getByLabel("目标操作系统").selectOption({ label: "银河麒麟 V10" });
  await page.getByLabel("数据库").selectOption({ label: "达梦 DM8" });
  await page.getByLabel("CPU 系列").selectOption({ label: "飞腾（FT-2000/4、S2500 等，ARM64）" });
  await radio(page, "国密要求", "TLS 1.3 + SM2/SM3/SM4 双模").check();
  // The architect says no CGO; the go.mod will say otherwise.
  await radio(page, "是否启用 CGO（CGO_ENABLED=1）", "否").check();
  await page.getByLabel("计划使用的 Go 版本").selectOption({ label: "Go 1.22" });
  await next(page, "Go 团队");
  await page.getByLabel("近半年上线的 Go 服务数").fill("3");
  await page.getByLabel("初级", { exact: true }).fill("2");
  await page.getByLabel("中级", { exact: true }).fill("4");
  await page.getByLabel("资深 / 架构师").fill("2");
  await next(page, "存量系统");

  // Paste the go.mod: the preview lists the findings with their sources and the knowledge-base version.
  await page.getByLabel("go.mod 内容").fill(SAMPLE);
  const preview = page.getByTestId("gomod-preview");
  await expect(preview).toBeVisible({ timeout: 15_000 });
  await expect(preview.getByTestId("gomod-knowledge-version")).toHaveText(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  const findings = preview.getByTestId("gomod-findings");
  await expect(findings.locator('tr[data-verdict="needs-cgo"]')).toContainText("github.com/mattn/go-sqlite3");
  await expect(findings.locator('tr[data-verdict="replace"]')).toContainText("github.com/tjfoc/gmsm");
  await expect(findings.locator("tr").filter({ hasText: "golang.org/x/sys" })).toContainText("v0.0.0-20210630005230-0f9fa26af87c");
  await expect(preview.getByTestId("gomod-effects")).toContainText("CGO_ENABLED=1");
  await expect(preview.getByTestId("gomod-effects")).toContainText("github.com/emmansun/gmsm");
  await expectAccessible(page);
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await screenshot(page, "assess-4-legacy-gomod");
  }

  // Autosaved with the draft: back after a reload.
  await expect(page.getByText("已保存")).toBeVisible();
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(page.getByLabel("go.mod 内容")).toHaveValue(SAMPLE);
  await expect(page.getByTestId("gomod-preview")).toBeVisible();

  await next(page, "部署与连续性");
  await page.getByLabel("部署密度").selectOption({ label: "中心云（集中部署）" });
  await radio(page, "数据一致性要求", /^强一致/).check();
  await radio(page, "业务连续性等级", /^重要/).check();
  await next(page, "确认并提交");
  await page.getByRole("button", { name: "提交评估" }).click();
  await expect(page).toHaveURL(/\/assessments\/[A-Za-z0-9_-]{24}$/);
  const id = page.url().split("/").pop()!;

  // The result: the warnings, the module-readiness section and the go.mod step of the decision path.
  await expect(page.getByRole("heading", { name: "需要注意" })).toBeVisible();
  await expect(page.locator("#warnings-title").locator("..")).toContainText("github.com/mattn/go-sqlite3 需要 cgo，而问卷选择了不启用 CGO");
  await expect(page.locator("#warnings-title").locator("..")).toContainText("不再维护的国密库 github.com/tjfoc/gmsm v1.4.1");
  await expect(page.locator("#warnings-title").locator("..")).toContainText("go 指令 1.18 低于 Go 版本下限");
  const section = page.getByTestId("gomod-readiness");
  await expect(section.getByRole("heading", { name: "模块就绪度（go.mod 扫描）" })).toBeVisible();
  await expect(section.locator('tr[data-verdict="needs-cgo"]')).toContainText("github.com/mattn/go-sqlite3");
  const gomodStep = page.locator(".path-step").filter({ hasText: "go.mod 模块扫描" });
  await expect(gomodStep).toContainText("CGO_ENABLED=1");
  await expect(gomodStep).toContainText("github.com/tjfoc/gmsm v1.4.1");
  await expect(page.locator(".path-step").filter({ hasText: "知识卡片" })).toContainText("Go 1.22 调度器");
  await expectAccessible(page);
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await screenshot(page, "result-gomod");
  }

  // The PDF: the section, its findings, sources and knowledge-base version.
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 PDF 报告" }).click();
  const pdfFile = path.join(ARTIFACTS, "e2e-gomod-report.pdf");
  await (await pdfDownload).saveAs(pdfFile);
  const pdf = execFileSync("pdftotext", [pdfFile, "-"]).toString().replace(/\s+/g, "");
  for (const expected of ["模块就绪度（go.mod扫描）", "go.mod模块扫描", "知识库版本", "需要cgo", "建议替换", "sqlite3#installation", "github.com/tjfoc/gmsm"]) {
    expect(pdf).toContain(expected);
  }

  // The script: CGO on from the go.mod, tjfoc probed, and the knowledge base to apply with --gomod.
  const scriptDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载兼容性检查脚本" }).click();
  const script = readFileSync((await (await scriptDownload).path())!, "utf8");
  expect(script).toMatch(/^readonly P_CGO='1'$/m);
  expect(script).toMatch(/^readonly P_SM_LIB='tjfoc'$/m);
  expect(script).toMatch(/^readonly P_GOMOD_KB_VERSION='\d{4}-\d{2}-\d{2}\.\d+'$/m);
  expect(script).toContain("github.com/mattn/go-sqlite3\t0\t*\tcgo\t");
  expect(script).toContain("github.com/tjfoc/gmsm\t0\t*\tsm\tunmaintained-since-2021\tgithub.com/emmansun/gmsm\t");
  expect(script).toContain("golang.org/x/sys\t0\t*\tarch\t");
  expect(id).toHaveLength(24);
});
