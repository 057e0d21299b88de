// Where start-up time goes: a CPU profile (CDP Profiler, 4x CPU) of loading the
// home page with 100 stored partnerships, summed by function and by crate.
// Needs a wasm that keeps its function names: bench/run.sh --profile builds
// one (`wasm-opt -Oz -g`, same code as the release) into bench/out/site-named.
// With --interaction NAME (a prefix of a name in bench/interactions.mjs), the
// profile covers that interaction instead, repeated --reps times (default 5).
// With --tree TEXT, it also prints the call tree under the outermost frames whose
// name contains TEXT (siblings of the same name merged; --min MS, default 0.05, per
// repetition; --depth N, default 8): for an interaction, the roots "On<E,F>::attach"
// (the event handler) and "Queue::new" (the effects that follow) leave out the
// test driver's own work in the page.
// Usage: node bench/profile.mjs --port 8152 [--partnerships 100] [--top 30] [--interaction NAME] [--save FILE]
//        [--tree TEXT [--min MS] [--depth N]]
import { opt, launch } from './cli.mjs';
import { workspace, storedEntries, fileOfSize } from './fixtures.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { crateOf } from './crate-of.mjs';
import { interactions, importInteraction } from './interactions.mjs';

const BASE = `http://127.0.0.1:${opt('port', 8152)}`;
const COUNT = Number(opt('partnerships', 100));
const TOP = Number(opt('top', 30));
const seed = workspace(COUNT);
const which = opt('interaction', null);
const REPS = Number(opt('reps', 5));
const bigFile = fileOfSize(1_000_000);
const bigPath = path.join(path.dirname(new URL(import.meta.url).pathname), 'out', 'import-1mb.json');
fs.writeFileSync(bigPath, bigFile.text);
const entry = which && [...interactions({ hundred: seed, firstId: JSON.parse(seed).partnerships[0].id }),
  importInteraction(bigPath, bigFile)].find((e) => e.name.startsWith(which));
if (which && !entry) throw new Error(`no interaction named ${which}`);

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
await context.addInitScript((entries) => {
  for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
}, storedEntries(seed));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (!entry) await cdp.send('Profiler.start');
await page.goto(BASE + (entry?.url ?? '/'), { waitUntil: 'load' });
if ((entry?.url ?? '/') === '/') {
  // Home lists the 12 most recent partnerships until asked for all (src/ui/home.rs).
  await page.waitForFunction((n) => document.querySelectorAll('.partnership-list > li').length >= Math.min(n, 12), COUNT, { timeout: 60_000 });
} else {
  await page.waitForSelector('body:not(:has(#app-shell)) main h1', { timeout: 60_000 });
}
await page.waitForTimeout(300);
if (entry) {
  if (entry.prepare) await entry.prepare(page);
  for (let i = 0; i <= REPS; i++) {
    if (entry.before) await entry.before(page, i);
    if (i === 1) await cdp.send('Profiler.start');
    await entry.action(page, i);
    await page.waitForTimeout(500);
    await entry.check(page, i);
  }
  await page.waitForTimeout(500);
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
// --save FILE: the raw profile too, for Chromium's DevTools or a script.
if (opt('save', null)) fs.writeFileSync(opt('save', null), JSON.stringify(profile));

// Self time per node from the samples; inclusive time per function name.
const byId = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0 }]));
for (let i = 0; i < profile.samples.length; i++) {
  byId.get(profile.samples[i]).self += (profile.timeDeltas[i + 1] ?? 0) / 1000;
}
const parent = new Map();
for (const n of byId.values()) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop()})`;
const self = new Map(), incl = new Map(), crates = new Map();
let total = 0;
for (const n of byId.values()) {
  if (!n.self || n.callFrame.functionName === '(idle)') continue;
  total += n.self;
  const f = name(n);
  self.set(f, (self.get(f) ?? 0) + n.self);
  const isWasm = n.callFrame.url.includes('wasm') || /::|^</.test(f);
  const crate = f.startsWith('(') ? f : isWasm ? crateOf(f) : `JS ${n.callFrame.url.split('/').pop() || '(browser)'}`;
  crates.set(crate, (crates.get(crate) ?? 0) + n.self);
  // Count this sample once for every distinct function on its stack.
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const g = name(byId.get(id));
    if (!seen.has(g)) { seen.add(g); incl.set(g, (incl.get(g) ?? 0) + n.self); }
  }
}
const show = (title, map, top = TOP) => {
  console.log(`\n${title}`);
  [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([k, v]) => console.log(`${v.toFixed(1).padStart(8)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k.slice(0, 140)}`));
};
console.log(`CPU profile${entry ? ` of ${REPS}× "${entry.name}" (each followed by 500 ms, so its autosave is included)` : ' of start-up'}, home with ${COUNT} partnerships (${(seed.length / 1000).toFixed(0)} KB stored), 4x CPU: ${total.toFixed(0)} ms sampled`);
show('self time by crate (or category)', crates);
show('self time by function', self);
show('inclusive time by function (each function once per sample)', incl);

// --tree TEXT: where the time under the matching frames goes, per repetition.
const treeRoot = opt('tree', null);
if (treeRoot) {
  const per = entry ? REPS : 1;
  const minMs = Number(opt('min', 0.05));
  const maxDepth = Number(opt('depth', 8));
  const short = (n) => name(n).replace(/::h[0-9a-f]{16}/g, '').replace(/17h[0-9a-f]{16}E$/, '');
  const totalOf = (n) => (n.total ??= n.self + (n.children ?? []).reduce((t, c) => t + totalOf(byId.get(c)), 0));
  const inside = (n) => {
    for (let id = parent.get(n.id); id !== undefined; id = parent.get(id)) if (short(byId.get(id)).includes(treeRoot)) return true;
    return false;
  };
  const roots = [...byId.values()].filter((n) => short(n).includes(treeRoot) && !inside(n));
  const print = (nodes, depth) => {
    if (depth > maxDepth) return;
    const groups = new Map();
    for (const n of nodes) for (const c of n.children ?? []) {
      const k = byId.get(c);
      groups.set(short(k), [...(groups.get(short(k)) ?? []), k]);
    }
    [...groups].map(([k, ns]) => [k, ns, ns.reduce((t, n) => t + totalOf(n), 0) / per])
      .filter(([, , ms]) => ms >= minMs).sort((a, b) => b[2] - a[2])
      .forEach(([k, ns, ms]) => {
        console.log(`${' '.repeat(2 * depth)}${ms.toFixed(2)} ms  ${k.slice(0, 140)}`);
        print(ns, depth + 1);
      });
  };
  console.log(`\ncall tree under "${treeRoot}", ms per ${entry ? 'repetition' : 'start-up'}: ${(roots.reduce((t, n) => t + totalOf(n), 0) / per).toFixed(2)} ms`);
  print(roots, 1);
}
