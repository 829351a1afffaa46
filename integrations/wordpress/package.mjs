// Packages the WordPress plugin: integrations/wordpress/ofsted-widgets/ plus the authority index it offers (id, names,
// Ofsted URN of each council, from data/authorities/index.json) and the licence, as build/ofsted-widgets/ and
// build/ofsted-widgets-<version>.zip, the file an administrator uploads in Plugins > Add New. Checks first that every
// place naming the version (the plugin header, its pinned script address, readme.txt) names package.json's.
// Usage: node integrations/wordpress/package.mjs
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const SLUG = 'ofsted-widgets';

/** Where each file names the version, and how. */
export function versionMentions() {
  const php = readFileSync(join(here, SLUG, `${SLUG}.php`), 'utf8');
  const readme = readFileSync(join(here, SLUG, 'readme.txt'), 'utf8');
  return {
    'plugin header': php.match(/^ \* Version:\s+(\S+)/m)?.[1],
    OFSTED_WIDGETS_VERSION: php.match(/OFSTED_WIDGETS_VERSION = '([^']+)'/)?.[1],
    'pinned script address': php.match(/unpkg\.com\/ofsted-widgets@([^/]+)\/dist\/ofsted-widgets\.js/)?.[1],
    'readme.txt Stable tag': readme.match(/^Stable tag:\s*(\S+)/m)?.[1],
  };
}

/** Writes build/ofsted-widgets/ and its zip; returns their paths. */
export function packagePlugin(out = join(here, 'build')) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const [where, named] of Object.entries(versionMentions())) {
    if (named !== version)
      throw new Error(`integrations/wordpress: the ${where} says ${named}, package.json ${version}`);
  }
  const dir = join(out, SLUG);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(here, SLUG), dir, { recursive: true });
  cpSync(join(root, 'LICENSE'), join(dir, 'LICENSE'));
  const index = JSON.parse(readFileSync(join(root, 'data/authorities/index.json'), 'utf8'));
  const councils = index.authorities.map(({ id, name, shortName, urn }) => ({ id, name, shortName, urn }));
  writeFileSync(join(dir, 'authorities.json'), `${JSON.stringify(councils)}\n`);
  const zip = join(out, `${SLUG}-${version}.zip`);
  writeFileSync(zip, zipFiles(out, filesUnder(dir)));
  return { dir, zip };
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** A zip of `paths` (named relative to `base`), deflated, with a fixed date so the same files make the same zip. */
function zipFiles(base, paths) {
  const entries = [];
  const central = [];
  let offset = 0;
  for (const path of paths) {
    const name = Buffer.from(relative(base, path).split('\\').join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const fields = { crc: crc32(data), packed: packed.length, size: data.length };
    const local = header(0x04034b50, name, fields);
    entries.push(local, name, packed);
    central.push(header(0x02014b50, name, fields, offset), name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(paths.length, 8);
  end.writeUInt16LE(paths.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...entries, directory, end]);
}

/** A local file header (0x04034b50) or a central directory entry (0x02014b50) for a deflated file. */
function header(signature, name, { crc, packed, size }, offset = 0) {
  const isCentral = signature === 0x02014b50;
  const buffer = Buffer.alloc(isCentral ? 46 : 30);
  let at = 0;
  const u16 = (value) => (buffer.writeUInt16LE(value, at), (at += 2));
  const u32 = (value) => (buffer.writeUInt32LE(value >>> 0, at), (at += 4));
  u32(signature);
  if (isCentral) u16(0x0314); // made by: Unix, zip 2.0
  u16(20); // version needed to extract: 2.0 (deflate)
  u16(0x0800); // names are UTF-8
  u16(8); // deflate
  u16(0); // 00:00
  u16(((2026 - 1980) << 9) | (1 << 5) | 1); // 2026-01-01
  u32(crc);
  u32(packed);
  u32(size);
  u16(name.length);
  u16(0);
  if (isCentral) {
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0o100644 << 16); // a regular file, rw-r--r--
    u32(offset);
  }
  return buffer;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { zip } = packagePlugin();
  console.log(`wrote ${relative(root, zip)}`);
}
