"use server";

/** Personal access tokens of the signed-in user: create (shown once) and revoke their own. */
import { revalidatePath } from "next/cache";
import { createAccessToken, revokeAccessToken } from "@/lib/data/tokens";
import { db } from "@/lib/db";
import { userFormAction } from "@/lib/http/action";
import { createTokenSchema, daysFromNow, revokeTokenSchema, scopesFor } from "@/lib/validations/sharing";

const PAGE = "/settings/tokens";

export const createToken = userFormAction<{ name: string; scope: "read" | "write"; expiresInDays: number | null }, { token: string }>({
  schema: createTokenSchema,
  page: PAGE,
  async run({ name, scope, expiresInDays }, user) {
    const { token } = await createAccessToken(db, user.id, { name, scopes: scopesFor(scope), expiresAt: daysFromNow(expiresInDays) });
    revalidatePath(PAGE);
    return { ok: true, message: "令牌已创建：它只显示这一次，请现在保存到流水线的密钥中", token };
  },
});

export const revokeToken = userFormAction({
  schema: revokeTokenSchema,
  page: PAGE,
  async run({ tokenId }, user) {
    await revokeAccessToken(db, user.id, tokenId);
    revalidatePath(PAGE);
    return { ok: true, message: "令牌已撤销：使用它的请求将得到 401" };
  },
});
