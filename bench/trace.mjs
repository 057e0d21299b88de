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
  categories: 'devtools.timeline,blink,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
for (let i = 1; i <= REPS; i++) {
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
