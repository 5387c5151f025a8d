import type { Metadata } from "next";
import Link from "next/link";
import { AddMemberForm, CreateTeamForm, DeleteTeamForm, RemoveMemberForm, RenameTeamForm } from "@/components/admin/team-forms";
import { listTeams } from "@/lib/data/teams";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";

export const metadata: Metadata = { title: "团队管理" };
// Reads the database on every request (settings and accounts change at run time).
export const dynamic = "force-dynamic";

const MEMBER_ROLES = { viewer: "查看者", editor: "编辑者" } as const;

export default async function TeamsPage() {
  await requireAdminPage("/admin/teams");
  const teams = await listTeams(db);
  return (
    <div className="stack">
      <h1>团队管理</h1>
      <p className="lead">团队成员可以查看团队的评估；编辑者还可以修改。账号须先存在（新建或邀请），再加入团队。</p>
      {teams.length === 0 ? <p className="muted">还没有团队。</p> : null}
      {teams.map((team) => (
        <section key={team.id} className="card stack" aria-labelledby={`team-${team.id}`}>
          <h2 id={`team-${team.id}`} style={{ marginTop: 0 }}>
            {team.name}
          </h2>
          <p className="muted small">
            {team.members.length} 名成员 · {team.assessments} 份团队评估
          </p>
          {team.members.length > 0 ? (
            <div className="table-scroll">
              <table className="data">
                <caption className="sr-only">{team.name} 的成员</caption>
                <thead>
                  <tr>
                    <th scope="col">邮箱</th>
                    <th scope="col">姓名</th>
                    <th scope="col">团队角色</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((member) => (
                    <tr key={member.id}>
                      <td>{member.email}</td>
                      <td>
                        {member.name}
                        {member.disabled ? <span className="badge bad">已停用</span> : null}
                      </td>
                      <td>{MEMBER_ROLES[member.role]}</td>
                      <td>
                        <RemoveMemberForm teamId={team.id} userId={member.id} email={member.email} teamName={team.name} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">还没有成员。</p>
          )}
          <AddMemberForm teamId={team.id} />
          <details>
            <summary>改名或删除</summary>
            <div className="stack" style={{ marginTop: "0.75rem" }}>
              <RenameTeamForm teamId={team.id} name={team.name} />
              <DeleteTeamForm teamId={team.id} name={team.name} assessments={team.assessments} />
            </div>
          </details>
        </section>
      ))}
      <CreateTeamForm />
      <p>
        <Link href="/admin/users">用户管理</Link>
      </p>
    </div>
  );
}
