/**
 * Check-script generation for the 信创 target machine (pure TypeScript; no React/Next/Prisma).
 *
 *   generateCompatCheck(profile)   → { script, files, filename, smModule }
 *   buildCompatCheckBundle(profile) → { filename, data: .tar.gz Buffer, contentType }
 *
 * Both validate with compatCheckProfileSchema and throw its ZodError on bad input.
 */
export { generateCompatCheck, scriptFilename, type CompatCheckArtifacts, type GeneratedFile } from "./generate";
export { buildCompatCheckBundle, type CompatCheckBundle } from "./bundle";
export { scriptOsForTargetOs, CPU_TARGETS, OS_TARGETS } from "./targets";
export { EMMANSUN_RELEASES, TJFOC_RELEASE, emmansunReleaseFor } from "./sm-libraries";
