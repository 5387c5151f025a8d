/**
 * Test helper: a file:// GOPROXY built from source directories on disk (Debian's
 * /usr/share/gocode), so module mode can be exercised offline exactly as an intranet proxy
 * would serve it. Module zips are written "stored" (no compression), which Go accepts.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface ProxyModule {
  path: string;
  version: string;
  /** Source directory; its own go.mod is replaced by `goMod`. */
  sourceDir: string;
  goMod: string;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function storedZip(files: { name: string; data: Uint8Array }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Writes <dir>/<module>/@v/{list,<v>.info,<v>.mod,<v>.zip}; returns the GOPROXY URL. */
export function buildFileGoproxy(dir: string, modules: ProxyModule[]): string {
  for (const m of modules) {
    const at = join(dir, m.path, "@v");
    mkdirSync(at, { recursive: true });
    const prefix = `${m.path}@${m.version}/`;
    const files = walk(m.sourceDir)
      .map((full) => relative(m.sourceDir, full))
      .filter((rel) => rel !== "go.mod")
      .map((rel) => ({ name: prefix + rel, data: readFileSync(join(m.sourceDir, rel)) }));
    files.push({ name: `${prefix}go.mod`, data: Buffer.from(m.goMod) });
    writeFileSync(join(at, `${m.version}.zip`), storedZip(files));
    writeFileSync(join(at, `${m.version}.mod`), m.goMod);
    writeFileSync(join(at, `${m.version}.info`), JSON.stringify({ Version: m.version, Time: "2020-01-01T00:00:00Z" }));
    writeFileSync(join(at, "list"), `${m.version}\n`, { flag: "a" });
  }
  return `file://${dir}`;
}
