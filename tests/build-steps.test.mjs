// The release build's post-link steps, on small hand-made inputs (node --test):
// each must change exactly what it says and refuse input it does not expect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortName, shortenImports } from '../scripts/short-imports.mjs';
import { dropClasses, removeExports } from '../scripts/unused-exports.mjs';
import { compactLoader, pageFamilies } from '../scripts/split-loader.mjs';
import { leb, readLeb } from '../scripts/wasm-section.mjs';

const name = (text) => {
  const bytes = Buffer.from(text);
  return Buffer.concat([leb(bytes.length), bytes]);
};
const section = (id, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), leb(body.length), body]);
};
const HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
// One function type, () -> (); imports of functions of that type; exports of them.
const TYPES = section(1, leb(1), Buffer.from([0x60, 0x00, 0x00]));
const imports = (list) => section(2, leb(list.length),
  ...list.map(([module, field]) => Buffer.concat([name(module), name(field), Buffer.from([0x00, 0x00])])));
const exports = (list) => section(7, leb(list.length),
  ...list.map((field, i) => Buffer.concat([name(field), Buffer.from([0x00]), leb(i)])));

/** [module, name] of each import, and the export names, read back. */
function read(wasm) {
  const out = { imports: [], exports: [] };
  for (let pos = 8; pos < wasm.length;) {
    const id = wasm[pos];
    const [size, body] = readLeb(wasm, pos + 1);
    let [count, p] = readLeb(wasm, body);
    const str = () => {
      const [len, q] = readLeb(wasm, p);
      p = q + len;
      return wasm.subarray(q, q + len).toString();
    };
    for (let i = 0; id === 2 && i < count; i++) {
      out.imports.push([str(), str()]);
      p += 2;
    }
    for (let i = 0; id === 7 && i < count; i++) {
      out.exports.push(str());
      p = readLeb(wasm, p + 1)[1];
    }
    pos = body + size;
  }
  return out;
}

test('short names are distinct identifiers: a … Z, then aa, ab, …', () => {
  const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
  assert.deepEqual(names.slice(0, 3), ['a', 'b', 'c']);
  assert.equal(names[51], 'Z');
  assert.equal(names[52], 'aa');
  assert.equal(new Set(names).size, names.length);
  for (const n of names) assert.match(n, /^[A-Za-z]+$/);
});

test('imports from the glue are renamed in the wasm and in the glue, others are kept', () => {
  const wasm = Buffer.concat([HEADER, TYPES, imports([
    ['./app_bg.js', '__wbg_append_0123456789abcdef'],
    ['./__wasm_split.js', '__wasm_split_load_goals'],
    ['./app_bg.js', '__wbg_remove_fedcba9876543210'],
  ])]);
  const glue = `const import0 = {
    __proto__: null,
    __wbg_append_0123456789abcdef: function(a, b) { a.append(b); },
    __wbg_remove_fedcba9876543210: function(a) { a.remove(); },
};`;
  const short = shortenImports(wasm, glue, './app_bg.js');
  assert.equal(short.renamed, 2);
  assert.deepEqual(read(short.wasm).imports, [
    ['./app_bg.js', 'a'], ['./__wasm_split.js', '__wasm_split_load_goals'], ['./app_bg.js', 'b']]);
  assert.match(short.glue, /\ba: function\(a, b\) \{ a\.append\(b\); \}/);
  assert.match(short.glue, /\bb: function\(a\) \{ a\.remove\(\); \}/);
  assert.doesNotMatch(short.glue, /__wbg_/);
});

test('an import the glue does not define once, as a key, stops the build', () => {
  const wasm = Buffer.concat([HEADER, TYPES, imports([['./app_bg.js', '__wbg_append_0123456789abcdef']])]);
  assert.throws(() => shortenImports(wasm, 'const x = {};', './app_bg.js'), /a key 0 times/);
  const twice = `const i = { __wbg_append_0123456789abcdef: f };
const j = { __wbg_append_0123456789abcdef: g };`;
  assert.throws(() => shortenImports(wasm, twice, './app_bg.js'), /a key 2 times/);
});

