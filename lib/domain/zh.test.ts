import { describe, expect, it } from "vitest";
import { zh } from "./zh";

describe("zh: a space where a filled-in name meets Han text", () => {
  it("spaces a Latin name after and before Han characters", () => {
    expect(zh`但${"Go 熟练度"}低于阈值`).toBe("但 Go 熟练度低于阈值");
    expect(zh`${"TiDB"}最多`).toBe("TiDB 最多");
    expect(zh`放到${"CDN 边缘函数"}下`).toBe("放到 CDN 边缘函数下");
    expect(zh`共 ${37} 家`).toBe("共 37 家");
    expect(zh`共${37}家`).toBe("共 37 家");
  });

  it("leaves Han-to-Han seams, punctuation and the literal text alone", () => {
    expect(zh`但${"信创适配度"}低于阈值`).toBe("但信创适配度低于阈值");
    expect(zh`（${"Go"}）`).toBe("（Go）");
    expect(zh`我已知道Go的取值`).toBe("我已知道Go的取值");
    expect(zh`${""}最多`).toBe("最多");
    expect(zh`a${"b"}c`).toBe("abc");
  });

  it("handles consecutive values and a value at either end", () => {
    expect(zh`${"Go"}${"熟练度"}`).toBe("Go 熟练度");
    expect(zh`${"组合"}`).toBe("组合");
    expect(zh`第${"TiDB"}`).toBe("第 TiDB");
  });
});
