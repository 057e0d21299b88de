// Trunk build hook: builds the wasm split into a main module and one chunk per
// page family (src/ui/lazy.rs), so the first load carries only the shell and the
// home page. Trunk cannot run a step between cargo and wasm-bindgen, so this hook
// does the whole Rust pipeline, in the order cargo-leptos uses for `--split`:
//   1. cargo, with the `split` feature and the linker's relocations kept;
//   2. wasm-split-cli: main module + chunks + the `__wasm_split` loader (JS);
//   3. wasm-bindgen on the main module only (keeping the exports the chunks import);
//   4. release: unused exports out (before wasm-opt, so it drops their code),
//      wasm-opt on the main module and on each chunk separately, short
//      import names in the main module and its glue (and terser on the glue, in
//      step 5);
//   5. content-hashed names into $TRUNK_STAGING_DIR, and `.wasm-loader.html`,
//      which scripts/post-build.mjs puts into index.html (the page's HTML does not
//      exist yet while build hooks run).
// Environment (set by trunk): TRUNK_PROFILE, TRUNK_STAGING_DIR.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { compactLoader, pageFamilies } from './split-loader.mjs';
import { shortenImports } from './short-imports.mjs';
import { dropClasses, removeExports, UNUSED_CLASSES } from './unused-exports.mjs';

const NAME = 'sdg_circle';
const TARGET = 'wasm32-unknown-unknown';
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const work = path.join('target', 'wasm-split', release ? 'release' : 'debug');

// As scripts/env.sh: npm's binaryen 132 first, then the cargo-installed tools, so
// a plain `trunk build` finds the pinned versions too.
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.env.PATH = [path.join(root, 'node_modules', '.bin'), path.join(process.env.HOME ?? '', '.cargo', 'bin'),
  process.env.PATH].join(path.delimiter);

