// How much of start-up is V8 compiling the app's wasm: Chromium compiles each
// wasm function on its first call (lazy compilation, on the main thread), so
// a first visit pays for every function the first screen runs. This counts
// those compilations (trace events `wasm.CompileLazy`) and sums their time,
// for a first visit with N partnerships stored, for a return visit in the
// same browser (where V8 takes the module's code from its memory), and for a
// return visit after the browser was closed and started again (same profile
// directory: V8 keeps wasm code on disk only past a threshold this app does
// not reach, so it compiles again).
// Usage (with bench/run.sh's server, or any server of dist/):
//   node bench/lazy-compile.mjs --port 8150 [--partnerships 0,12,100] [--runs 3] [--names FILE.wasm]
// --names: a wasm with a name section (bench/out/site-named's main module, made
// by `bench/run.sh --profile`): also lists the functions that N partnerships
// add to the first compile, by crate.
import { opt, CHROMIUM_ARGS } from './cli.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workspace, seedStorage } from './fixtures.mjs';
import { crateOf } from './crate-of.mjs';
import { functionNames } from './wasm-names.mjs';

const BASE = `http://127.0.0.1:${opt('port', 8150)}`;
const COUNTS = opt('partnerships', '0,12,100').split(',').map(Number);
const RUNS = Number(opt('runs', 3));
const NAMES = opt('names', null);
const READY = 'body:not(:has(#app-shell)) main h1';
const CATEGORIES = ['v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'devtools.timeline'];

/** One traced visit of `/` (CDP tracing, which also works in a persistent context). */
async function visit(page, cdp) {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
  await page.goto(BASE + '/');
  await page.waitForSelector(READY, { timeout: 60_000 });
  await page.waitForTimeout(800);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream });
    text += base64Encoded ? Buffer.from(data, 'base64').toString() : data;
    if (eof) break;
  }
  const trace = JSON.parse(text);
  const lazy = (trace.traceEvents ?? trace).filter((e) => e.name === 'wasm.CompileLazy' && e.dur);
  return { count: lazy.length, ms: lazy.reduce((sum, e) => sum + e.dur, 0) / 1000, fns: lazy.map((e) => e.args?.func_index) };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const firstFns = new Map();
console.log('| partnerships stored | visit | functions compiled lazily | their compile time, 4x CPU (median, min–max) |');
console.log('|---|---|---|---|');
for (const n of COUNTS) {
  const first = [], again = [], restarted = [];
  for (let r = 0; r < RUNS; r++) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-bench-profile-'));
    const start = () => chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 720 }, locale: 'en-US',
    });
    const context = await start();
    const page = context.pages()[0] ?? await context.newPage();
    if (n > 0) await seedStorage(page, BASE, workspace(n));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    first.push(await visit(page, cdp));
    // Time for V8 to keep the module (and the service worker to install).
    await page.waitForTimeout(5000);
    again.push(await visit(page, cdp));
    await page.waitForTimeout(3000);
    await context.close();
    // The browser started again on the same profile: the next day's workshop.
    const later = await start();
    const laterPage = later.pages()[0] ?? await later.newPage();
    const laterCdp = await later.newCDPSession(laterPage);
    await laterCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    restarted.push(await visit(laterPage, laterCdp));
    await later.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  firstFns.set(n, new Set(first[0].fns));
  const row = (name, vs) => {
    const ms = vs.map((v) => v.ms);
    console.log(`| ${n} | ${name} | ${median(vs.map((v) => v.count))} | ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}) |`);
  };
  row('first (fresh browser)', first);
  row('return (same browser)', again);
  row('return (browser restarted)', restarted);
}
if (NAMES && COUNTS.length > 1) {
  const names = functionNames(NAMES);
  const base = firstFns.get(COUNTS[0]);
  for (const n of COUNTS.slice(1)) {
    const extra = [...firstFns.get(n)].filter((f) => !base.has(f)).map((f) => names.get(f) ?? `#${f}`);
    const byCrate = new Map();
    for (const f of extra) {
      const crate = crateOf(f);
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + 1);
    }
    console.log(`\n${extra.length} functions compiled with ${n} partnerships and not with ${COUNTS[0]}, by crate:`);
    console.log([...byCrate].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', '));
  }
}
