/**
 * Admin survey import, end to end: nobody but an admin gets in (pages and API); an admin uploads
 * an Excel-style GBK CSV, sees the bad rows flagged by row and column, fixes the file, commits,
 * sees the insights change, reverts the batch and sees them restored; a CSV edited with other line
 * ends previews every row; a zip bomb is refused while the server keeps answering. Leaves the
 * database as the seed made it (other specs count the 37 enterprises).
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { lyingZipBomb, zipBomb } from "@/tests/support/xlsx-files";
import { expectAccessible, screenshot, signIn } from "./helpers";

const IMPORTS = "/api/v1/admin/survey/imports";
const EXPORT = "/api/v1/admin/survey/export";
const ADMIN_PAGES = ["/admin", "/admin/import", "/admin/batches", "/admin/batches/00000000-0000-4000-8000-000000000000"];
const ARCHITECT = { email: "architect-import@example.com", password: "architect-password-1", name: "导入测试架构师" };

type Table = { headers: string[]; rows: string[][] };

async function exportTable(request: APIRequestContext): Promise<{ text: string; table: Table }> {
  const response = await request.get(`${EXPORT}?format=csv`);
  expect(response.status()).toBe(200);
  const text = (await response.body()).toString("utf8");
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const [headers, ...rows] = parsed.data;
  return { text, table: { headers: headers!, rows } };
}

/** What Excel on Chinese Windows writes: GBK, CRLF, no BOM. */
function gbkCsv({ headers, rows }: Table): Buffer {
  return iconv.encode(Papa.unparse({ fields: headers, data: rows }, { newline: "\r\n" }) + "\r\n", "gbk");
}

function set(table: Table, row: string[], header: string, value: string): string[] {
  const copy = [...row];
  copy[table.headers.indexOf(header)] = value;
  return copy;
}

/** Two updates, three new enterprises and three bad rows (rows 7–9 of the file). */
function surveyFile(table: Table, { broken }: { broken: boolean }): Table {
  const [first, second, template] = table.rows;
  const fresh = (n: number, name: string) => set(table, set(table, template!, "企业编号", `TJ-${900 + n}`), "企业名称", name);
  const rows = [
    set(table, first!, "企业名称", `${first![1]}（二期）`),
    set(table, second!, "Go 团队人数", "64"),
    fresh(1, "津门港口物联平台"),
    fresh(2, "滨海数据交易中心"),
    fresh(3, "西青智能制造云"),
    broken ? set(table, fresh(4, "缺编号的企业"), "企业编号", "") : fresh(4, "补上编号的企业"),
    broken ? set(table, fresh(5, "信创度超标企业"), "信创适配度", "120%") : set(table, fresh(5, "信创度修正企业"), "信创适配度", "92%"),
    broken ? set(table, fresh(6, "外地企业"), "所在区", "火星区") : set(table, fresh(6, "滨海新企业"), "所在区", "滨海新区"),
  ];
  return { headers: table.headers, rows };
}

async function chooseFile(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel("选择文件").setInputFiles({ name, mimeType: "text/csv", buffer: bytes });
}