const run = (cmd, args) => {
  console.log(`build-wasm: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
};
// Eight hex digits name a file apart from its other versions (the name says what
// it is); each digit is a byte nothing compresses, and the loader and index.html
// name 110 files: 16 digits, as trunk's, cost 0.6 KB more of the first load.
const HASH_DIGITS = 8;
const hash = (...parts) => {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, HASH_DIGITS);
};

// 1. `cargo rustc` passes the link flag to the binary only, so the dependencies
// stay the ones every other build of this target uses (no rebuild of the world).
run('cargo', [
  'rustc', '--target', TARGET, '--bin', NAME, '--features', 'split',
  ...(release ? ['--release'] : []),
  '--', '-C', 'link-args=--emit-relocs',
]);
const linked = path.join('target', TARGET, release ? 'release' : 'debug', `${NAME}.wasm`);

// 2. The loader imports `initSync` from "./sdg_circle.js" and fetches
// "./split_*.wasm" / "./chunk_*.wasm"; those names are hashed in step 5.
fs.rmSync(work, { recursive: true, force: true });
const split = path.join(work, 'split');
const bound = path.join(work, 'bindgen');
fs.mkdirSync(split, { recursive: true });
run('wasm-split-cli', [linked, split, '--target', 'web', '--out-name', NAME]);

// 3. --keep-lld-exports: the chunks link against the main module's exports
// (memory, table, stack pointer, shared functions).
run('wasm-bindgen', [
  '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
  '--out-dir', bound, '--out-name', NAME, path.join(split, `${NAME}.wasm`),
]);

let glue = fs.readFileSync(path.join(bound, `${NAME}.js`), 'utf8');
// Release: wasm-streams' JS classes, which no server-less app uses, out of the
// glue and the exports, so wasm-opt drops their code (scripts/unused-exports.mjs).
if (release) {
  const dropped = dropClasses(glue, UNUSED_CLASSES);
  const file = path.join(bound, `${NAME}_bg.wasm`);
  fs.writeFileSync(file, removeExports(fs.readFileSync(file), dropped.exports));
  glue = dropped.glue;
}

const chunks = fs.readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`).sort();

// 4. Binaryen 132 from npm (scripts/env.sh puts it first on PATH; Debian's 108
// makes a wasm that never mounts). Each chunk is optimised on its own: its
// imports from the main module are fixed, so this is what cargo-leptos does too.
// Written to opt/, so split/ and bindgen/ keep the names for bench/wasm-crates.mjs.
const opt = path.join(work, 'opt');
fs.mkdirSync(opt);
const shipped = (file) => (release ? path.join(opt, path.basename(file)) : file);
if (release) {
  for (const file of [path.join(bound, `${NAME}_bg.wasm`), ...chunks.map((c) => path.join(split, c))]) {
    run('wasm-opt', ['-Oz', '--low-memory-unused', file, '-o', shipped(file)]);
  }
}
const mainWasm = shipped(path.join(bound, `${NAME}_bg.wasm`));
// Release: the glue's imports get short names in both files (-5.7 KB brotli of
// the first load; scripts/short-imports.mjs says why).
if (release) {
  const short = shortenImports(fs.readFileSync(mainWasm), glue, `./${NAME}_bg.js`);
  fs.writeFileSync(mainWasm, short.wasm);
  glue = short.glue;
  console.log(`build-wasm: ${short.renamed} imports renamed`);
}

// 5. Hashed names. Chunks are named by their content. The main JS and the loader
// import each other, so both are named by the hash of the pair (and of the main
// module: chunks only link against the main module they were split from).
fs.mkdirSync(staging, { recursive: true });
const out = {};
for (const c of chunks) {
  const body = fs.readFileSync(shipped(path.join(split, c)));
  out[c] = `${c.replace(/\.wasm$/, '')}-${hash(body)}.wasm`;
  fs.writeFileSync(path.join(staging, out[c]), body);
}
const wasmBody = fs.readFileSync(mainWasm);
const wasmName = `${NAME}-${hash(wasmBody)}_bg.wasm`;
fs.writeFileSync(path.join(staging, wasmName), wasmBody);

// A quoted "./name" after `before` (either quote: each tool writes its own style).
const rename = (text, before, from, to, what) => {
  const re = new RegExp(`(${before}\\s*)(["'])\\./${from.replaceAll('.', '\\.')}\\2`, 'g');
  if (!re.test(text)) throw new Error(`build-wasm: ${what} does not name ./${from}`);
  return text.replace(re, (_, b, q) => `${b}${q}./${to}${q}`);
};
// The loader, rewritten as data with the shipped names (scripts/split-loader.mjs).
const wasmSplitLoader = fs.readFileSync(path.join(split, '__wasm_split.js'), 'utf8');
let loader = compactLoader(wasmSplitLoader, (file) => {
  if (!out[file]) throw new Error(`build-wasm: the loader names ${file}, which wasm-split did not write`);
  return out[file];
});
// The codec (src/state/codec.rs) is needed before start-up whenever data is
// stored; fetched and compiled only once the main module runs, its ten modules
// made a return visit ~60 ms (4x CPU) slower. So an inline script compiles them
// while the main module downloads (earlyCompile below), and the loader's
// fetcher takes such a module, once, instead of fetching its own; if the early
// compile failed (offline), the next try fetches as before.
const codec = pageFamilies(loader).find((f) => f.family === 'codec');
if (!codec) throw new Error('build-wasm: the loader has no page family "codec"');
const codecFiles = [codec.file, ...codec.shared];
const earlyCompile = `<script>
// Data stored (the keys of src/state/storage.rs): compile the code that reads it
// while the main module downloads (see scripts/build-wasm.mjs).
try {
  const keys = Object.keys(localStorage);
  if (keys.some((k) => k === 'sdg-circle/v2/list' || k === 'sdg-circle/v1/workspace' || k.startsWith('sdg-circle/v2/p/'))) {
    const early = (window.__sdgEarlyWasm = {});
    for (const file of ${JSON.stringify(codecFiles)}) {
      early[file] = WebAssembly.compileStreaming(fetch('/' + file));
      early[file].catch(() => {});
    }
  }
} catch (e) { /* no storage: nothing to read */ }
</script>
    `;

const pair = hash(glue, loader, wasmBody);
const glueName = `${NAME}-${pair}.js`;
const loaderName = `__wasm_split-${pair}.js`;
loader = rename(loader, 'from', `${NAME}.js`, glueName, 'the loader');
// Only the import statements: the imports object keeps the module name that is
// written in the wasm ("./__wasm_split.js").
glue = rename(glue, 'from', '__wasm_split.js', loaderName, 'the JS glue');
// Release: the JS glue minified (terser, from npm like binaryen): 66 -> 31 KB to
// parse, 1.9 KB less brotli. Names a module exports or imports, property names and
// strings (the wasm's import names among them) are kept as they are. The loader
// loses only its whitespace: bench/chunks.mjs reads the page families' files from
// it by their names (scripts/split-loader.mjs).
if (release) {
  const { minify } = await import('terser');
  glue = (await minify(glue, { module: true, compress: true, mangle: true })).code;
  loader = (await minify(loader, { module: true, compress: false, mangle: false })).code;
}
fs.writeFileSync(path.join(staging, glueName), glue);
fs.writeFileSync(path.join(staging, loaderName), loader);

// The loader, as trunk writes it (the benchmark listens for its event), with
// both scripts and the main module preloaded so nothing waits on another, and
// the codec compiled early where data is stored (after the main module's
// request, which comes first).
fs.writeFileSync(path.join(staging, '.wasm-loader.html'), `<link rel="modulepreload" href="/${glueName}" />
    <link rel="modulepreload" href="/${loaderName}" />
    <link rel="preload" href="/${wasmName}" as="fetch" type="application/wasm" crossorigin="anonymous" />
    ${earlyCompile}<script type="module">
import init, * as bindings from '/${glueName}';
const wasm = await init({ module_or_path: '/${wasmName}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>
`);

const size = (f) => fs.statSync(path.join(staging, f)).size;
const chunkBytes = chunks.reduce((sum, c) => sum + size(out[c]), 0);
console.log(`build-wasm: main module ${size(wasmName)} B, ${chunks.length} chunks ${chunkBytes} B (raw)`);
