/**
 * Terms explained where they appear and figures that read as figures (issue 15): a decision term
 * shows its plain meaning on hover and keyboard focus and links to its glossary entry; a
 * knowledge chart with one known value is shown as that number.
 */
import { expect, test } from "@playwright/test";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { signIn } from "./helpers";

test("a term on the result page explains itself and leads to the glossary", async ({ page }) => {
  const created = await page.request.post("/api/v1/assessments", { data: { ...BINHAI_BANK_GATEWAY, submit: true } });
  const { id } = (await created.json()) as { id: string };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/assessments/${id}`);

  const rto = page.getByRole("link", { name: "RTO", exact: true });
  await expect(rto).toHaveAccessibleDescription(/最长停机时间/);
  const tip = page.getByRole("tooltip").filter({ hasText: "最长停机时间" }).first();
  await expect(tip).toBeHidden();
  await rto.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  const independence = page.getByRole("link", { name: "系统独立性（耦合度倒数）" }).first();
  await independence.focus();
  await expect(page.getByRole("tooltip").filter({ hasText: "对外依赖越少越高" }).first()).toBeVisible();
  await independence.click();
  await expect(page).toHaveURL(/\/method#term-couplingInverse$/);
  await expect(page.locator("#term-couplingInverse")).toContainText("对外依赖越少越高");
  await expect(page.locator("#term-couplingInverse")).toBeInViewport();
});

test("a knowledge chart with one known value shows the figure, with the unknown ones named", async ({ page }) => {
  await page.goto("/knowledge");
  const start = page.locator("#chart-edge-sidecars-startTime");
  await expect(start.getByTestId("figure-edge-sidecars-startTime")).toHaveText(/180 ms\s*MOSN/);
  await expect(start.locator(".chart-canvas")).toHaveCount(0);
  await expect(start).toContainText("只有 MOSN 给出了数值（180 ms）；Linkerd2-proxy、Istio Ambient（ztunnel）原文未给出/截断");
  await expect(page.locator("#chart-edge-sidecars-memory .chart-canvas")).toBeVisible();
  await expect(page.getByText(/seed/i)).toHaveCount(0);
});

test("the header names the signed-in user once, with the role only when the name does not say it", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin");
  const user = page.locator(".nav-user");
  await expect(user).toContainText("管理员");
  await expect(user).not.toContainText("管理员（管理员）");
});
