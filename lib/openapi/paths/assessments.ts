import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { problemResponses, type OperationSpec, type ParameterSpec } from "@/lib/openapi/spec";
import {
  assessmentResponseSchema,
  assessmentWriteResponseSchema,
  assessmentWriteSchema,
} from "@/lib/validations/assessment";

const ID_PARAMETER: ParameterSpec = {
  name: "id",
  in: "path",
  required: true,
  description: "评估编号（24 个 base64url 字符，≥ 128 位随机数）。格式不符、不存在或无权查看时答 404",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{24}$" },
  example: "q3Jx9n0bV1cKp2Zt8mWfY4hL",
};

const EXAMPLE_ID = "q3Jx9n0bV1cKp2Zt8mWfY4hL";

export const SHARE_PARAMETER: ParameterSpec = {
  name: "share",
  in: "query",
  required: false,
  description: "只读分享链接 /s/{token} 中的 token：未登录的持有人凭它读取评估、下载报告与脚本；已撤销或过期的链接答 404",
  schema: { type: "string" },
};

const ETAG_HEADER = {
  ETag: { description: "评估的当前修订号，如 \"r3\"；PUT 时放进 If-Match，可防止覆盖他人在此之后的保存", schema: { type: "string" } },
};

const RATE_LIMIT_HEADERS = {
  "RateLimit-Policy": { description: "限流策略：每个客户端每 w 秒 q 次（draft-ietf-httpapi-ratelimit-headers）", schema: { type: "string" } },
  RateLimit: { description: "本窗口剩余次数 r 与重置前秒数 t", schema: { type: "string" } },
};

const IF_MATCH: ParameterSpec = {
  name: "If-Match",
  in: "header",
  required: false,
  description: "上次 GET / PUT 返回的 ETag。与当前修订号不符（期间有人保存过）时答 412 且不保存；缺省或 * 时无条件保存",
  schema: { type: "string" },
  example: '"r3"',
};

const WRITE_DESCRIPTION =
  "请求体就是问卷答案（与问卷表单使用同一个 zod schema），另加 submit。submit: false 保存草稿：字段都可缺省，但给出的字段必须在范围内；" +
  "submit: true 校验完整答案并运行决策树。按条件必填：金融、政务行业或 smRequired=true 时必填 crypto；其余行业必填 smRequired；" +
  "部署密度为 edge-node / device 时必填 memoryLimitMb；每个因子要么给出事实（信创适配度：os、database、cpu；Go 熟练度：servicesLast6m、team；" +
  "耦合度倒数：dependencies），要么 expert.<因子>=true 并在 factors.<因子> 中给出 0–1 的值。不适用的字段在保存前被丢弃。" +
  "校验失败答 400 problem+json，每个出错字段一条 errors 记录，且不保存任何内容。district 只用于同区企业对比，从不参与决策。";

export const assessmentOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/v1/assessments",
    operationId: "createAssessment",
    summary: "新建评估（保存草稿或直接提交评估）",
    description:
      `${WRITE_DESCRIPTION} 登录用户（会话或带 assessments:write 的令牌）创建的评估归其所有，默认只有所有者可见；` +
      "未登录时创建匿名草稿，由响应设置的 HttpOnly Cookie（tjgo_anon）绑定在这个浏览器上，该浏览器登录后自动归入其账户。",
    tokenScopes: [],
    tags: ["评估"],
    request: { schema: assessmentWriteSchema, example: { ...BINHAI_BANK_GATEWAY, submit: true } },
    responses: {
      201: {
        description: "已创建第 1 版；提交时附评估结果",
        schema: assessmentWriteResponseSchema,
        example: { id: EXAMPLE_ID, url: `/assessments/${EXAMPLE_ID}`, editUrl: `/assess?id=${EXAMPLE_ID}`, version: 1, status: "draft" },
        headers: { ...ETAG_HEADER, ...RATE_LIMIT_HEADERS },
      },
      ...problemResponses(400, 401, 403, 413, 415, 429),
    },
  },
  {
    method: "get",
    path: "/api/v1/assessments/{id}",
    operationId: "getAssessment",
    summary: "读取评估：最新版本（或指定版本）及全部版本列表",
    description: "所有者、所属团队成员、被共享的用户与团队、持有有效只读链接（share 参数）的人可读；其他人答 404。",
    tags: ["评估"],
    tokenScopes: ["assessments:read"],
    parameters: [
      ID_PARAMETER,
      {
        name: "version",
        in: "query",
        required: false,
        description: "版本号（从 1 开始）；缺省为最新版本（可能是草稿）",
        schema: { type: "integer", minimum: 1 },
        example: 1,
      },
      SHARE_PARAMETER,
    ],
    responses: {
      200: { description: "该版本的答案、结果（草稿为 null）与版本列表", schema: assessmentResponseSchema, headers: ETAG_HEADER },
      ...problemResponses(400, 401, 404),
    },
  },
  {
    method: "put",
    path: "/api/v1/assessments/{id}",
    operationId: "saveAssessment",
    summary: "保存下一版本的草稿，或提交评估为新版本",
    description:
      `${WRITE_DESCRIPTION} 已提交的版本不会被修改：若最新版本是草稿，则更新该草稿（200）；否则新开一个版本（201）。` +
      "submit: true 时把打开的草稿（或新版本）评估并标为已提交。只有所有者、有编辑权限的共享对象或团队成员可以保存；" +
      "只读共享、只读链接、账户功能上线前创建的评估答 403；无权查看答 404。每个版本记录保存它的用户。",
    tags: ["评估"],
    tokenScopes: ["assessments:write"],
    parameters: [ID_PARAMETER, IF_MATCH],
    request: { schema: assessmentWriteSchema, example: { ...BINHAI_BANK_GATEWAY, os: "uos-20", submit: false } },
    responses: {
      200: {
        description: "更新了打开的草稿（或把它提交）",
        schema: assessmentWriteResponseSchema,
        example: { id: EXAMPLE_ID, url: `/assessments/${EXAMPLE_ID}`, editUrl: `/assess?id=${EXAMPLE_ID}`, version: 2, status: "draft" },
        headers: ETAG_HEADER,
      },
      201: { description: "新开了一个版本", schema: assessmentWriteResponseSchema, headers: ETAG_HEADER },
      ...problemResponses(400, 401, 403, 404, 412, 413, 415),
    },
  },
  {
    method: "delete",
    path: "/api/v1/assessments/{id}",
    operationId: "deleteAssessment",
    summary: "把评估移入所有者的回收站（30 天内可在“我的评估”恢复）",
    description: "只有所有者登录后可以删除；访问令牌、共享对象与只读链接答 403，无权查看答 404。移入回收站后共享与链接都无法打开它。",
    tags: ["评估"],
    parameters: [ID_PARAMETER],
    responses: { 204: { description: "已移入回收站" }, ...problemResponses(401, 403, 404) },
  },
];
