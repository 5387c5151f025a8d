import { describe, expect, it } from "vitest";
import { DECISION_LABELS } from "@/lib/domain/catalog";
import { enterpriseRecordSchema } from "@/lib/validations/enterprise";
import { backtest } from "./backtest";
import { checkTreeQuality, SOURCE_SECTION } from "./quality";
import { hasAllFactors, leafOf, PRUNING_LEAVES } from "./tree-stats";
import { readDataFile } from "@/tests/support/reference-data";
import { makeRecord } from "@/tests/support/decision-records";

describe("backtest (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4)", () => {
  const records = [
    makeRecord({ code: "TJ-01", outcome: "success" }),
    makeRecord({
      code: "TJ-07",
      outcome: "counter-example",
      errorCategories: ["tiny-leaf", "pseudo-correlated"],
      xinchuang: 0.65,
      historicalDecision: "automated",
      historicalCombination: 1,
      tier: "core",
      district: "hedong",
    }),
    makeRecord({
      code: "TJ-14",
      outcome: "counter-example",
      errorCategories: ["redundant-path"],
      goProficiency: 0.73,
      historicalDecision: "automated",
      tier: null,
    }),
    makeRecord({ code: "TJ-22", outcome: "counter-example", errorCategories: ["tiny-leaf"], goProficiency: null }),
    makeRecord({ code: "TJ-27", outcome: "counter-example", errorCategories: ["pseudo-correlated"], historicalDecision: "defer", district: "binhai" }),
    makeRecord({ code: "TJ-31", outcome: "counter-example", errorCategories: ["overconfident"], historicalDecision: null }),
    makeRecord({
      code: "TJ-35",
      outcome: "counter-example",
      errorCategories: ["overconfident"],
      xinchuang: 0.85,
      goProficiency: 0.83,
      couplingInverse: 0.64,
      historicalCombination: null,
    }),
  ];
  const report = backtest(records);
  const row = (code: string) => {
    const found = report.rows.find((r) => r.code === code);
    if (!found) throw new Error(code);
    return found;
  };

  it("has one row per counter-example and a summary", () => {
    expect(report.rows.map((r) => r.code)).toEqual(["TJ-07", "TJ-14", "TJ-22", "TJ-27", "TJ-31", "TJ-35"]);
    expect(report).toMatchObject({ counterExamples: 6, computable: 4, differing: 3, notComputable: 2 });
  });

  it("reports today's decision against the historical one", () => {
    expect(row("TJ-07")).toMatchObject({
      status: "differs",
      differs: true,
      historical: { decision: "automated", combination: 1 },
      today: { decision: "defer", rootNode: { tier: "core", rtoMaxSeconds: 900 }, combination: null },
    });
    expect(row("TJ-07").errorCategoryLabels).toHaveLength(2);
    expect(row("TJ-14")).toMatchObject({ status: "differs", today: { decision: "manual-review", rootNode: null } });
    expect(row("TJ-35")).toMatchObject({ status: "same", differs: false, today: { decision: "automated" } });
  });

  it("opens each note with the threshold checks today's rule actually made, then the comparison", () => {
    expect(row("TJ-07").note.startsWith("今天的规则：信创适配度 0.65 < 0.70 → 暂缓裁剪；历史决策为自动化裁剪流水线，今天改判为暂缓裁剪；")).toBe(true);
    expect(row("TJ-14").note.startsWith("今天的规则：信创适配度 0.92 ≥ 0.70，Go 熟练度 0.73 < 0.75 → 人工协同评审；")).toBe(true);
    expect(row("TJ-35").note).toContain("系统独立性（耦合度倒数） 0.64 ≥ 0.60 → 自动化裁剪流水线；与历史决策（自动化裁剪流水线）相同");
    expect(row("TJ-07").note).toContain("历史组合 #1");
    expect(row("TJ-35").note).not.toContain("历史组合");
  });

  it("says what the pseudo-correlated guard does on the row, and routes nothing to manual review that today's rule does not", () => {
    const note = row("TJ-27").note;
    expect(row("TJ-27").today?.decision).toBe("automated");
    expect(note).toContain("伪相关变量今天不是决策输入");
    expect(note).toContain("所在区（滨海新区）只用于同区企业对比");
    expect(note).not.toContain("人工");
    expect(row("TJ-07").note).toContain("所在区（河东区）");
  });

  it("gives a tiny-leaf row its real leaf size and today's minimum-samples rule, never a claim the data contradicts", () => {
    // TJ-07 is the only record with all factors in the defer leaf.
    const note = row("TJ-07").note;
    expect(note).toContain(`本案今天落在叶节点「${PRUNING_LEAVES.defer}」，库中三个因子齐全的记录有 1 条落在该叶，低于${SOURCE_SECTION}的叶节点最少样本数 10`);
    expect(note).toContain("今天的引擎不因样本少合并叶节点");
    expect(note).not.toContain("至少 10 个样本");
    const quality = checkTreeQuality(records);
    const samples = quality.metrics.find((m) => m.key === "min-samples-leaf")!;
    expect(samples.details.find((d) => d.id === "defer")?.value).toBe(1);
  });

  it("says a leaf that holds enough records reaches the minimum", () => {
    const many = Array.from({ length: 10 }, () => makeRecord({ xinchuang: 0.5 }));
    const counter = makeRecord({ outcome: "counter-example", errorCategories: ["tiny-leaf"], xinchuang: 0.5, historicalDecision: "defer" });
    const [only] = backtest([...many, counter]).rows;
    expect(only?.note).toContain("有 11 条落在该叶，达到");
  });

  it("counts the binary checks of a redundant-path row and gives an overconfident row its margins", () => {
    expect(row("TJ-14").note).toContain(`今天的中间节点对本案做了 2 次二分（最多 3 次，${SOURCE_SECTION}的最大深度上限为 5）`);
    expect(row("TJ-35").note).toContain("每个因子距阈值的余量：信创适配度 +0.15，Go 熟练度 +0.08，系统独立性（耦合度倒数） +0.04");
  });

  it("says 'not computable' when factors or the historical decision are missing", () => {
    expect(row("TJ-22")).toMatchObject({ status: "not-computable", differs: null, today: null });
    expect(row("TJ-22").note).toBe("缺少Go 熟练度，无法按今天的规则计算");
    expect(row("TJ-31")).toMatchObject({ status: "not-computable", differs: null, note: "缺少历史裁剪决策，无从比较" });
  });

  it("never rounds a factor across its threshold in the note", () => {
    const [near] = backtest([makeRecord({ outcome: "counter-example", errorCategories: ["overconfident"], xinchuang: 0.695 })]).rows;
    expect(near?.note).toContain("信创适配度 0.695 < 0.70");
  });

  it("has no rows for a survey without counter-examples", () => {
    expect(backtest([makeRecord()])).toEqual({ rows: [], counterExamples: 0, computable: 0, differing: 0, notComputable: 0 });
    expect(backtest([])).toMatchObject({ rows: [], counterExamples: 0 });
  });
});