async function signInAs(browser: Browser, credentials: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=%2F");
  await page.getByLabel("邮箱").fill(credentials.email);
  await page.getByLabel("密码").fill(credentials.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  return { context, page };
}

async function expectProblem(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = (await response.json()) as { status: number; title: string; errors?: { row: number; column: string; message: string }[] };
  expect(body.status).toBe(status);
  return body;
}

/** Every admin API call a stranger could try, with a real file. */
async function tryAllApis(request: APIRequestContext, status: number, file: Buffer) {
  const multipart = { file: { name: "攻击.csv", mimeType: "text/csv", buffer: file } };
  await expectProblem(await request.post(`${IMPORTS}?dryRun=1`, { multipart }), status);
  await expectProblem(await request.post(IMPORTS, { multipart }), status);
  await expectProblem(await request.post(`${IMPORTS}/00000000-0000-4000-8000-000000000000/revert`), status);
  await expectProblem(await request.get(`${EXPORT}?format=csv`), status);
  await expectProblem(await request.get(`${EXPORT}?format=xlsx`), status);
}

test.describe.serial("admin survey import", () => {
  test("anonymous visitors and architects are refused every admin page and API; nothing changes", async ({ page, browser, playwright }) => {
    await signIn(page);
    const before = await exportTable(page.request);
    const attack = gbkCsv(surveyFile(before.table, { broken: false }));

    // Anonymous: pages redirect to sign-in, the API answers 401 problem+json.
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    for (const path of ADMIN_PAGES) {
      await strangerPage.goto(path);
      await expect(strangerPage, path).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    }
    await stranger.close();
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    await tryAllApis(anonymous, 401, attack);
    await anonymous.dispose();

    // An architect, created by the admin in the user management page.
    await page.goto("/admin/users");
    await page.getByLabel("邮箱").fill(ARCHITECT.email);
    await page.getByLabel("姓名").fill(ARCHITECT.name);
    await page.getByLabel("角色").selectOption("architect");
    await page.getByLabel("初始密码（至少 10 个字符）").fill(ARCHITECT.password);
    await page.getByRole("button", { name: "创建账号" }).click();
    await expect(page.getByText(new RegExp(`已创建账号 ${ARCHITECT.email}|该邮箱已有账号`))).toBeVisible();

    const architect = await signInAs(browser, ARCHITECT);
    for (const path of ADMIN_PAGES) {
      await architect.page.goto(path);
      await expect(architect.page, path).toHaveURL(/\/forbidden$/);
      await expect(architect.page.getByRole("heading", { name: "无权访问（403）" })).toBeVisible();
    }
    await screenshot(architect.page, "import-architect-forbidden");
    await tryAllApis(architect.page.request, 403, attack);
    await architect.context.close();

    const after = await exportTable(page.request);
    expect(after.text).toBe(before.text);
    await page.goto("/admin/batches");
    await expect(page.getByText("还没有导入批次。")).toBeVisible();
  });

  test("an admin uploads a GBK CSV, fixes the flagged rows, commits, sees the insights change, and reverts", async ({ page }) => {
    await signIn(page);
    const original = await exportTable(page.request);
    const count = original.table.rows.length;

    await page.goto("/admin/import");
    await expect(page.getByRole("heading", { level: 1, name: "导入调研数据" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "import-empty");

    // 1. The file with three bad rows: each flagged with its row and column; no commit possible.
    await chooseFile(page, "调研更新.csv", gbkCsv(surveyFile(original.table, { broken: true })));
    // Hold the response a moment so the "parsing" state after the upload is visible.
    const isDryRun = (url: URL) => url.pathname === IMPORTS && url.searchParams.get("dryRun") === "1";
    await page.route(isDryRun, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByText("正在解析…")).toBeVisible();
    await screenshot(page, "import-parsing");
    await expect(page.getByRole("heading", { name: "预览：调研更新.csv" })).toBeVisible();
    await page.unroute(isDryRun);
    await expect(page.getByText("CSV · GBK / GB18030")).toBeVisible();
    await expect(page.getByText("有 3 行错误，不能提交")).toBeVisible();
    await expect(page.getByRole("button", { name: /^提交导入/ })).toHaveCount(0);
    const preview = page.getByRole("table", { name: "导入预览：每行的状态、错误与变更" });
    const errorRow = (row: number) => preview.getByRole("row").filter({ has: page.getByRole("cell", { name: String(row), exact: true }) });
    await expect(errorRow(7)).toContainText("[企业编号] 缺少企业编号");
    await expect(errorRow(8)).toContainText("[信创适配度]");
    await expect(errorRow(8)).toContainText("超过 100%");
    await expect(errorRow(9)).toContainText("[所在区] 「火星区」不是天津市的区");
    await expectAccessible(page);
    await screenshot(page, "import-errors");

    // 2. The fixed file: two updates (changed fields shown) and six new enterprises.
    await chooseFile(page, "调研更新（已修正）.csv", gbkCsv(surveyFile(original.table, { broken: false })));
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByRole("heading", { name: "预览：调研更新（已修正）.csv" })).toBeVisible();
    await page.getByRole("button", { name: "更新（2）" }).click();
    await expect(preview.getByRole("row").filter({ hasText: original.table.rows[0]![0]! })).toContainText("企业名称：");
    await expect(preview.getByRole("row").filter({ hasText: original.table.rows[1]![0]! })).toContainText("Go 团队人数：");
    await expectAccessible(page);
    await screenshot(page, "import-preview");

    await page.getByRole("button", { name: "提交导入（新增 6，更新 2）" }).click();
    await expect(page.getByText(/已提交导入批次：新增 6 条，更新 2 条，未变 0 条/)).toBeVisible();
    await screenshot(page, "import-committed");

    // 3. The insights follow the data.
    await page.goto("/");
    await expect(page.getByRole("heading", { name: `调研要点（${count + 6} 家天津 Go 企业）` })).toBeVisible();
    await screenshot(page, "import-home-after-commit");
    await page.goto("/insights");
    await expect(page.getByText(`天津 ${count + 6} 家 Go 企业`).first()).toBeVisible();

    // 4. The audit trail: the batch, its field-by-field diff, and the revert.
    await page.goto("/admin/batches");
    const batchRow = page.getByRole("row").filter({ hasText: "调研更新（已修正）.csv" });
    await expect(batchRow).toContainText("管理员");
    await expect(batchRow).toContainText("已提交");
    await expectAccessible(page);
    await screenshot(page, "import-batches");
    await batchRow.getByRole("link", { name: /差异与回滚/ }).click();
    await expect(page.getByRole("heading", { name: "导入批次：调研更新（已修正）.csv" })).toBeVisible();
    const diff = page.getByRole("table", { name: /本批次每条记录的字段变化/ });
    await expect(diff.getByRole("row").filter({ hasText: "企业名称" }).filter({ hasText: "（二期）" })).toBeVisible();
    const created = diff.getByRole("row").filter({ hasText: "TJ-906" });
    await expect(created).toContainText("新增");
    await created.getByText(/查看 \d+ 个字段/).click();
    await expect(created).toContainText("所在区：滨海新区");
    await expectAccessible(page);
    await screenshot(page, "import-batch-diff");

    await page.getByRole("button", { name: "回滚此批次" }).click();
    await expect(page.getByText(/确认回滚此批次？将删除本批次新增的 6 条记录/)).toBeVisible();
    await screenshot(page, "import-revert-confirm");
    await page.getByRole("button", { name: "确认回滚" }).click();
    await expect(page.getByText("已回滚：恢复 2 条记录，删除 6 条新增记录")).toBeVisible();
    await page.reload();
    await expect(page.getByText(/^已回滚 · /)).toBeVisible();
    await expect(page.getByRole("button", { name: "回滚此批次" })).toHaveCount(0);
    await screenshot(page, "import-batch-reverted");

    await page.goto("/");
    await expect(page.getByRole("heading", { name: `调研要点（${count} 家天津 Go 企业）` })).toBeVisible();
    expect((await exportTable(page.request)).text).toBe(original.text);
  });

  test("the API: dry run with row errors, 422 on commit, 201 + revert, round trip without changes", async ({ page }) => {
    await signIn(page);
    const original = await exportTable(page.request);
    const bad = gbkCsv(surveyFile(original.table, { broken: true }));
    const good = gbkCsv(surveyFile(original.table, { broken: false }));

    const dry = await page.request.post(`${IMPORTS}?dryRun=1`, { multipart: { file: { name: "bad.csv", mimeType: "text/csv", buffer: bad } } });
    expect(dry.status()).toBe(200);
    const preview = await dry.json();
    expect(preview).toMatchObject({ dryRun: true, format: "csv", encoding: "gb18030", canCommit: false, counts: { new: 3, update: 2, error: 3 } });
    expect(preview.errors).toContainEqual({ row: 7, column: "企业编号", message: "缺少企业编号" });

    const refused = await expectProblem(await page.request.post(IMPORTS, { multipart: { file: { name: "bad.csv", mimeType: "text/csv", buffer: bad } } }), 422);
    expect(refused.errors).toContainEqual({ row: 7, column: "企业编号", message: "缺少企业编号" });
    expect(refused.errors?.map((error) => error.row)).toEqual([7, 8, 9]);
    expect((await exportTable(page.request)).text).toBe(original.text);

    const stale = await page.request.post(IMPORTS, {
      multipart: { file: { name: "good.csv", mimeType: "text/csv", buffer: good }, fingerprint: "0000000000000000" },
    });
    expect((await expectProblem(stale, 409)).title).toBe("数据已变化，请重新预览");

    const committed = await page.request.post(IMPORTS, { multipart: { file: { name: "good.csv", mimeType: "text/csv", buffer: good } } });
    expect(committed.status()).toBe(201);
    const batch = await committed.json();
    expect(batch.counts).toEqual({ created: 6, updated: 2, unchanged: 0 });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Round trip: the export re-imports with zero changes (CSV and XLSX).
    for (const format of ["csv", "xlsx"]) {
      const exported = await page.request.get(`${EXPORT}?format=${format}`);
      expect(exported.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="tj-go-survey-.*\\.${format}"$`));
      const roundTrip = await page.request.post(`${IMPORTS}?dryRun=1`, {
        multipart: { file: { name: `export.${format}`, mimeType: "application/octet-stream", buffer: await exported.body() } },
      });
      expect((await roundTrip.json()).counts).toMatchObject({ new: 0, update: 0, error: 0, unchanged: original.table.rows.length + 6 });
    }

    const revert = await page.request.post(`${IMPORTS}/${batch.batchId}/revert`);
    expect(revert.status()).toBe(200);
    expect(await revert.json()).toMatchObject({ status: "reverted", restored: 2, deleted: 6 });
    expect((await expectProblem(await page.request.post(`${IMPORTS}/${batch.batchId}/revert`), 409)).title).toBe("该批次已回滚");
    expect((await exportTable(page.request)).text).toBe(original.text);

    const doc = await (await page.request.get("/api/v1/openapi.json")).json();
    expect(doc.paths[IMPORTS].post.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths[`${IMPORTS}/{batchId}/revert`].post).toBeDefined();
    expect(doc.paths[EXPORT].get).toBeDefined();
  });

  test("a large file shows upload progress, then the parsing state, then its preview", async ({ page }) => {
    await signIn(page);
    const { table } = await exportTable(page.request);
    const template = table.rows[0]!;
    const rows = Array.from({ length: 12_000 }, (_, index) =>
      set(table, set(table, template, "企业编号", `TJ-${100_000 + index}`), "企业名称", `批量测试企业${index}`),
    );
    const bytes = gbkCsv({ headers: table.headers, rows });
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);

    await page.goto("/admin/import");
    await chooseFile(page, "批量.csv", bytes);
    // ~1 MB/s upstream, so the upload takes a few seconds.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByText(/正在上传（预览）… \d+%/)).toBeVisible();
    await screenshot(page, "import-upload-progress");
    await expect(page.getByRole("heading", { name: "预览：批量.csv" })).toBeVisible({ timeout: 30_000 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(page.getByRole("button", { name: "提交导入（新增 12000，更新 0）" })).toBeVisible();
    await expect(page.getByText("第 1 / 240 页")).toBeVisible();
    await screenshot(page, "import-large-preview");
  });

  test("an unusual spreadsheet: map its columns, save the mapping under a name, reuse it", async ({ page }) => {
    await signIn(page);
    const { table } = await exportTable(page.request);
    const renamed = { ...table, headers: table.headers.map((header) => ({ 企业编号: "单位编码", 企业名称: "单位全称" })[header] ?? header) };
    const file = gbkCsv({ headers: renamed.headers, rows: table.rows.slice(0, 3) });

    await page.goto("/admin/import");
    await chooseFile(page, "老模板.csv", file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByText("缺少必填列：「企业编号」、「企业名称」")).toBeVisible();
    await expect(page.getByText("文件的列不符合要求，不能提交")).toBeVisible();

    const editor = page.locator("details").filter({ hasText: "列映射：" });
    await editor.getByLabel("单位编码").selectOption("code");
    await editor.getByLabel("单位全称").selectOption("label");
    await editor.getByLabel("映射名称").fill("老模板（单位编码）");
    await expectAccessible(page);
    await screenshot(page, "import-mapping-editor");
    await editor.getByRole("button", { name: "保存映射并重新预览" }).click();
    await expect(page.getByRole("button", { name: "提交导入（新增 0，更新 0）" })).toBeVisible();
    await expect(page.getByRole("button", { name: "未变（3）" })).toBeVisible();

    // Next time: choose the saved mapping before uploading.
    await page.reload();
    await page.getByLabel("列映射", { exact: true }).selectOption("老模板（单位编码）");
    await chooseFile(page, "老模板.csv", file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByRole("button", { name: "提交导入（新增 0，更新 0）" })).toBeVisible();
    const viaApi = await page.request.post(`${IMPORTS}?dryRun=1`, {
      multipart: { file: { name: "老模板.csv", mimeType: "text/csv", buffer: file }, mapping: "老模板（单位编码）" },
    });
    expect((await viaApi.json()).canCommit).toBe(true);
    await screenshot(page, "import-mapping-reused");
  });

  test("rows appended with LF to the CRLF export: every row previewed, data lines and rows read match", async ({ page }) => {
    await signIn(page);
    const { text, table } = await exportTable(page.request);
    const template = table.rows[0]!;
    const fresh = (n: number, name: string) => set(table, set(table, template, "企业编号", `TJ-${950 + n}`), "企业名称", name);
    const appended = [fresh(1, "换行追加一"), set(table, fresh(2, "换行追加二"), "所在区", "火星区"), fresh(3, "换行追加三")];
    expect(text.endsWith("\r\n")).toBe(true);
    const file = Buffer.from(`${text}${Papa.unparse(appended, { newline: "\n" })}\n`, "utf8");
    const total = table.rows.length + appended.length;

    const dry = await page.request.post(`${IMPORTS}?dryRun=1`, { multipart: { file: { name: "追加.csv", mimeType: "text/csv", buffer: file } } });
    expect(dry.status()).toBe(200);
    const preview = await dry.json();
    expect(preview).toMatchObject({ rowCount: total, dataLines: total, counts: { new: 2, error: 1, unchanged: table.rows.length, total } });
    expect(preview.errors).toEqual([{ row: total, column: "所在区", message: expect.stringContaining("火星区") }]);

    await page.goto("/admin/import");
    await chooseFile(page, "追加.csv", file);
    await page.getByRole("button", { name: "上传并预览" }).click();
    await expect(page.getByText(`数据行 ${total}，已读取 ${total} 行`)).toBeVisible();
    await expect(page.getByText("有 1 行错误，不能提交")).toBeVisible();
    await screenshot(page, "import-mixed-line-ends");
  });

  test("zip bombs posted to the dry run get a 413 within seconds while /api/health keeps answering", async ({ page }) => {
    await signIn(page);
    const health: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling || health.length < 10) {
        const started = Date.now();
        const answer = await page.request.get("/api/health");
        health.push(Date.now() - started);
        expect(answer.status()).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    for (const [name, bomb] of [["炸弹.xlsx", await zipBomb()], ["谎报大小.xlsx", await lyingZipBomb()]] as const) {
      const started = Date.now();
      const response = await page.request.post(`${IMPORTS}?dryRun=1`, {
        multipart: { file: { name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bomb } },
      });
      const elapsed = Date.now() - started;
      const problem = (await expectProblem(response, 413)) as { code?: string; detail?: string };
      expect(problem.code).toBe("file-too-complex");
      expect(problem.detail).toMatch(/解压后|声明/);
      expect(elapsed, `${name} answered after ${elapsed} ms`).toBeLessThan(5_000);
    }
    polling = false;
    await poll;
    expect(Math.max(...health), `health answers (ms): ${health.join(", ")}`).toBeLessThan(1_000);
  });
});
