/**
 * Which industries the stored survey holds for each architecture type, counted from the records.
 * The decision engine warns when an architect's industry is not among them; the database computes
 * the same counts with a grouped query (lib/data/decision-reference.ts), tests compare the two.
 */
import type { ArchitectureType, Industry } from "@/lib/domain/catalog";
import type { SurveyIndustries } from "@/lib/validations/reference";

export interface TypeIndustryCount {
  architectureType: ArchitectureType;
  industry: Industry;
  count: number;
}

export function surveyIndustriesFromCounts(counts: readonly TypeIndustryCount[], revision: number): SurveyIndustries {
  const byArchitecture: Partial<Record<ArchitectureType, Partial<Record<Industry, number>>>> = {};
  for (const { architectureType, industry, count } of counts) {
    if (count <= 0) continue;
    const row = (byArchitecture[architectureType] ??= {});
    row[industry] = (row[industry] ?? 0) + count;
  }
  for (const row of Object.values(byArchitecture)) Object.freeze(row);
  return Object.freeze({ revision, byArchitecture: Object.freeze(byArchitecture) });
}

export function surveyIndustriesOf(
  records: readonly { architectureType: ArchitectureType; industry: Industry }[],
  revision: number,
): SurveyIndustries {
  return surveyIndustriesFromCounts(
    records.map(({ architectureType, industry }) => ({ architectureType, industry, count: 1 })),
    revision,
  );
}
