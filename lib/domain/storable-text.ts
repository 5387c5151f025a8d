/**
 * Text neither database can store: a NUL (`\u0000`, which PostgreSQL refuses in text and jsonb)
 * and a lone UTF-16 surrogate (`\ud800`, which has no UTF-8 form, so the Prisma engine fails on
 * it under SQLite and PostgreSQL alike). Every input path — JSON bodies and survey file cells —
 * refuses it up front with this message instead of failing at the database with a 500.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_TEXT_MESSAGE = "含有无法保存的字符（NUL 或不成对的 UTF-16 代理项），请删除后重试";

export function hasUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}
