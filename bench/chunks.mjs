// What each lazily loaded page family costs on its first visit: its own chunk and
// the shared chunks it needs, as the split loader (__wasm_split-*.js) lists them,
// brotli-compressed as the benchmark's server sends them. The first load itself
// (the main module) is measured by bench.mjs, which prints this table after it.
// Usage: node bench/chunks.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pageFamilies } from '../scripts/split-loader.mjs';

/** Markdown lines, or null for a build that is not split. */
export function chunkTable(dir) {
  const loaderFile = fs.readdirSync(dir).find((f) => /^__wasm_split-[0-9a-f]{8}\.js$/.test(f));
  if (!loaderFile) return null;
  const loader = fs.readFileSync(path.join(dir, loaderFile), 'utf8');

  const sizes = new Map();
  const size = (file) => {
    if (!sizes.has(file)) {
      const raw = fs.readFileSync(path.join(dir, file));
      const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      sizes.set(file, { raw: raw.length, br });
    }
    return sizes.get(file);
  };
  const sum = (files) => files.map(size).reduce((a, s) => ({ raw: a.raw + s.raw, br: a.br + s.br }), { raw: 0, br: 0 });
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

  const families = pageFamilies(loader).map(({ family, file, shared }) =>
    ({ family, own: size(file), shared: sum(shared), files: 1 + shared.length }));
  families.sort((a, b) => b.own.br - a.own.br);

  const main = fs.readdirSync(dir).find((f) => /^sdg_circle-[0-9a-f]{8}_bg\.wasm$/.test(f));
  const all = fs.readdirSync(dir).filter((f) => f.endsWith('.wasm') && f !== main);
  const lines = [
    `Main module ${kb(size(main).br)} brotli (${kb(size(main).raw)} raw); ${all.length} chunks, ` +
      `${kb(sum(all).br)} brotli (${kb(sum(all).raw)} raw), fetched when a page needs them ` +
      '(and precached by the service worker after the first load).',
    '',
    '| page family | files on first visit | its chunk | shared chunks | first visit in all (raw) |',
    '|---|---|---|---|---|',
  ];
  for (const f of families) {
    lines.push(`| ${f.family} | ${f.files} | ${kb(f.own.br)} | ${kb(f.shared.br)} | ${kb(f.own.br + f.shared.br)} (${kb(f.own.raw + f.shared.raw)}) |`);
  }
  lines.push('', 'Shared chunks already fetched for an earlier page are not fetched again.');
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const lines = chunkTable(process.argv[2] ?? 'dist');
  if (!lines) throw new Error('no __wasm_split-*.js: not a split build');
  console.log(lines.join('\n'));
}
