"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button className="btn secondary" type="button" onClick={() => signOut({ callbackUrl: "/" })} style={{ minHeight: 32, padding: "0.15rem 0.6rem" }}>
      退出登录
    </button>
  );
}
