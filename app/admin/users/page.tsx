import type { Metadata } from "next";
import { CreateUserForm, ResetPasswordForm, ToggleUserForm } from "@/components/admin/user-forms";
import { listUsers } from "@/lib/data/users";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage() {
  const admin = await requireAdminPage("/admin/users");
  const users = await listUsers(db);
  return (
    <div className="stack">
      <h1>用户管理</h1>
      <div className="table-scroll">
        <table className="data">
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
                <td>{user.email}</td>
                <td>{user.name}</td>
                <td>{user.role === "admin" ? "管理员" : "架构师"}</td>
                <td>{user.disabled ? <span className="badge bad">已停用</span> : <span className="badge ok">正常</span>}</td>
                <td className="stack">
                  {user.id === admin.id ? <span className="muted small">当前账号</span> : <ToggleUserForm userId={user.id} disabled={user.disabled} email={user.email} />}
                  <ResetPasswordForm userId={user.id} email={user.email} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateUserForm />
    </div>
  );
}
