// Where the bytes of a wasm file go, by crate: code-section body size of each
// function, attributed by the function's name in the `name` section (build the
// file with names kept, e.g. `wasm-opt -Oz -g`), plus the data section.
// Usage: node bench/wasm-crates.mjs file.wasm [--top 40] [--crate NAME] [--match REGEX]
// --match sums the functions whose demangled name matches (e.g. 'serde|Deserialize'),
// whatever their crate: what a feature costs across crates.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { crateOf } from './crate-of.mjs';
import { functionNames } from './wasm-names.mjs';

const args = process.argv.slice(2);
const buf = fs.readFileSync(args[0]);
const topN = Number(args[args.indexOf('--top') + 1] || 0) || 25;
const only = args.includes('--crate') ? args[args.indexOf('--crate') + 1] : null;
const matching = args.includes('--match') ? new RegExp(args[args.indexOf('--match') + 1]) : null;

function leb(pos) {
  let result = 0, shift = 0, byte;
  do { byte = buf[pos++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [result, pos];
}
const sections = [];
for (let pos = 8; pos < buf.length;) {
  const id = buf[pos++];
  let size; [size, pos] = leb(pos);
  sections.push({ id, start: pos, size });
  pos += size;
}
// Imported functions come first in the function index space.
let importedFns = 0;
for (const s of sections.filter((s) => s.id === 2)) {
  let [n, p] = leb(s.start);
  for (let i = 0; i < n; i++) {
    let len; [len, p] = leb(p); p += len; [len, p] = leb(p); p += len;
    const kind = buf[p++];
    if (kind === 0) { importedFns++; [, p] = leb(p); }
    else if (kind === 1) { p++; const [flags, q] = leb(p); p = q; [, p] = leb(p); if (flags & 1) [, p] = leb(p); }
    else if (kind === 2) { const [flags, q] = leb(p); p = q; [, p] = leb(p); if (flags & 1) [, p] = leb(p); }
    else if (kind === 3) { p += 2; }
    else if (kind === 4) { p++; [, p] = leb(p); }
  }
}
const bodies = [];
for (const s of sections.filter((s) => s.id === 10)) {
  let [n, p] = leb(s.start);
  for (let i = 0; i < n; i++) {
    let len; [len, p] = leb(p);
    bodies.push({ index: importedFns + i, size: len, start: p });
    p += len;
  }
}
const names = functionNames(args[0]);

const byCrate = new Map();
let total = 0;
const rows = [];
for (const b of bodies) {
  const name = names.get(b.index) ?? `func${b.index}`;
  const crate = crateOf(name);
  total += b.size;
  const e = byCrate.get(crate) ?? { size: 0, count: 0, bodies: [] };
  e.size += b.size; e.count++; e.bodies.push(buf.subarray(b.start, b.start + b.size));
  byCrate.set(crate, e);
  rows.push({ name, crate, size: b.size });
}
const br = (bufs) => zlib.brotliCompressSync(Buffer.concat(bufs), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
if (matching) {
  const hits = rows.filter((r) => matching.test(r.name));
  const bytes = hits.reduce((sum, r) => sum + r.size, 0);
  const bodiesOf = bodies.filter((b) => matching.test(names.get(b.index) ?? ''))
    .map((b) => buf.subarray(b.start, b.start + b.size));
  console.log(`${hits.length} functions match ${matching}: ${bytes} bytes of code, ${br(bodiesOf)} brotli alone`);
  hits.sort((a, b) => b.size - a.size).slice(0, topN)
    .forEach((r) => console.log(String(r.size).padStart(7), r.name.slice(0, 160)));
} else if (only) {
  rows.filter((r) => r.crate === only).sort((a, b) => b.size - a.size).slice(0, topN)
    .forEach((r) => console.log(String(r.size).padStart(7), r.name.slice(0, 160)));
} else {
  console.log(`code section: ${total} bytes in ${bodies.length} functions (${names.size} named)`);
  console.log('crate'.padEnd(42), 'bytes'.padStart(8), '  share', 'funcs'.padStart(6), 'brotli*'.padStart(8));
  [...byCrate].sort((a, b) => b[1].size - a[1].size).slice(0, topN).forEach(([c, e]) =>
    console.log(c.padEnd(42), String(e.size).padStart(8), (100 * e.size / total).toFixed(1).padStart(6) + '%', String(e.count).padStart(6), String(br(e.bodies)).padStart(8)));
  console.log('* brotli of that crate\'s function bodies compressed alone (an upper bound of its share)');
  console.log('\nlargest functions:');
  rows.sort((a, b) => b.size - a.size).slice(0, topN).forEach((r) => console.log(String(r.size).padStart(7), r.name.slice(0, 150)));
}
