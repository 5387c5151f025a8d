/**
 * Every page fits the screen (issue 15): at 375 and 1280 px, in light and dark mode, nothing is
 * wider than the viewport — the document does not scroll sideways and no element sticks out,
 * except inside a box that scrolls on purpose (a wide table in `.table-scroll`) — and axe finds no
 * serious or critical violation. A screenshot of each is kept under artifacts/screenshots/layout/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { expectAccessible, signIn } from "./helpers";

const WIDTHS = [375, 1280] as const;
const SCHEMES = ["light", "dark"] as const;
const DIR = path.join(process.cwd(), "artifacts", "screenshots", "layout");

/** Elements outside the viewport that are not inside a scrolling box and are not visually hidden. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    const scrolls = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.clip !== "auto" || style.clipPath !== "none" || el.closest(".sr-only, .skip-link")) continue;
      let parent = el.parentElement;
      let inside = false;
      while (parent && parent !== document.body) {
        if (scrolls(parent)) {
          inside = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (inside) continue;
      if (rect.right > width + 1 || rect.left < -1) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : ""}`;
        found.push(`${name} ${Math.round(rect.left)}–${Math.round(rect.right)} (${(el.textContent ?? "").trim().slice(0, 30)})`);
      }
      if (found.length >= 8) break;
    }
    return found;
  });
}

async function check(page: Page, name: string, url: string, prepare?: (page: Page) => Promise<void>) {
  mkdirSync(DIR, { recursive: true });
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      if (prepare) await prepare(page);
      await page.waitForTimeout(150); // charts re-measure after a resize
      expect(await overflow(page), `${name} at ${width} px, ${colorScheme}`).toEqual([]);
      await expectAccessible(page);
      await page.screenshot({ path: path.join(DIR, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
}

const PUBLIC_PAGES: [string, string][] = [
  ["home", "/"],
  ["assess", "/assess"],
  ["insights", "/insights"],
  ["enterprises", "/insights/enterprises"],
  ["architectures", "/architectures"],
  ["compare", "/architectures/compare?ids=microservice-gateway,realtime-pipeline,crossborder-settlement"],
  ["knowledge", "/knowledge"],
  ["method", "/method"],
  ["sources", "/sources"],
  ["signin", "/signin"],
];

for (const [name, url] of PUBLIC_PAGES) {
  test(`${name} fits 375 and 1280 px, light and dark`, async ({ page }) => {
    await check(page, name, url);
  });
}

test("an expanded enterprise row fits", async ({ page }) => {
  await check(page, "enterprises-expanded", "/insights/enterprises", async (p) => {
    await p.getByRole("button", { name: /展开/ }).first().click();
  });
});

test("the result page fits", async ({ page }) => {
  const created = await page.request.post("/api/v1/assessments", { data: { ...BINHAI_BANK_GATEWAY, submit: true } });
  const { id } = (await created.json()) as { id: string };
  await check(page, "result", `/assessments/${id}`);
});

test("the admin and account pages fit", async ({ page }) => {
  await signIn(page);
  for (const [name, url] of [
    ["admin", "/admin"],
    ["admin-users", "/admin/users"],
    ["admin-import", "/admin/import"],
    ["admin-batches", "/admin/batches"],
    ["admin-teams", "/admin/teams"],
    ["my", "/my"],
    ["tokens", "/settings/tokens"],
  ] as const) {
    await check(page, name, url);
  }
});
