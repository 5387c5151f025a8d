/**
 * Assessment ids: 144 random bits from the platform CSPRNG — 18 bytes, 24 base64url characters
 * without padding — never a counter or a timestamp. Access is checked on the server (decision
 * record 008); the id alone opens nothing, and an unguessable one also tells nothing.
 */
import { ASSESSMENT_ID_PATTERN } from "@/lib/domain/assessment-constants";

export const ASSESSMENT_ID_BYTES = 18;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function newAssessmentId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return toBase64Url(random(new Uint8Array(ASSESSMENT_ID_BYTES)));
}

/** Shape check before any database read: a malformed id is simply not found. */
export function isAssessmentId(value: unknown): value is string {
  return typeof value === "string" && ASSESSMENT_ID_PATTERN.test(value);
}

export const resultPath = (id: string, version?: number) =>
  `/assessments/${id}${version === undefined ? "" : `?version=${version}`}`;
export const editPath = (id: string) => `/assess?id=${id}`;
export const sharingPath = (id: string) => `/assessments/${id}/sharing`;
export const sharedPath = (token: string, version?: number) => `/s/${token}${version === undefined ? "" : `?version=${version}`}`;
export const comparePath = (id: string, from: number, to: number) => `/assessments/${id}/compare?from=${from}&to=${to}`;
export const reportPdfPath = (id: string, version: number) => `/api/v1/assessments/${id}/report.pdf?version=${version}`;
export const compatScriptPath = (id: string, version: number) => `/api/v1/assessments/${id}/compat-check.sh?version=${version}`;
/** The script with its Go probe sources and README, for machines that cannot fetch anything. */
export const compatBundlePath = (id: string, version: number) => `${compatScriptPath(id, version)}&format=tar.gz`;
