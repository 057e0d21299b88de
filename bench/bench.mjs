// Measures the release build in headless Debian Chromium through the Chrome
// DevTools Protocol, prints a table, and appends it to bench/RESULTS.md.
// Run it through bench/run.sh (which builds and serves the files with brotli).
// Usage: node bench/bench.mjs --port 8150 [--runs 5] [--no-record]
//
// Conditions, the same for every measurement unless a row says otherwise:
// - CPU: Emulation.setCPUThrottlingRate 4 (4x slowdown);
// - network: Network.emulateNetworkConditions with DevTools' "Slow 4G" preset:
//   562.5 ms latency (150 ms x 3.75), 1.44 Mbit/s down (1.6 Mbit/s x 0.9 =
//   180,000 B/s), 675 kbit/s up (750 kbit/s x 0.9 = 84,375 B/s);
// - a fresh browser context (empty cache and storage) per page load;
// - viewport 1280x720, locale en-US.
import { args, opt, launch } from './cli.mjs';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workspace, fileOfSize, seedStorage } from './fixtures.mjs';
import { interactions, importInteraction } from './interactions.mjs';
import { chunkTable } from './chunks.mjs';
import { snapshot, installReplay } from './floor.mjs';

const BASE = `http://127.0.0.1:${opt('port', process.env.BENCH_PORT ?? 8150)}`;
const RUNS = Number(opt('runs', process.env.BENCH_RUNS ?? 5));
const RECORD = !args.includes('--no-record');
// --interactions-only: just the interaction and import timings, printed, not
// recorded (a quick check while working on one screen).
const INTERACTIONS_ONLY = args.includes('--interactions-only');
// --startup-only: just the start-up with 100 partnerships and with none, printed.
const STARTUP_ONLY = args.includes('--startup-only');
const HERE = path.dirname(new URL(import.meta.url).pathname);
const OUT = path.join(HERE, 'out');

const CPU_SLOWDOWN = 4;
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9,
  uploadThroughput: (750 * 1000 / 8) * 0.9,
};
const NO_THROTTLE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
/** After the first screen is there, wait this long for LCP and long tasks to settle. */
const SETTLE_MS = 1500;
/** Between a visit and the return visit: time to install the service worker and keep the module. */
const RETURN_AFTER_MS = 5000;

// ---------------------------------------------------------------- in the page

