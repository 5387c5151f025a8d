/** Filling the questionnaire as an architect does, for the specs that need a submitted assessment. */
import { expect, type Page } from "@playwright/test";

export const radio = (page: Page, group: string, option: string | RegExp) =>
  page.getByRole("radiogroup", { name: group }).getByRole("radio", { name: option });

export const stepButton = (page: Page, title: string) =>
  page.getByRole("navigation", { name: "问卷步骤" }).getByRole("button", { name: new RegExp(title) });

export async function next(page: Page, expectedTitle: string) {
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByRole("heading", { level: 2, name: expectedTitle })).toBeVisible();
}

export async function fillScenario(page: Page, a: { name: string; industry: string; workload: string; crossBorder: "是" | "否"; district?: string }) {
  await page.getByLabel("系统名称").fill(a.name);
  await page.getByLabel("所属行业").selectOption({ label: a.industry });
  await page.getByLabel("业务形态").selectOption({ label: a.workload });
  await radio(page, "是否有跨境链路", a.crossBorder).check();
  if (a.district) await page.getByLabel("所在区（选填）").selectOption({ label: a.district });
}

export async function fillEnvironment(page: Page, a: { os: string; database: string; cpu: string; sm?: "是" | "否"; crypto?: string; cgo: "是" | "否"; go: string }) {
  await page.getByLabel("目标操作系统").selectOption({ label: a.os });
  await page.getByLabel("数据库").selectOption({ label: a.database });
  await page.getByLabel("CPU 系列").selectOption({ label: a.cpu });
  if (a.sm) await radio(page, "是否需要国密算法（SM2/SM3/SM4）", a.sm).check();
  if (a.crypto) await radio(page, "国密要求", a.crypto).check();
  await radio(page, "是否启用 CGO（CGO_ENABLED=1）", a.cgo).check();
  await page.getByLabel("计划使用的 Go 版本").selectOption({ label: a.go });
}

export async function fillTeam(page: Page, services: number, team: [number, number, number]) {
  await page.getByLabel("近半年上线的 Go 服务数").fill(String(services));
  await page.getByLabel("初级", { exact: true }).fill(String(team[0]));
  await page.getByLabel("中级", { exact: true }).fill(String(team[1]));
  await page.getByLabel("资深 / 架构师").fill(String(team[2]));
}

export async function addDependency(page: Page, index: number, kind: string, count: number) {
  await page.getByRole("button", { name: "添加依赖" }).click();
  await page.getByLabel(`依赖 ${index} 的类型`).selectOption({ label: kind });
  await page.getByLabel(`依赖 ${index} 的数量`).fill(String(count));
}

export async function fillDeployment(page: Page, a: { density: string; consistency: RegExp; tier: RegExp; memory?: number }) {
  await page.getByLabel("部署密度").selectOption({ label: a.density });
  if (a.memory !== undefined) await page.getByLabel("单个服务内存上限（MB）").fill(String(a.memory));
  await radio(page, "数据一致性要求", a.consistency).check();
  await radio(page, "业务连续性等级", a.tier).check();
}

export async function submit(page: Page) {
  await page.getByRole("button", { name: "提交评估" }).click();
  await expect(page).toHaveURL(/\/assessments\/[A-Za-z0-9_-]{24}$/);
  await expect(page.getByRole("heading", { name: "推荐结论" })).toBeVisible();
}
