"use client";

/** The questionnaire's first five steps; texts from lib/assessments/questions.ts. */
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import {
  CONSISTENCY_LABELS,
  CONSISTENCIES,
  CPU_FAMILIES,
  CPU_FAMILY_LABELS,
  CRYPTO_MODE_LABELS,
  CRYPTO_MODES,
  DATABASE_LABELS,
  DATABASES,
  DENSITIES,
  DENSITY_LABELS,
  DEPENDENCY_KIND_LABELS,
  DEPENDENCY_KINDS,
  DISTRICT_LABELS,
  DISTRICTS,
  INDUSTRIES,
  KYLIN_SERVICE_PACK_LABELS,
  KYLIN_SERVICE_PACKS,
  INDUSTRY_LABELS,
  optionsOf,
  TARGET_OS_LABELS,
  TARGET_OSES,
  TIER_LABELS,
  TIERS,
  WORKLOAD_LABELS,
  WORKLOADS,
} from "@/lib/domain/catalog";
import { ROOT_NODE_TABLE } from "@/lib/decision/root";
import { EDGE_MEMORY_LIMIT_MB } from "@/lib/decision/knowledge";
import { cryptoModeApplies, memoryLimitApplies, servicePackApplies, smMandated } from "@/lib/domain/applicability";
import { continuityText } from "@/lib/assessments/format";
import { QUESTIONS, smMandatedNote, TEAM_LEVEL_LABELS } from "@/lib/assessments/questions";
import { GO_VERSION_OPTIONS, MAX_DEPENDENCY_ROWS, SYSTEM_NAME_MAX } from "@/lib/domain/assessment-constants";
import type { DraftAnswers } from "@/lib/validations/assessment";
import { FactorSection } from "./factor-section";
import { GomodField } from "./gomod-field";
import { FieldError, fieldId, NumberField, RadioGroupField, SelectField, TextField, useFieldError, YES_NO } from "./fields";

const q = QUESTIONS;

export function ScenarioStep() {
  return (
    <>
      <TextField name="systemName" label={q.systemName.label} help={q.systemName.help} maxLength={SYSTEM_NAME_MAX} />
      <SelectField name="industry" label={q.industry.label} help={q.industry.help} options={optionsOf(INDUSTRIES, INDUSTRY_LABELS)} />
      <SelectField name="workload" label={q.workload.label} help={q.workload.help} options={optionsOf(WORKLOADS, WORKLOAD_LABELS)} />
      <RadioGroupField name="crossBorder" label={q.crossBorder.label} help={q.crossBorder.help} options={YES_NO} />
      <SelectField
        name="district"
        label={q.district.label}
        help={q.district.help}
        options={optionsOf(DISTRICTS, DISTRICT_LABELS)}
        placeholder="不填写"
      />
    </>
  );
}

export function EnvironmentStep() {
  const { control } = useFormContext<DraftAnswers>();
  const [industry, smRequired, os, expert] = useWatch({ control, name: ["industry", "smRequired", "os", "expert"] });
  const mandated = smMandated({ industry });
  return (
    <>
      <FactorSection factor="xinchuang" legend="信创适配度：目标环境">
        <SelectField name="os" label={q.os.label} help={q.os.help} options={optionsOf(TARGET_OSES, TARGET_OS_LABELS)} />
        {servicePackApplies({ os, expert }) ? (
          <SelectField
            name="kylinServicePack"
            label={q.kylinServicePack.label}
            help={q.kylinServicePack.help}
            options={optionsOf(KYLIN_SERVICE_PACKS, KYLIN_SERVICE_PACK_LABELS)}
            placeholder="不确定（按 SP3）"
          />
        ) : null}
        <SelectField name="database" label={q.database.label} help={q.database.help} options={optionsOf(DATABASES, DATABASE_LABELS)} />
        <SelectField name="cpu" label={q.cpu.label} help={q.cpu.help} options={optionsOf(CPU_FAMILIES, CPU_FAMILY_LABELS)} />
      </FactorSection>
      <fieldset>
        <legend>国密（SM2/SM3/SM4）</legend>
        {mandated ? (
          <p className="small muted">{smMandatedNote(INDUSTRY_LABELS[industry!])}</p>
        ) : (
          <RadioGroupField name="smRequired" label={q.smRequired.label} help={q.smRequired.help} options={YES_NO} />
        )}
        {cryptoModeApplies({ industry, smRequired }) ? (
          <RadioGroupField name="crypto" label={q.crypto.label} help={q.crypto.help} options={optionsOf(CRYPTO_MODES, CRYPTO_MODE_LABELS)} />
        ) : null}
      </fieldset>
      <RadioGroupField name="cgo" label={q.cgo.label} help={q.cgo.help} options={YES_NO} />
      <SelectField
        name="goVersion"
        label={q.goVersion.label}
        help={q.goVersion.help}
        options={GO_VERSION_OPTIONS.map((v) => ({ value: v, label: `Go ${v}` }))}
      />
    </>
  );
}