/** Runs before any script of every document: the observers the numbers come from. */
function pageProbe({ watch }) {
  const b = (window.__bench = { lcp: 0, lcpNode: '', fcp: 0, longtasks: [], events: [], marks: {}, wasm: null });
  const observe = (type, fn, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra });
    } catch (e) {
      b.marks[`no ${type}`] = String(e);
    }
  };
  observe('largest-contentful-paint', (e) => {
    b.lcp = e.startTime;
    b.lcpNode = e.element ? `${e.element.tagName.toLowerCase()}${e.element.className ? '.' + e.element.className : ''}` : e.url;
  });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('longtask', (e) => b.longtasks.push([e.startTime, e.duration]));
  observe('event', (e) => b.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId }),
    { durationThreshold: 16 });
  // The main module's instantiation (compile done): from there to "app
  // started" is the app's own start-up work (boot, first render), without the
  // compile, which does not depend on what is stored. Chunks come later.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        b.marks.instantiated ??= performance.now();
        return result;
      });
    };
  }
  addEventListener('TrunkApplicationStarted', (e) => {
    b.wasm = e.detail?.wasm ?? null;
  });
  // "App started": the app has replaced index.html's first screen (#app-shell)
  // with its own, in the task that mounts it; the observer's callback runs once
  // that task's work is done. Not trunk's "started" event: it fires when `main`
  // returns, and with data stored `main` only starts fetching the codec
  // (src/state/codec.rs) and mounts afterwards.
  let shellSeen = false;
  new MutationObserver((_, observer) => {
    const shell = document.getElementById('app-shell');
    shellSeen ||= !!shell;
    if (shellSeen && !shell) {
      b.marks.appStarted = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  // "Next paint" after time t: the first rAF callback runs just before the next
  // frame is rendered; a task queued from it runs once that frame is done.
  b.nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  // For interactions, the end of that frame's rendering (style, layout, paint
  // and commit run in the task of the rAF callbacks): a user-blocking task
  // posted from the callback runs as soon as that task ends, where a timeout
  // also waits for tasks queued before it, such as the form-autofill scan
  // Chromium posts after every change of a form control (10–20 ms at 4x on a
  // round page, after the paint; bench/trace.mjs shows it).
  b.framePainted = () => new Promise((r) => requestAnimationFrame(() => {
    const done = () => r(performance.now());
    if (window.scheduler?.postTask) scheduler.postTask(done, { priority: 'user-blocking' });
    else setTimeout(done, 0);
  }));
  if (watch) {
    const check = () => {
      if (!b.marks.watchInDom && document.querySelectorAll(watch.selector).length >= watch.count) {
        b.marks.watchInDom = performance.now();
        b.nextPaint().then((t) => { b.marks.watchPainted = t; });
        mo.disconnect();
      }
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true });
  }
  // Arms a one-shot timer: t0 is the trigger event's timeStamp, t1 the next
  // paint after it (or after `until` appears, for results that come later).
  b.arm = (trigger, until) => {
    b.pending = new Promise((resolve) => {
      addEventListener(trigger, (ev) => {
        const t0 = ev.timeStamp;
        const ready = !until
          ? Promise.resolve()
          : new Promise((r) => {
            if (document.querySelector(until)) return r();
            const mo = new MutationObserver(() => { if (document.querySelector(until)) { mo.disconnect(); r(); } });
            mo.observe(document, { childList: true, subtree: true });
          });
        ready.then(b.framePainted).then((t1) => resolve({ t0, t1 }));
      }, { capture: true, once: true });
    });
  };
}

// ---------------------------------------------------------------- browser side

const browser = await launch();
const chromiumVersion = browser.version();

async function open({ network = SLOW_4G, seed = null, extra = {}, watch = null, viewport = { width: 1280, height: 720 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  await context.addInitScript(pageProbe, { watch });
  const page = await context.newPage();
  if (seed !== null) {
    // Stored on a page of the same origin first, so writing it is not timed.
    // The renderer's task-time counter keeps running across that navigation,
    // so a run with nothing to store (seed '') visits the page too, and
    // differs from a seeded run only in what is stored.
    await seedStorage(page, BASE, seed, extra);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => {
    requests.set(e.requestId, { url: e.response.url, mime: e.response.mimeType, raw: 0, wire: 0 });
  });
  cdp.on('Network.dataReceived', (e) => { const r = requests.get(e.requestId); if (r) r.raw += e.dataLength; });
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.wire = e.encodedDataLength; });
  page.on('pageerror', (e) => console.error(`page error: ${e}`));
  return { context, page, cdp, requests };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const kind = ({ url, mime }) => {
  const ext = path.extname(new URL(url).pathname);
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js' || mime.includes('javascript')) return 'js';
  if (ext === '.css') return 'css';
  if (mime.includes('html')) return 'html';
  return 'other';
};

/** Blocking time after first contentful paint (the part of each long task over 50 ms). */
const tbt = (b) => b.longtasks.reduce((sum, [start, dur]) => {
  const end = start + dur;
  if (end <= b.fcp) return sum;
  const from = Math.max(start, b.fcp);
  return sum + Math.max(0, end - from - 50);
}, 0);

/** One cold page load; `ready` is a selector of the first screen's heading. */
async function load(url, ready, opts = {}) {
  const s = await open(opts);
  if (opts.joinMark) await s.page.addInitScript(joinProbe);
  let before = { TaskDuration: 0, ScriptDuration: 0 };
  if (opts.returning) {
    // The earlier visit, not measured: someone with partnerships stored has
    // been here before, and in the same browser V8 keeps the module's
    // compiled code (bench/lazy-compile.mjs), so the measured visit does not
    // compile it again function by function.
    await s.page.goto(BASE + url, { waitUntil: 'load', timeout: 120_000 });
    await s.page.waitForSelector(ready, { timeout: 120_000 });
    await s.page.waitForTimeout(RETURN_AFTER_MS);
    before = await metrics(s.cdp);
  }
  await s.page.goto(BASE + url, { waitUntil: 'load', timeout: 120_000 });
  await s.page.waitForSelector(ready, { timeout: 120_000 });
  await s.page.waitForTimeout(SETTLE_MS);
  if (opts.check) await opts.check(s.page);
  const b = await s.page.evaluate(() => {
    const b = window.__bench;
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return {
      lcp: b.lcp, lcpNode: b.lcpNode, fcp: b.fcp, longtasks: b.longtasks, marks: b.marks,
      wasmEnd: wasm?.responseEnd ?? null,
      wasmMemory: b.wasm?.memory?.buffer?.byteLength ?? null,
    };
  });
  const m = await metrics(s.cdp);
  const bytes = {};
  for (const r of s.requests.values()) {
    const k = kind(r);
    bytes[k] ??= { wire: 0, raw: 0, n: 0 };
    bytes[k].wire += r.wire; bytes[k].raw += r.raw; bytes[k].n++;
  }
  await s.context.close();
  return {
    ...b, tbt: tbt(b), bytes, heap: m.JSHeapUsedSize,
    task: (m.TaskDuration - before.TaskDuration) * 1000, script: (m.ScriptDuration - before.ScriptDuration) * 1000,
  };
}

async function timeInteraction(entry, reps) {
  const s = await open({ network: NO_THROTTLE, seed: entry.seed ?? null, extra: entry.extra ?? {} });
  await s.page.goto(BASE + entry.url, { waitUntil: 'load' });
  await s.page.waitForSelector(APP_READY, { timeout: 60_000 });
  return repeat(s, entry, reps, { snapshots: entry.floor });
}

/**
 * The floor of an interaction (bench/floor.mjs): the app's page before and
 * after it, as static HTML, and the same input making the same DOM change
 * without the app. The copies are of the app's repetition 1 (repetitions
 * alternate between two states from there): the floor page starts as that
 * repetition left the page, so its repetition 0 makes the change back.
 */
async function timeFloor(entry, reps, { before, after }) {
  const s = await open({ network: NO_THROTTLE });
  await s.page.route(BASE + '/bench-floor.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: after }));
  await s.page.goto(BASE + '/bench-floor.html', { waitUntil: 'load' });
  const changes = await s.page.evaluate(installReplay, [before, entry.trigger]);
  if (!changes) throw new Error(`floor of "${entry.name}": the page did not change`);
  return (await repeat(s, entry, reps, { replayed: true })).runs;
}

/**
 * Times `reps` repetitions of an interaction on an open page (plus a warm-up):
 * { runs, pages }, with the page copied around repetition 1 if `snapshots`;
 * `replayed`: a floor page, whose replays are counted.
 */
async function repeat(s, entry, reps, { snapshots = false, replayed = false }) {
  await s.page.waitForTimeout(500);
  if (entry.prepare) await entry.prepare(s.page);
  const out = [];
  const pages = {};
  // Repetition 0 is a warm-up (first use of each code path), not counted.
  for (let i = 0; i <= reps; i++) {
    if (entry.before) await entry.before(s.page, i);
    if (snapshots && i === 1) pages.before = await s.page.evaluate(snapshot);
    await s.page.evaluate(([t, u]) => window.__bench.arm(t, u), [entry.trigger, entry.until ?? null]);
    await entry.action(s.page, i);
    const { t0, t1 } = await s.page.evaluate(() => window.__bench.pending);
    await entry.check(s.page, i);
    // Event Timing entries arrive after the frame is presented: read them after the wait.
    await s.page.waitForTimeout(200);
    if (snapshots && i === 1) pages.after = await s.page.evaluate(snapshot);
    // Event Timing: the longest entry of this interaction (only those >= 16 ms are reported).
    const et = await s.page.evaluate(([a, z]) => window.__bench.events
      .filter((e) => e.start >= a - 1 && e.start <= z)
      .reduce((m, e) => Math.max(m, e.duration), 0), [t0, t1]);
    if (i > 0) out.push({ ms: t1 - t0, et });
  }
  if (replayed) {
    const replays = await s.page.evaluate(() => window.__replays);
    if (replays !== reps + 1) throw new Error(`floor of "${entry.name}": ${replays} changes for ${reps + 1} inputs`);
  }
  await s.context.close();
  return { runs: out, pages };
}

// ---------------------------------------------------------------- statistics and table

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (xs) => ({ med: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const ms = (x) => (x == null || Number.isNaN(x) ? '–' : `${x.toFixed(0)} ms`);
const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
const mb = (x) => `${(x / 1e6).toFixed(2)} MB`;
const row = (name, xs, fmt = ms, note = '') => {
  const s = stat(xs);
  return `| ${name} | ${fmt(s.med)} | ${fmt(s.min)} | ${fmt(s.max)} | ${note} |`;
};

/** The start-up rows of the table, from the runs with 100 partnerships and with none. */
function startupRows() {
  const own = (r) => r.marks.appStarted - r.marks.instantiated;
  return [
    row(`start-up, 100 partnerships: navigation → list in DOM`, boot100.map((r) => r.marks.watchInDom), ms, 'no network throttling'),
    row(`start-up, 100 partnerships: navigation → list painted`, boot100.map((r) => r.marks.watchPainted), ms),
    row(`start-up, 100 partnerships: wasm downloaded → app started`, boot100.map((r) => r.marks.appStarted - r.wasmEnd), ms, 'compile, instantiate, restore, first render'),
    row(`start-up, empty: wasm downloaded → app started`, boot0.map((r) => r.marks.appStarted - r.wasmEnd), ms),
    row(`start-up, 100 partnerships: app's own start-up work`, boot100.map(own), ms, 'main module instantiated → app started: boot, restore, first render'),
    row(`start-up, empty: app's own start-up work`, boot0.map(own), ms),
    row(`start-up: extra own work for 100 partnerships (per run pair)`, boot100.map((r, i) => own(r) - own(boot0[i])), ms, 'budget 50 ms'),
    // Home shows 12 cards for 12 partnerships as for 100: these two rows split
    // the extra into showing the cards and the number stored.
    row(`start-up, 12 partnerships: app's own start-up work`, boot12.map(own), ms, 'the same 12 cards as with 100'),
    row(`start-up: extra own work, 12 partnerships over none (per run pair)`, boot12.map((r, i) => own(r) - own(boot0[i])), ms, 'showing 12 cards'),
    row(`start-up: extra own work, 100 partnerships over 12 (per run pair)`, boot100.map((r, i) => own(r) - own(boot12[i])), ms, '88 more stored, the same page'),
    row(`return visit, 100 partnerships: app's own start-up work`, back100.map(own), ms, 'the same browser, after one visit: the compiled code is kept'),
    row(`return visit, empty: app's own start-up work`, back0.map(own), ms),
    row(`return visit: extra own work for 100 partnerships (per run pair)`, back100.map((r, i) => own(r) - own(back0[i])), ms, 'budget 50 ms'),
    row(`start-up, 100 partnerships: main-thread task time`, boot100.map((r) => r.task), ms, 'CDP Performance.getMetrics TaskDuration, whole load'),
    row(`start-up, empty: main-thread task time`, boot0.map((r) => r.task), ms),
    row(`start-up: extra task time for 100 partnerships (per run pair)`, boot100.map((r, i) => r.task - boot0[i].task), ms, 'whole load, compile included: noisy'),
    row(`start-up, 100 partnerships: script time`, boot100.map((r) => r.script), ms, 'ScriptDuration'),
  ];
}

// ---------------------------------------------------------------- the runs

const sh = (cmd) => { try { return execSync(cmd, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const started = new Date();
const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' ');
const log = (...a) => console.error('bench:', ...a);

fs.mkdirSync(OUT, { recursive: true });
const hundred = workspace(100);
const twelve = workspace(12);
const firstId = JSON.parse(hundred).partnerships[0].id;
const bigFile = fileOfSize(1_000_000);
const bigPath = path.join(OUT, 'import-1mb.json');
fs.writeFileSync(bigPath, bigFile.text);

// The app's first screen: index.html paints a plain-HTML copy of it (the app
// shell) before the wasm arrives, so "ready" means the shell has been replaced.
const APP_READY = 'body:not(:has(#app-shell)) main h1';

/**
 * When a participant's screen is usable: the name field of /join painted (the
 * page's own step once the live client is loaded), as a mark on the probe.
 */
function joinProbe() {
  const seen = () => {
    if (document.getElementById('join-name')) {
      requestAnimationFrame(() => { window.__bench.marks.joinUsable = performance.now(); });
      return true;
    }
    return false;
  };
  const watcher = new MutationObserver(() => { if (seen()) watcher.disconnect(); });
  addEventListener('DOMContentLoaded', () => { if (!seen()) watcher.observe(document.body, { childList: true, subtree: true }); });
}

const app = [], floor = [], join = [], joinFloor = [];
const boot100 = [], boot12 = [], boot0 = [], back100 = [], back0 = [];
if (!INTERACTIONS_ONLY && !STARTUP_ONLY) {
log(`first load, app and static floor, ${RUNS} runs each`);
// One load of each first, not counted: the browser's own first-use costs.
await load('/', APP_READY);
await load('/static-home.html', 'main h1');
for (let i = 0; i < RUNS; i++) {
  // Alternate, so a burst of load on the shared machine hits both alike.
  app.push(await load('/', APP_READY));
  floor.push(await load('/static-home.html', 'main h1'));
}
}

if (!INTERACTIONS_ONLY && !STARTUP_ONLY) {
  // A participant scanning the projector's QR code with a phone: an empty
  // cache, the app and then the live client (/live.js) before the name field.
  log(`a join link's first visit on a phone, and the static floor, ${RUNS} runs each`);
  const phone = { width: 390, height: 844 };
  for (let i = 0; i < RUNS; i++) {
    join.push(await load('/join#K7M4-QX2F-9DH3', '#join-name', { viewport: phone, joinMark: true }));
    joinFloor.push(await load('/static-home.html', 'main h1', { viewport: phone }));
  }
}

if (!INTERACTIONS_ONLY) {
log('start-up with 100 stored partnerships, with 12, and with none (CPU 4x, no network throttling)');
let r100ok = true;
for (let i = 0; i < RUNS; i++) {
  boot100.push(await load('/', APP_READY, {
    // Home lists the 12 most recent partnerships and offers the rest (src/ui/home.rs).
    network: NO_THROTTLE, seed: hundred, watch: { selector: '.partnership-list > li', count: 12 },
    check: async (page) => {
      if (await page.getByRole('button', { name: 'Show all 100 partnerships' }).count() !== 1) r100ok = false;
    },
  }));
  boot12.push(await load('/', APP_READY, {
    network: NO_THROTTLE, seed: twelve, watch: { selector: '.partnership-list > li', count: 12 },
  }));
  boot0.push(await load('/', APP_READY, {
    network: NO_THROTTLE, seed: '', watch: { selector: APP_READY, count: 1 },
  }));
  back100.push(await load('/', APP_READY, {
    network: NO_THROTTLE, seed: hundred, returning: true, watch: { selector: '.partnership-list > li', count: 12 },
  }));
  back0.push(await load('/', APP_READY, {
    network: NO_THROTTLE, seed: '', returning: true, watch: { selector: APP_READY, count: 1 },
  }));
}
for (const r of boot100) {
  if (!r.marks.watchInDom || !r100ok) throw new Error('the 100 stored partnerships were not all listed: is bench/fixtures.mjs still valid?');
}
}

if (STARTUP_ONLY) {
  await browser.close();
  startupRows().forEach((r) => console.log(r));
  process.exit(0);
}

log('interactions');
const timed = [];
for (const entry of interactions({ hundred, firstId })) {
  const timedApp = await timeInteraction(entry, RUNS);
  timed.push({ entry, runs: timedApp.runs });
  if (!entry.floor) continue;
  timed.push({
    entry: { ...entry, name: `floor of the above: the same DOM change without the app` },
    runs: await timeFloor(entry, RUNS, timedApp.pages),
    floor: true,
  });
}
log(`import of a ${kb(bigFile.text.length)} file (${bigFile.count} partnerships)`);
const importEntry = importInteraction(bigPath, bigFile);
const imported = (await timeInteraction(importEntry, RUNS)).runs;
await browser.close();

if (INTERACTIONS_ONLY) {
  for (const { entry, runs } of [...timed, { entry: importEntry, runs: imported }]) {
    const et = runs.map((r) => (r.et ? r.et.toFixed(0) : '<16')).join(', ');
    console.log(row(entry.name, runs.map((r) => r.ms), ms, `Event Timing: ${et}`));
  }
  process.exit(0);
}

// ---------------------------------------------------------------- report

const commit = sh('git rev-parse --short HEAD') + (sh('git status --porcelain -- src Cargo.toml Cargo.lock Trunk.toml .cargo index.html style locales') ? ' (with uncommitted changes)' : '');
const loadAfter = os.loadavg().map((x) => x.toFixed(2)).join(' ');
const lines = [];
const p = (s = '') => lines.push(s);

p(`## ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}`);
p();
p(`Chromium ${chromiumVersion}, ${RUNS} runs per figure (median, min, max). CPU 4x slowdown; network "Slow 4G" ` +
  '(562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up) for the first loads, none elsewhere. ' +
  `Load average (1, 5, 15 min) on ${os.cpus().length} cores: ${loadBefore} before, ${loadAfter} after.`);
p();
p('### First load: bytes (brotli as served; raw = decoded)');
p();
p('| kind | files | transferred | raw |');
p('|---|---|---|---|');
const bytes = app[0].bytes;
let wire = 0, raw = 0;
for (const k of ['wasm', 'js', 'css', 'html', 'other']) {
  const b = bytes[k] ?? { wire: 0, raw: 0, n: 0 };
  wire += b.wire; raw += b.raw;
  p(`| ${k} | ${b.n} | ${kb(b.wire)} | ${kb(b.raw)} |`);
}
p(`| **total** | | **${kb(wire)}** | ${kb(raw)} |`);
p();
p(`Budget: at most 150 KB transferred (KB = 1000 bytes; transferred includes HTTP headers). ` +
  (wire <= 150_000 ? 'Within budget.' : `Over by ${kb(wire - 150_000)}.`));
p();
const later = chunkTable(path.join(OUT, 'site'));
if (later) {
  p('### Later loads: page families (sizes of the files, brotli -q 11)');
  p();
  later.forEach((l) => p(l));
  p();
}
p('### Timings');
p();
p('| measurement | median | min | max | note |');
p('|---|---|---|---|---|');
const lcpRatio = app.map((a, i) => a.lcp / floor[i].lcp);
p(row('first load, app: largest contentful paint', app.map((r) => r.lcp), ms, `element: ${app[0].lcpNode}`));
p(row('first load, static floor: largest contentful paint', floor.map((r) => r.lcp), ms, `element: ${floor[0].lcpNode}; bench/static-home.html`));
p(row('LCP ratio app / floor (per run pair)', lcpRatio, (x) => `${x.toFixed(2)}×`, 'budget ≤ 1.25×'));
p(row('first load, app: total blocking time', app.map((r) => r.tbt), ms, 'long-task time over 50 ms after FCP'));
p(row('join link, first visit on a phone: name field painted', join.map((r) => r.marks.joinUsable), ms, '/join#code at 390×844: the app, then the page chunk (the live client loads beside)'));
p(row('join link, static floor on a phone: largest contentful paint', joinFloor.map((r) => r.lcp), ms));
p(row('join link / floor (per run pair)', join.map((r, i) => r.marks.joinUsable / joinFloor[i].lcp), (x) => `${x.toFixed(2)}×`, 'budget ≤ 2×'));
p(row('first load, static floor: total blocking time', floor.map((r) => r.tbt), ms));
const longSum = (r) => r.longtasks.reduce((a, [, d]) => a + d, 0);
p(row('first load, app: long tasks, whole load', app.map(longSum), ms, 'sum of long-task durations, before FCP included'));
p(row('first load, app: wasm downloaded → app started', app.map((r) => r.marks.appStarted - r.wasmEnd), ms, 'compile, instantiate, first render'));
for (const { entry, runs, floor: isFloor } of timed) {
  const et = runs.map((r) => r.et);
  const etNote = et.every((x) => x === 0) ? 'Event Timing: no entry ≥ 16 ms' : `Event Timing max duration: ${et.map((x) => (x ? x.toFixed(0) : '<16')).join(', ')}`;
  const what = isFloor ? 'static copy, no app script (bench/floor.mjs)' : 'input → next paint; budget 16 ms';
  p(row(`${isFloor ? '' : 'interaction: '}${entry.name}`, runs.map((r) => r.ms), ms, `${what}; ${etNote}`));
}
startupRows().forEach((r) => p(r));
p(row(importEntry.name, imported.map((r) => r.ms), ms, 'budget 100 ms'));
p();
p('### Memory after load');
p();
p('| page | JS heap used | wasm linear memory |');
p('|---|---|---|');
p(`| home, empty workspace | ${mb(median(app.map((r) => r.heap)))} | ${mb(median(app.map((r) => r.wasmMemory ?? 0)))} |`);
p(`| home, 100 partnerships | ${mb(median(boot100.map((r) => r.heap)))} | ${mb(median(boot100.map((r) => r.wasmMemory ?? 0)))} |`);
p(`| static floor | ${mb(median(floor.map((r) => r.heap)))} | – |`);
p();

const text = lines.join('\n');
console.log(text);
if (RECORD) {
  const file = path.join(HERE, 'RESULTS.md');
  if (!fs.existsSync(file)) fs.writeFileSync(file, '# Benchmark results\n\nOne section per run of `bash bench/run.sh`, newest last.\n\n');
  fs.appendFileSync(file, text + '\n');
  log(`appended to ${path.relative(process.cwd(), file)}`);
}
