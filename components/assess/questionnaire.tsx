"use client";

/**
 * The questionnaire: steps with a progress bar and a step list, validation by the same zod schema
 * the API uses (lib/validations/assessment.ts), debounced autosave as a draft, and submission that
 * evaluates the answers and opens the result page.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath, type Resolver } from "react-hook-form";
import { editPath, resultPath } from "@/lib/assessments/id";
import { STEP_INDEX, STEPS, stepFields, stepOfPath, type StepId } from "@/lib/assessments/questions";
import type { DraftAnswers } from "@/lib/validations/assessment";
import { flattenErrors, type PathError } from "./form-errors";
import { fieldId } from "./fields";
import { loadValidation, type Validation } from "./load-validation";
import { ReviewStep } from "./review-step";
import { SaveStatus } from "./save-status";
import { DeploymentStep, EnvironmentStep, LegacyStep, ScenarioStep, TeamStep } from "./steps";
import { useAutosave } from "./use-autosave";

/** The zod resolver, once its module has loaded (./validation.ts). */
const resolver: Resolver<DraftAnswers> = async (values, context, options) =>
  (await loadValidation()).resolveAnswers(values, context, options);

export interface QuestionnaireProps {
  id?: string;
  /** The assessment's ETag as the page read it, so the first save can detect an overwrite. */
  etag?: string;
  answers: DraftAnswers;
  initialStep?: StepId;
  /** Shown above the form when editing an existing assessment. */
  notice?: string;
}

function withDefaults(answers: DraftAnswers): DraftAnswers {
  return { dependencies: [], ...answers };
}

