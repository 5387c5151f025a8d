/**
 * Structured logs (pino, JSON lines to stdout). Never log secrets or personal data: request logs
 * carry method, path, status, duration and request id only; bodies, cookies and e-mail addresses
 * are not logged.
 */
import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: "tj-go-stack" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "email", "*.email", "headers.cookie", "headers.authorization"], remove: true },
});
