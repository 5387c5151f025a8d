import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm, ResetPasswordForm, RevokeInvitationForm, SelfRegistrationForm, ToggleUserForm } from "@/components/admin/user-forms";
import { listPendingInvitations } from "@/lib/data/invitations";
import { selfRegistrationOpen } from "@/lib/data/settings";
import { listUsers } from "@/lib/data/users";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { isRole, ROLE_LABELS } from "@/lib/domain/roles";

const roleLabel = (role: string) => (isRole(role) ? ROLE_LABELS[role] : role);

export const metadata: Metadata = { title: "用户管理" };

const dateTime = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

export default async function UsersPage() {
  const admin = await requireAdminPage("/admin/users");
  const [users, invitations, registrationOpen] = await Promise.all([listUsers(db), listPendingInvitations(db), selfRegistrationOpen(db)]);
  return (
    <div className="stack">
      <h1>用户管理</h1>
      <p className="row">
        <Link className="btn" href="/admin/users/invite">
          邀请用户
        </Link>
        <Link href="/admin/teams">团队管理</Link>
      </p>
      <div className="table-scroll">
        <table className="data stacked">
          <caption className="sr-only">用户列表</caption>
          <thead>
            <tr>
              <th scope="col">邮箱</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td data-label="邮箱">{user.email}</td>
                <td data-label="姓名">{user.name}</td>
                <td data-label="角色">
                  {roleLabel(user.role)}
                  {user.oidcIssuer ? <span className="muted small">（单点登录）</span> : null}
                </td>
                <td data-label="状态">{user.disabled ? <span className="badge bad">已停用</span> : <span className="badge ok">正常</span>}</td>
                <td data-label="操作" className="stack">
                  {user.id === admin.id ? <span className="muted small">当前账号</span> : <ToggleUserForm userId={user.id} disabled={user.disabled} email={user.email} />}
                  <ResetPasswordForm userId={user.id} email={user.email} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="stack" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">待接受的邀请</h2>
        {invitations.length === 0 ? (
          <p className="muted">没有待接受的邀请。</p>
        ) : (
          <div className="table-scroll">
            <table className="data stacked">
              <caption className="sr-only">待接受的邀请</caption>
              <thead>
                <tr>
                  <th scope="col">受邀邮箱</th>
                  <th scope="col">角色</th>
                  <th scope="col">邀请人</th>
                  <th scope="col">有效期至</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td data-label="受邀邮箱">{invitation.email}</td>
                    <td data-label="角色">{roleLabel(invitation.role)}</td>
                    <td data-label="邀请人">{invitation.createdBy.name}</td>
                    <td data-label="有效期至">{dateTime.format(invitation.expiresAt)}</td>
                    <td data-label="操作">
                      <RevokeInvitationForm invitationId={invitation.id} email={invitation.email} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card stack" aria-labelledby="registration-heading">
        <h2 id="registration-heading" style={{ marginTop: 0 }}>
          自助注册
        </h2>
        <p className="muted small">开启后，任何人可在 /register 自行注册架构师账号（不能注册管理员）；关闭时只能由管理员创建账号或发出邀请。</p>
        <SelfRegistrationForm open={registrationOpen} />
      </section>

      <CreateUserForm />
    </div>
  );
}
