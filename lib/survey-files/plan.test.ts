import { describe, expect, it } from "vitest";
import { commitOperations, planFingerprint } from "./operations";
import { makeRecord } from "@/tests/support/survey-records";
import { planImport } from "./plan";
import type { ValidatedRow } from "./validate";

const valid = (rowNumber: number, record = makeRecord()): ValidatedRow => ({
  rowNumber,
  record,
  errors: [],
  warnings: [],
  shown: { code: record.code, label: record.label },
});

describe("planImport", () => {
  const stored = [makeRecord({ code: "TJ-01" }), makeRecord({ code: "TJ-02", note: "旧备注" }), makeRecord({ code: "TJ-99" })];

  it("classifies rows as new, update (with changed fields), unchanged and error", () => {
    const rows: ValidatedRow[] = [
      valid(2, makeRecord({ code: "TJ-01" })),
      valid(3, makeRecord({ code: "TJ-02", note: "新备注", teamSize: 30 })),
      valid(4, makeRecord({ code: "TJ-03" })),
      { rowNumber: 5, errors: [{ column: "企业编号", field: "code", message: "缺少企业编号" }], warnings: [], shown: { code: null, label: "无编号企业" } },
    ];
    const plan = planImport(rows, stored);
    expect(plan.rows.map((row) => row.status)).toEqual(["unchanged", "update", "new", "error"]);
    expect(plan.rows[1]).toMatchObject({
      changes: [
        { field: "teamSize", before: 24, after: 30 },
        { field: "note", before: "旧备注", after: "新备注" },
      ],
    });
    expect(plan.rows[3]).toMatchObject({ status: "error", shown: { code: null, label: "无编号企业" } });
    expect(plan.counts).toEqual({ new: 1, update: 1, unchanged: 1, error: 1, total: 4 });
    expect(plan.canCommit).toBe(false);
  });

  it("leaves records the file does not mention alone", () => {
    const plan = planImport([valid(2, makeRecord({ code: "TJ-01" }))], stored);
    expect(plan.rows).toHaveLength(1);
    expect(plan.canCommit).toBe(true);
  });

  it("cannot commit an empty file", () => {
    expect(planImport([], stored).canCommit).toBe(false);
  });

  it("ignores float noise, null vs empty text, line-break style and list order", () => {
    const before = makeRecord({ xinchuang: 0.92, note: null, label: "甲\r\n乙", errorCategories: ["tiny-leaf", "overconfident"], outcome: "counter-example" });
    const after = makeRecord({ xinchuang: 0.92000000001, note: "", label: "甲\n乙", errorCategories: ["overconfident", "tiny-leaf"], outcome: "counter-example" });
    expect(planImport([valid(2, after)], [before]).rows[0]?.status).toBe("unchanged");
    const changed = planImport([valid(2, makeRecord({ xinchuang: 0.9201 }))], [makeRecord({ xinchuang: 0.92 })]);
    expect(changed.rows[0]).toMatchObject({ status: "update", changes: [{ field: "xinchuang", before: 0.92, after: 0.9201 }] });
    const toNull = planImport([valid(2, makeRecord({ xinchuang: null }))], [makeRecord()]);
    expect(toNull.rows[0]).toMatchObject({ status: "update", changes: [{ field: "xinchuang", after: null }] });
  });
});

describe("commitOperations", () => {
  it("upserts new and changed records and logs before/after", () => {
    const plan = planImport(
      [valid(2, makeRecord({ code: "TJ-01", teamSize: 1 })), valid(3, makeRecord({ code: "TJ-02" })), valid(4, makeRecord({ code: "TJ-03" }))],
      [makeRecord({ code: "TJ-01" }), makeRecord({ code: "TJ-03" })],
    );
    const operations = commitOperations(plan);
    expect(operations.upserts.map((record) => record.code)).toEqual(["TJ-01", "TJ-02"]);
    expect(operations.changes).toEqual([
      { code: "TJ-01", action: "update", before: makeRecord({ code: "TJ-01" }), after: makeRecord({ code: "TJ-01", teamSize: 1 }), changedFields: ["teamSize"] },
      { code: "TJ-02", action: "create", before: null, after: makeRecord({ code: "TJ-02" }), changedFields: [] },
    ]);
    expect(operations.unchangedCodes).toEqual(["TJ-03"]);
  });

  it("refuses a plan that cannot be committed", () => {
    expect(() => commitOperations(planImport([], []))).toThrow();
  });

  it("fingerprints what the plan would change, so a commit can detect a stale preview", () => {
    const rows = [valid(2, makeRecord({ teamSize: 1 }))];
    const approved = planFingerprint(planImport(rows, [makeRecord()]));
    expect(planFingerprint(planImport(rows, [makeRecord()]))).toBe(approved);
    expect(planFingerprint(planImport(rows, [makeRecord({ teamSize: 2 })]))).not.toBe(approved);
    expect(approved).toMatch(/^[0-9a-f]{16}$/);
  });
});
