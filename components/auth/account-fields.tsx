import type { FormState } from "@/lib/http/action-state";

/** Name and password of a new account (registration, accepting an invitation), with their errors. */
export function AccountFields({ state, minChars }: { state: FormState; minChars: number }) {
  const error = (name: string) => state?.fieldErrors?.[name]?.[0];
  const described = (name: string) => (error(name) ? { "aria-invalid": true, "aria-describedby": `account-${name}-error` } : {});
  return (
    <>
      <div className="field">
        <label htmlFor="account-name">姓名</label>
        <input id="account-name" name="name" type="text" autoComplete="name" required maxLength={60} {...described("name")} />
        {error("name") ? (
          <p className="error" id="account-name-error">
            {error("name")}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="account-password">设置密码（至少 {minChars} 个字符）</label>
        <input id="account-password" name="password" type="password" autoComplete="new-password" required minLength={minChars} {...described("password")} />
        {error("password") ? (
          <p className="error" id="account-password-error">
            {error("password")}
          </p>
        ) : null}
      </div>
    </>
  );
}
