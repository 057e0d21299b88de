// Where an interaction's time goes inside the browser (style, layout, paint,
// script): a Chrome trace of a few repetitions, summed by trace event name.
// Needs the benchmark's server (bench/run.sh serves bench/out/site on BENCH_PORT).
// Usage: node bench/trace.mjs --port 8150 --interaction change [--reps 5]
import { opt, launch } from './cli.mjs';
import { workspace, storedEntries } from './fixtures.mjs';
import { interactions } from './interactions.mjs';

const BASE = `http://127.0.0.1:${opt('port', 8150)}`;
const REPS = Number(opt('reps', 5));
const seed = workspace(100);
const entry = interactions({ hundred: seed, firstId: JSON.parse(seed).partnerships[0].id })
  .find((e) => e.name.startsWith(opt('interaction', 'change')));
if (!entry) throw new Error('no such interaction');

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
await context.addInitScript((entries) => {
  if (!localStorage.getItem('sdg-circle/v2/list')) {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }
  // Marks the end of the first frame rendered after each trigger event, the way
  // bench/bench.mjs times it, so each repetition can be cut out of the trace.
  window.__markFrame = (trigger) => addEventListener(trigger, () => requestAnimationFrame(() => {
    scheduler.postTask(() => performance.mark('frame-painted'), { priority: 'user-blocking' });
  }), { capture: true, once: true });
}, storedEntries(entry.seed ?? seed));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(BASE + entry.url, { waitUntil: 'load' });
await page.waitForSelector('body:not(:has(#app-shell)) main h1');
await page.waitForTimeout(500);
if (entry.prepare) await entry.prepare(page);
await entry.action(page, 0);
await page.waitForTimeout(800);

const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,blink,blink.user_timing,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
for (let i = 1; i <= REPS; i++) {
  await page.evaluate((t) => window.__markFrame(t), entry.trigger);
  await entry.action(page, i);
  // Wait past the autosave (300 ms), which is not part of the interaction.
  await page.waitForTimeout(150);
}
await cdp.send('Tracing.end');
await done;
await browser.close();

// Complete events on the renderer main thread, by name (self time is not
// separated: nested names overlap, so read them as "time inside").
const main = events.filter((e) => e.ph === 'X' && e.dur && e.name !== 'RunTask' && e.cat.includes('devtools.timeline'));
const byName = new Map();
for (const e of main) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
console.log(`${REPS}× "${entry.name}" at 4x CPU (autosave excluded by waiting only 150 ms): time inside each trace event, ms per repetition`);
[...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)
  .forEach(([k, v]) => console.log(`${(v / REPS).toFixed(1).padStart(8)}  ${k}`));

// Per repetition, from the trigger event's dispatch to the end of the frame
// that shows its result: the app's script (its wasm glue's calls, microtasks
// included) and each rendering phase, outermost events only (a forced style or
// layout inside the app's script counts as style or layout). Medians.
const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const onMain = events.filter((e) => e.pid === thread?.pid && e.tid === thread?.tid);
const complete = onMain.filter((e) => e.ph === 'X' && e.dur != null);
const painted = onMain.filter((e) => e.name === 'frame-painted').map((e) => e.ts).sort((a, b) => a - b);
const triggers = complete.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === entry.trigger)
  .map((e) => e.ts).sort((a, b) => a - b);
const phases = {
  'app script': (e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').includes('sdg_circle'),
  style: (e) => e.name === 'UpdateLayoutTree',
  layout: (e) => e.name === 'Layout',
  'pre-paint': (e) => e.name === 'PrePaint',
  paint: (e) => e.name === 'Paint',
  layerize: (e) => e.name === 'Layerize',
  commit: (e) => e.name === 'Commit',
};
const outermost = (list) => list.filter((e) => !list.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
const rows = { 'trigger dispatch → frame painted': [] };
for (const k of Object.keys(phases)) rows[k] = [];
for (const end of painted) {
  const start = triggers.filter((t) => t < end).pop();
  if (start === undefined) continue;
  rows['trigger dispatch → frame painted'].push((end - start) / 1000);
  for (const [k, is] of Object.entries(phases)) {
    const inside = outermost(complete.filter((e) => is(e) && e.ts >= start && e.ts < end));
    rows[k].push(inside.reduce((sum, e) => sum + e.dur / 1000, 0));
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`\nper repetition, trigger → frame painted (median of ${rows['trigger dispatch → frame painted'].length}; tracing slows each a little)`);
for (const [k, v] of Object.entries(rows)) if (v.length) console.log(`${median(v).toFixed(1).padStart(8)}  ${k}`);