const CLASS = (name, prefix) => `export class ${name} {
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_${prefix}_free(ptr, 0);
    }
    pull(controller) {
        return wasm.${prefix}_pull(this.__wbg_ptr, controller);
    }
}
if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;
`;
const REGISTRY = (name, prefix) => `const ${name}Finalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_${prefix}_free(ptr, 1));
`;

test('unused classes leave the glue, and the exports they call leave the wasm', () => {
  const glue = `${CLASS('Source', 'source')}export function start() { wasm.start(); }
${REGISTRY('Source', 'source')}`;
  const dropped = dropClasses(glue, ['Source']);
  assert.deepEqual(dropped.exports.sort(), ['__wbg_source_free', 'source_pull']);
  assert.equal(dropped.glue, 'export function start() { wasm.start(); }\n');

  const wasm = Buffer.concat([HEADER, TYPES, exports(['start', 'source_pull', '__wbg_source_free'])]);
  assert.deepEqual(read(removeExports(wasm, dropped.exports)).exports, ['start']);
  assert.throws(() => removeExports(wasm, ['missing']), /not exported by the wasm: missing/);
});

test('a class not in the glue, or still named after removal, stops the build', () => {
  assert.throws(() => dropClasses('export function start() {}', ['Source']), /class Source not found/);
  const used = `${CLASS('Source', 'source')}${REGISTRY('Source', 'source')}new Source();`;
  assert.throws(() => dropClasses(used, ['Source']), /Source is still named/);
});

// wasm-split-cli's loader, as it writes it (shortened to two chunks and two families).
const WASM_SPLIT_LOADER = `import { initSync } from "./app.js";

let sharedImports = undefined;
function getSharedImports() { return sharedImports; }
function wrapAsyncCb(callee) { return callee; }
function makeLoad(fetcher, deps) { return () => fetcher(); }
/* goals, index */
const __chunk_2 = makeLoad(() => {
    const src = fetch(new URL("./chunk_2.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* index */
const __chunk_10 = makeLoad(() => {
    const src = fetch(new URL("./chunk_10.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_goals = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_goals.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_2]));
export const __wasm_split_load_index = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_index.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_2, __chunk_10]));
`;

test('the loader as data names the same files for each family, by their shipped names', () => {
  const shipped = (file) => file.replace('.wasm', '-1234abcd.wasm');
  const compact = compactLoader(WASM_SPLIT_LOADER, shipped);
  const expected = pageFamilies(WASM_SPLIT_LOADER).map(({ family, file, shared }) =>
    ({ family, file: shipped(file), shared: shared.map(shipped) }));
  assert.deepEqual(expected, [
    { family: 'goals', file: 'split_goals-1234abcd.wasm', shared: ['chunk_2-1234abcd.wasm'] },
    { family: 'index', file: 'split_index-1234abcd.wasm', shared: ['chunk_2-1234abcd.wasm', 'chunk_10-1234abcd.wasm'] },
  ]);
  assert.deepEqual(pageFamilies(compact), expected);
  // wasm-split's own functions are kept as written; its per-chunk code is gone.
  assert.ok(compact.startsWith(WASM_SPLIT_LOADER.slice(0, WASM_SPLIT_LOADER.indexOf('/* goals, index */'))));
  assert.doesNotMatch(compact, /__chunk_|instantiateStreaming\(src, imports\)\);\n\}\n, \[/);
  // Without whitespace, as shipped, it still reads the same.
  assert.deepEqual(pageFamilies(compact.replace(/\s*\n\s*/g, '').replace(/ = /g, '=')), expected);
});

test('a loader of another shape stops the build', () => {
  assert.throws(() => compactLoader('export const x = 1;', (f) => f), /no chunks or no families/);
  const chunkWithDeps = WASM_SPLIT_LOADER.replace('"./chunk_10.wasm", import.meta.url));\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, []);',
    '"./chunk_10.wasm", import.meta.url));\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, [__chunk_2]);');
  assert.notEqual(chunkWithDeps, WASM_SPLIT_LOADER);
  assert.throws(() => compactLoader(chunkWithDeps, (f) => f), /needs other chunks/);
});
