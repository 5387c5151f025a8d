/**
 * The project's `z`. Every module that builds a schema imports it from here, never from "zod", so
 * that zod's own messages (for the checks a schema gives no message of its own) are Chinese
 * wherever a schema parses: route handlers, the questionnaire's resolver in the browser, the tsx
 * CLIs and vitest. The locale is zod's global configuration, set once when this module loads.
 */
import { z } from "zod";

z.config(z.locales.zhCN());

export { z };
