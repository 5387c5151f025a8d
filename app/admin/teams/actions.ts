"use server";

/** Admin team management: each action declares its schema; `adminFormAction` checks the admin role. */
import { revalidatePath } from "next/cache";
import { SHARE_ROLES } from "@/lib/access/policy";
import { createTeam as create, deleteTeam as remove, removeTeamMember as removeMember, renameTeam as rename, setTeamMember } from "@/lib/data/teams";
import { db } from "@/lib/db";
import { adminFormAction } from "@/lib/http/action";
import { z } from "@/lib/validations/zod";

const PAGE = "/admin/teams";

const id = z.string().min(1).max(100);
const teamName = z.string().trim().min(1, "请输入团队名称").max(60, "团队名称不能超过 60 个字符");

export const createTeam = adminFormAction({
  schema: z.object({ name: teamName }),
  page: PAGE,
  async run({ name }) {
    await create(db, name);
    revalidatePath(PAGE);
    return { ok: true, message: `已创建团队「${name}」` };
  },
});

export const renameTeam = adminFormAction({
  schema: z.object({ teamId: id, name: teamName }),
  page: PAGE,
  async run({ teamId, name }) {
    await rename(db, teamId, name);
    revalidatePath(PAGE);
    return { ok: true, message: `团队已改名为「${name}」` };
  },
});

export const deleteTeam = adminFormAction({
  schema: z.object({ teamId: id, confirm: z.literal("yes", { error: "请先勾选确认" }) }),
  page: PAGE,
  async run({ teamId }) {
    await remove(db, teamId);
    revalidatePath(PAGE);
    return { ok: true, message: "团队已删除" };
  },
});

export const addTeamMember = adminFormAction({
  schema: z.object({
    teamId: id,
    email: z.email("请输入有效的邮箱").max(200, "邮箱过长"),
    role: z.enum(SHARE_ROLES, { error: "成员角色只能是查看者或编辑者" }),
  }),
  page: PAGE,
  async run({ teamId, email, role }) {
    const result = await setTeamMember(db, teamId, email, role);
    revalidatePath(PAGE);
    const label = role === "editor" ? "编辑者" : "查看者";
    return { ok: true, message: result.added ? `已将 ${result.email} 加入团队（${label}）` : `${result.email} 的团队角色已设为${label}` };
  },
});

export const removeTeamMember = adminFormAction({
  schema: z.object({ teamId: id, userId: id }),
  page: PAGE,
  invalid: "请求无效",
  async run({ teamId, userId }) {
    await removeMember(db, teamId, userId);
    revalidatePath(PAGE);
    return { ok: true, message: "已移出团队" };
  },
});
