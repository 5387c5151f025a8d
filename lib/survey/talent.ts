/**
 * The talent skill matrix of 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1 (✓ count → level 1–5, ✗ → 0), rebuilt from the
 * TalentSkill rows into roles × skills, with a takeaway written from the levels.
 */

export interface TalentSkillRow {
  role: string;
  roleOrder: number;
  skill: string;
  level: number;
}

export interface TalentMatrix {
  skills: string[];
  roles: { role: string; levels: (number | null)[] }[];
}

export const MAX_LEVEL = 5;

/** Column order of the seed's table; skills it does not list follow in name order. */
export const SEED_SKILL_ORDER: readonly string[] = ["Go基础", "并发模型", "微服务", "k8s Operator", "性能调优"];

export function talentMatrix(rows: readonly TalentSkillRow[]): TalentMatrix {
  const known = new Set(SEED_SKILL_ORDER);
  const present = new Set(rows.map((r) => r.skill));
  const skills = [
    ...SEED_SKILL_ORDER.filter((s) => present.has(s)),
    ...[...present].filter((s) => !known.has(s)).sort((a, b) => a.localeCompare(b, "zh-CN")),
  ];
  const roles = [...new Map(rows.map((r) => [r.role, r.roleOrder])).entries()].sort((a, b) => a[1] - b[1]);
  return {
    skills,
    roles: roles.map(([role]) => ({
      role,
      levels: skills.map((skill) => rows.find((r) => r.role === role && r.skill === skill)?.level ?? null),
    })),
  };
}

export function talentTakeaway(matrix: TalentMatrix): string {
  const first = matrix.roles[0];
  const last = matrix.roles.at(-1);
  if (!first || !last) return "暂无数据。";
  const lowest = Math.min(...last.levels.map((l) => l ?? 0));
  const absent = matrix.skills.filter((_, i) => (first.levels[i] ?? 0) === 0);
  return `${last.role}各项均在 ${lowest} 级及以上${absent.length > 0 ? `；${first.role}尚不要求${absent.join("、")}` : ""}。`;
}

/** "✓✓✓✓（4 级）" / "✗（0 级）" — the seed's notation plus the level, so it reads without colour. */
export function levelText(level: number | null): string {
  if (level === null) return "未给出";
  return level === 0 ? "✗（0 级）" : `${"✓".repeat(level)}（${level} 级）`;
}
