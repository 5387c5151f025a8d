/**
 * buildCompatCheckBundle: the script, the probe sources and the Chinese README as one
 * .tar.gz (node:zlib + our ustar writer), all under one top-level folder so extracting
 * never scatters files into the current directory.
 */
import { gzipSync } from "node:zlib";
import type { CompatCheckProfileInput } from "@/lib/validations/compat-check";
import { generateCompatCheck } from "./generate";
import { createTar, type TarEntry } from "./tar";

export interface CompatCheckBundle {
  /** e.g. `compat-check-kylin-v10-sp3-phytium.tar.gz` (ASCII). */
  filename: string;
  data: Buffer;
  contentType: "application/gzip";
}

export function buildCompatCheckBundle(input: CompatCheckProfileInput, mtime: Date = new Date()): CompatCheckBundle {
  const artifacts = generateCompatCheck(input);
  const root = artifacts.filename.replace(/\.sh$/, "");
  const entries: TarEntry[] = [
    { path: `${root}/` },
    { path: `${root}/${artifacts.filename}`, content: artifacts.script, mode: 0o755 },
    { path: `${root}/probe/` },
    ...artifacts.files.map((f) => ({ path: `${root}/${f.path}`, content: f.content })),
  ];
  return {
    filename: `${root}.tar.gz`,
    data: gzipSync(createTar(entries, mtime), { level: 9 }),
    contentType: "application/gzip",
  };
}