export function Questionnaire({ id, etag, answers, initialStep = "scenario", notice }: QuestionnaireProps) {
  const router = useRouter();
  // onChange: an error disappears as soon as the value is fixed, never later on blur (which would
  // move the layout under the pointer); missing answers are reported by 下一步 and 提交.
  const form = useForm<DraftAnswers>({ defaultValues: withDefaults(answers), resolver, mode: "onChange" });
  const [step, setStep] = useState<StepId>(initialStep);
  // A step is marked done only once the architect has been there (an untouched step can be valid).
  const [furthest, setFurthest] = useState(id ? STEP_INDEX[initialStep] : 0);
  const [submitErrors, setSubmitErrors] = useState<PathError[]>([]);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef(step);

  const syncUrl = useCallback((assessmentId: string | undefined, stepId: StepId) => {
    const params = new URLSearchParams();
    if (assessmentId) params.set("id", assessmentId);
    if (stepId !== "scenario") params.set("step", stepId);
    const query = params.toString();
    window.history.replaceState(window.history.state, "", `/assess${query ? `?${query}` : ""}`);
  }, []);

  const autosave = useAutosave(form, id, etag, (created) => syncUrl(created, stepRef.current));

  const goTo = useCallback(
    (next: StepId, focusPath?: string) => {
      stepRef.current = next;
      setStep(next);
      setFurthest((f) => Math.max(f, STEP_INDEX[next]));
      syncUrl(autosave.id(), next);
      pendingFocus.current = focusPath ?? "heading";
    },
    [autosave, syncUrl],
  );

  /** Focuses a field by its path: the registered input (or radio), else the element with its id. */
  const focusField = useCallback(
    (path: string) => {
      try {
        form.setFocus(path as FieldPath<DraftAnswers>);
      } catch {
        // not a registered field (a group such as "team"): use the element with its id
      }
      if (document.activeElement?.id !== fieldId(path)) document.getElementById(fieldId(path))?.focus();
    },
    [form],
  );

  // After a step change, focus the field asked for, or the step heading.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === "heading") headingRef.current?.focus();
    else focusField(target);
  }, [step, focusField]);

  const focusError = useCallback(
    (error: PathError) => {
      const target = stepOfPath(error.path);
      if (target !== stepRef.current) goTo(target, error.path);
      else focusField(error.path);
    },
    [focusField, goTo],
  );

  const next = async () => {
    const ok = await form.trigger(stepFields(step));
    if (!ok) {
      const first = flattenErrors(form.formState.errors).find((e) => stepOfPath(e.path) === step);
      if (first) focusError(first);
      return;
    }
    const nextStep = STEPS[STEP_INDEX[step] + 1];
    if (nextStep) goTo(nextStep.id);
  };

  const onInvalid = () => {
    const errors = flattenErrors(form.formState.errors);
    setSubmitErrors(errors);
    if (errors[0]) focusError(errors[0]);
  };

  const onValid = async (complete: DraftAnswers) => {
    setSubmitting(true);
    setSubmitProblem(null);
    setSubmitErrors([]);
    try {
      await autosave.flush();
      const current = autosave.id();
      const ifMatch = autosave.etag();
      const response = await fetch(current ? `/api/v1/assessments/${current}` : "/api/v1/assessments", {
        method: current ? "PUT" : "POST",
        headers: { "Content-Type": "application/json", ...(current && ifMatch ? { "If-Match": ifMatch } : {}) },
        body: JSON.stringify({ ...complete, submit: true }),
      });
      if (response.status === 412) autosave.conflict();
      const body = await response.json();
      if (response.ok) {
        autosave.stop();
        router.push(resultPath(body.id));
        return;
      }
      const fieldErrors: PathError[] = (body.errors ?? []).filter((e: PathError) => e.path !== "");
      for (const e of fieldErrors) form.setError(e.path as FieldPath<DraftAnswers>, { type: "server", message: e.message });
      setSubmitProblem(body.detail ?? body.title ?? "提交失败，请稍后重试");
      if (fieldErrors.length > 0) onInvalid();
    } catch {
      setSubmitProblem("网络错误，答案已保存为草稿，请稍后重试提交");
    } finally {
      setSubmitting(false);
    }
  };

  const [validation, setValidation] = useState<Validation | null>(null);
  useEffect(() => {
    void loadValidation().then(setValidation);
  }, []);
  const values = useWatch({ control: form.control }) as DraftAnswers;
  const incompleteSteps = validation ? validation.incompleteSteps(values) : null;

  const index = STEP_INDEX[step];
  const done = (s: StepId) => s !== "review" && STEP_INDEX[s] <= furthest && incompleteSteps !== null && !incompleteSteps.has(s);
  const current = STEPS[index]!;

  return (
    <FormProvider {...form}>
      <div className="questionnaire">
        <nav className="step-nav" aria-label="问卷步骤">
          <p className="step-count" id="step-count">
            第 {index + 1} 步，共 {STEPS.length} 步
          </p>
          <progress className="step-progress" value={index + 1} max={STEPS.length} aria-labelledby="step-count" />
          <ol className="step-list">
            {STEPS.map((s, i) => (
              <li key={s.id}>
                <button type="button" aria-current={s.id === step ? "step" : undefined} onClick={() => goTo(s.id)}>
                  <span className="step-number" aria-hidden="true">
                    {done(s.id) ? "✓" : i + 1}
                  </span>
                  {s.title}
                  {done(s.id) ? <span className="sr-only">（已完成）</span> : null}
                </button>
              </li>
            ))}
          </ol>
          <SaveStatus
            state={autosave.state}
            onRetry={autosave.retry}
            onKeepMine={autosave.keepMine}
            shareUrl={autosave.savedId ? editPath(autosave.savedId) : undefined}
          />
        </nav>
        <form className="step-body" noValidate onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}>
          {notice ? <p className="alert">{notice}</p> : null}
          {submitErrors.length > 0 || submitProblem ? (
            <div className="alert bad" role="alert">
              <p>{submitProblem ?? `还有 ${submitErrors.length} 处需要填写或修改：`}</p>
              {submitErrors.length > 0 ? (
                <ul>
                  {submitErrors.map((e) => (
                    <li key={e.path}>
                      <button type="button" className="link-button" onClick={() => focusError(e)}>
                        {STEPS[STEP_INDEX[stepOfPath(e.path)]]!.title}：{e.message}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <h2 ref={headingRef} tabIndex={-1} className="step-title">
            {current.title}
          </h2>
          <p className="lead">{current.intro}</p>
          <div hidden={step !== "scenario"}>
            <ScenarioStep />
          </div>
          <div hidden={step !== "environment"}>
            <EnvironmentStep />
          </div>
          <div hidden={step !== "team"}>
            <TeamStep />
          </div>
          <div hidden={step !== "legacy"}>
            <LegacyStep />
          </div>
          <div hidden={step !== "deployment"}>
            <DeploymentStep />
          </div>
          {step === "review" ? <ReviewStep onEdit={(s) => goTo(s)} /> : null}
          <div className="form-actions">
            {index > 0 ? (
              <button type="button" className="btn secondary" onClick={() => goTo(STEPS[index - 1]!.id)}>
                上一步
              </button>
            ) : null}
            {/* Distinct keys: React must not turn the clicked 下一步 into a submit button in place,
                or the same click would submit the form once the step changes. */}
            {step === "review" ? (
              <button key="submit" type="submit" className="btn" disabled={submitting}>
                {submitting ? "正在评估…" : "提交评估"}
              </button>
            ) : (
              <button key="next" type="button" className="btn" onClick={() => void next()}>
                下一步
              </button>
            )}
          </div>
        </form>
      </div>
    </FormProvider>
  );
}
