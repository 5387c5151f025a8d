/** POST /api/v1/compat-check over HTTP: the script, the bundle, and precise errors. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PROFILE = {
  systemName: "和平区一网通办 \"$(touch /tmp/pwned-e2e)\"",
  os: "kylin-v10-sp3",
  cpu: "phytium",
  goVersion: "1.19",
  crypto: "sm-tls13",
  cgo: true,
  memoryLimitMb: null,
  smLibrary: "tjfoc",
};

test("a valid profile downloads a shellcheck-clean script", async ({ request }) => {
  const response = await request.post("/api/v1/compat-check", { data: PROFILE });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.sh"; filename\*=UTF-8''/);
  const script = await response.text();
  expect(script.startsWith("#!/usr/bin/env bash")).toBe(true);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "cc-e2e-")), "check.sh");
  writeFileSync(file, script);
  execFileSync("shellcheck", ["-S", "style", file]);
  const help = execFileSync("bash", [file, "--help"]).toString();
  expect(help).toContain("CHECK_ROOT");
  expect(help).toContain("PROBE_EXEC");
});

test("?format=tar.gz downloads a gzip bundle", async ({ request }) => {
  const response = await request.post("/api/v1/compat-check?format=tar.gz", { data: PROFILE });
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([body[0], body[1]]).toEqual([0x1f, 0x8b]);
  expect(response.headers()["content-disposition"]).toContain(".tar.gz");
});

test("an invalid profile is a 400 with one error per field", async ({ request }) => {
  const response = await request.post("/api/v1/compat-check", {
    data: { ...PROFILE, os: "windows", goVersion: "2.0", memoryLimitMb: 1, smLibrary: "openssl" },
  });
  expect(response.status()).toBe(400);
  const problem = await response.json();
  const paths = new Set(problem.errors.map((e: { path: string }) => e.path));
  expect([...paths].sort()).toEqual(["goVersion", "memoryLimitMb", "os", "smLibrary"]);
});