export function TeamStep() {
  const error = useFieldError("team");
  return (
    <FactorSection factor="goProficiency" legend="Go 熟练度：交付记录与团队">
      <NumberField name="servicesLast6m" label={q.servicesLast6m.label} help={q.servicesLast6m.help} min={0} max={1000} unit="个" />
      <fieldset id={fieldId("team")} tabIndex={-1} aria-describedby={error ? `${fieldId("team")}-error` : `${fieldId("team")}-help`}>
        <legend>{q.team.label}</legend>
        <p className="help" id={`${fieldId("team")}-help`}>
          {q.team.help}
        </p>
        <div className="inline-fields">
          {(["junior", "mid", "senior"] as const).map((level) => (
            <NumberField key={level} name={`team.${level}`} label={TEAM_LEVEL_LABELS[level]} min={0} max={10000} unit="人" />
          ))}
        </div>
        <FieldError id={fieldId("team")} message={error} />
      </fieldset>
    </FactorSection>
  );
}

export function LegacyStep() {
  const { control } = useFormContext<DraftAnswers>();
  const { fields, append, remove } = useFieldArray({ control, name: "dependencies" });
  const error = useFieldError("dependencies");
  const id = fieldId("dependencies");
  return (
    <>
    <FactorSection factor="couplingInverse" legend="系统独立性（耦合度倒数）：存量系统依赖">
      <div className="field">
        <p className="help" id={`${id}-help`}>
          {q.dependencies.help}
        </p>
        {fields.length === 0 ? <p className="muted">尚未添加依赖：按“没有外部依赖”计算（耦合度倒数 1.00）。</p> : null}
        <ol className="dependency-rows">
          {fields.map((row, index) => (
            <li key={row.id} className="dependency-row">
              <SelectField
                name={`dependencies.${index}.kind`}
                label={`依赖 ${index + 1} 的类型`}
                options={optionsOf(DEPENDENCY_KINDS, DEPENDENCY_KIND_LABELS)}
              />
              <NumberField name={`dependencies.${index}.count`} label={`依赖 ${index + 1} 的数量`} min={0} max={1000} unit="个" />
              <button type="button" className="btn secondary" onClick={() => remove(index)} aria-label={`删除依赖 ${index + 1}`}>
                删除
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="btn secondary"
          id={id}
          aria-describedby={`${id}-help`}
          disabled={fields.length >= MAX_DEPENDENCY_ROWS}
          onClick={() => append({ kind: "internal-http", count: 1 }, { shouldFocus: true })}
        >
          添加依赖
        </button>
        <FieldError id={id} message={error} />
      </div>
    </FactorSection>
    {/* Outside the factor section: the modules matter even when the factor is entered directly. */}
    <GomodField />
    </>
  );
}

export function DeploymentStep() {
  const { control } = useFormContext<DraftAnswers>();
  const density = useWatch({ control, name: "density" });
  return (
    <>
      <SelectField name="density" label={q.density.label} help={q.density.help} options={optionsOf(DENSITIES, DENSITY_LABELS)} />
      {memoryLimitApplies({ density }) ? (
        <NumberField
          name="memoryLimitMb"
          label={q.memoryLimitMb.label}
          help={q.memoryLimitMb.help}
          min={1}
          max={1048576}
          unit="MB"
          after={<p className="small muted">≤ {EDGE_MEMORY_LIMIT_MB} MB 时结果会给出 Sidecar 与精简构建建议。</p>}
        />
      ) : null}
      <RadioGroupField name="consistency" label={q.consistency.label} help={q.consistency.help} options={optionsOf(CONSISTENCIES, CONSISTENCY_LABELS)} />
      <RadioGroupField
        name="tier"
        label={q.tier.label}
        help={q.tier.help}
        options={optionsOf(TIERS, TIER_LABELS)}
        renderOption={(tier) => <span className="choice-detail">{continuityText(ROOT_NODE_TABLE[tier])}</span>}
      />
    </>
  );
}