describe("on the shipped survey records (data/enterprises.json, a reconstruction)", () => {
  const records = enterpriseRecordSchema.array().parse(readDataFile("enterprises.json"));
  const report = backtest(records);
  const quality = checkTreeQuality(records);

  it("gives one row per counter-example and a status for every quality metric", () => {
    const counterExamples = records.filter((r) => r.outcome === "counter-example");
    expect(report.rows.map((r) => r.code)).toEqual(counterExamples.map((r) => r.code));
    expect(report.computable + report.notComputable).toBe(counterExamples.length);
    expect(quality.records).toBe(records.length);
    for (const metric of quality.metrics) expect(["pass", "fail", "not-computable"]).toContain(metric.status);
  });

  it("writes every note to match its own row's status and today's decision", () => {
    for (const row of report.rows) {
      const record = records.find((r) => r.code === row.code)!;
      if (row.status === "not-computable") {
        expect(row.today, row.code).toBeNull();
        continue;
      }
      const today = row.today!.decision;
      const historical = row.historical.decision!;
      expect(row.note, row.code).toContain(`→ ${DECISION_LABELS[today]}；`);
      expect(row.note, row.code).toContain(row.differs ? `今天改判为${DECISION_LABELS[today]}` : `与历史决策（${DECISION_LABELS[historical]}）相同`);
      expect(row.note, row.code).not.toContain("转人工评审");
      if (today !== "manual-review" && historical !== "manual-review") expect(row.note, row.code).not.toContain("人工");
      if (row.errorCategories.includes("tiny-leaf") && hasAllFactors(record)) {
        const leaf = leafOf(record);
        const size = quality.metrics.find((m) => m.key === "min-samples-leaf")!.details.find((d) => d.id === leaf)!.samples;
        expect(row.note, row.code).toContain(`「${PRUNING_LEAVES[leaf]}」，库中三个因子齐全的记录有 ${size} 条落在该叶，${size >= 10 ? "达到" : "低于"}`);
      }
      for (const category of ["pseudo-correlated", "redundant-path", "overconfident"] as const) {
        const marker = { "pseudo-correlated": "伪相关变量今天不是决策输入", "redundant-path": "次二分", overconfident: "距阈值的余量" }[category];
        expect(row.note.includes(marker), `${row.code} ${category}`).toBe(row.errorCategories.includes(category));
      }
    }
  });
});
