/**
 * Minimal POSIX ustar writer (regular files and directories only) — enough for a small
 * download bundle without a dependency. Layout per POSIX.1-1988 ustar: 512-byte header,
 * data padded to 512, archive closed by two zero blocks.
 */

export interface TarEntry {
  /** POSIX path; directories end with "/". */
  path: string;
  content?: string | Uint8Array;
  /** Permission bits, e.g. 0o755 for the script. */
  mode?: number;
}

const BLOCK = 512;
const encoder = new TextEncoder();

function writeString(header: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw new Error(`tar: field too long: ${value}`);
  header.set(bytes, offset);
}

/** Octal number, zero-padded, NUL-terminated, as ustar numeric fields are. */
function writeOctal(header: Uint8Array, offset: number, length: number, value: number): void {
  writeString(header, offset, length, value.toString(8).padStart(length - 1, "0") + "\0");
}

/** ustar keeps names ≤ 100 bytes, or splits at a "/" into prefix (≤ 155) + name. */
function splitPath(path: string): { prefix: string; name: string } {
  if (encoder.encode(path).length <= 100) return { prefix: "", name: path };
  for (let i = path.lastIndexOf("/", path.length - 2); i > 0; i = path.lastIndexOf("/", i - 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return { prefix, name };
  }
  throw new Error(`tar: path too long: ${path}`);
}

function header(entry: TarEntry, size: number, mtime: number): Uint8Array {
  const isDir = entry.path.endsWith("/");
  const h = new Uint8Array(BLOCK);
  const { prefix, name } = splitPath(entry.path);
  writeString(h, 0, 100, name);
  writeOctal(h, 100, 8, entry.mode ?? (isDir ? 0o755 : 0o644));
  writeOctal(h, 108, 8, 0); // uid
  writeOctal(h, 116, 8, 0); // gid
  writeOctal(h, 124, 12, size);
  writeOctal(h, 136, 12, mtime);
  h.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  h[156] = isDir ? 0x35 : 0x30; // '5' directory, '0' regular file
  writeString(h, 257, 6, "ustar\0");
  writeString(h, 263, 2, "00");
  writeString(h, 265, 32, "root");
  writeString(h, 297, 32, "root");
  writeString(h, 345, 155, prefix);
  const checksum = h.reduce((sum, byte) => sum + byte, 0);
  writeString(h, 148, 8, checksum.toString(8).padStart(6, "0") + "\0 ");
  return h;
}

export function createTar(entries: TarEntry[], mtime: Date = new Date()): Uint8Array {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const chunks: Uint8Array[] = [];
  for (const entry of entries) {
    const data = typeof entry.content === "string" ? encoder.encode(entry.content) : (entry.content ?? new Uint8Array());
    chunks.push(header(entry, entry.path.endsWith("/") ? 0 : data.length, seconds));
    if (data.length > 0) {
      const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
      padded.set(data);
      chunks.push(padded);
    }
  }
  chunks.push(new Uint8Array(BLOCK * 2));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
