/** The facts of one architecture profile (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1) joined with its survey usage. */
import type { ArchitectureOverview } from "@/lib/survey/schemas";

export const BOTTLENECK_FIGURE_MISSING = "原文数值截断";

export function usageText(usage: ArchitectureOverview["usage"]): string {
  return usage.enterprises === 0
    ? "调研中暂无企业"
    : `${usage.enterprises} 家（成功 ${usage.success} / 反例 ${usage.counterExamples}）`;
}

export function ProfileFacts({ profile }: { profile: ArchitectureOverview }) {
  return (
    <dl className="facts">
      <div>
        <dt>代表企业</dt>
        <dd>{profile.exampleEnterprise}</dd>
      </div>
      <div>
        <dt>Go 最低版本</dt>
        <dd>{profile.goFloor}+</dd>
      </div>
      <div>
        <dt>信创适配耗时</dt>
        <dd>{profile.adaptationDays} 人日</dd>
      </div>
      <div>
        <dt>典型瓶颈</dt>
        <dd>
          {profile.bottleneck}
          <span className="small muted">（量化数据：{profile.bottleneckFigure ?? BOTTLENECK_FIGURE_MISSING}）</span>
        </dd>
      </div>
      <div>
        <dt>调研中采用</dt>
        <dd>{usageText(profile.usage)}</dd>
      </div>
    </dl>
  );
}
