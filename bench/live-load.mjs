// Live sessions under load: one sync server (sync/server.mjs, as serve.sh runs
// it), 10 sessions of 30 participants each, all voting, and the time from a
// vote to the projector's update. The measured projector is the app itself in
// Chromium at 4x CPU (a facilitator's laptop); the other sessions' facilitators
// are Node clients. Loopback only; every wait is bounded.
//
// Usage: node bench/live-load.mjs [--sessions 10] [--participants 30] [--votes 25] [--no-record]
// Needs a release build in dist/. Appends its table to bench/RESULTS.md.
import fs from 'node:fs';
import path from 'node:path';
import { args, opt, launch } from './cli.mjs';
import {
  facilitator, freePort, newSession, openDoc, sleep, startServer, stopServer, tempDir, until,
} from '../tests/sync/harness.mjs';

const SESSIONS = Number(opt('sessions', 10));
const PARTICIPANTS = Number(opt('participants', 30));
const VOTES = Number(opt('votes', 25));
const RECORD = !args.includes('--no-record');
const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, '..');
const log = (...m) => console.error('live-load:', ...m);

const fixture = fs.readFileSync(path.join(ROOT, 'tests/fixtures/v3-full.json'), 'utf8');
const port = await freePort();
const server = await startServer({ port, data: tempDir(), dist: path.join(ROOT, 'dist'), args: ['--quiet'] });
const base = `http://127.0.0.1:${port}`;
const rss = () => {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};
const clients = [];
let browser;

try {
  // The measured session: the app on a facilitator's laptop, CPU 4x slower.
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/__seed', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${base}/__seed`);
  await page.evaluate((f) => { localStorage.clear(); localStorage.setItem('sdg-circle/v1/workspace', f); }, fixture);
  await page.goto(`${base}/p/p-lommel/circle/b-programme/walk/6`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.getByRole('button', { name: 'Start a live session' }).click();
  await page.locator('.live-status[data-status="live"]').waitFor({ timeout: 30_000 });
  const codeOf = async (name) => (await page.getByRole('figure', { name }).locator('.live-code strong').textContent({ timeout: 30_000 }))
    .replace(/-/g, '');
  const measured = { sid: (await codeOf('Lommel')).slice(0, 4), a: await codeOf('Lommel'), b: await codeOf('Ongwediva') };

  // The other sessions, each with a Node facilitator (the projector's documents).
  const sessions = [measured];
  for (let i = 1; i < SESSIONS; i += 1) {
    const s = newSession();
    clients.push(await facilitator(port, s));
    sessions.push(s);
  }

  // Participants: half of each session per delegation, a socket each.
  log(`connecting ${SESSIONS * PARTICIPANTS} participants in ${SESSIONS} sessions`);
  const participants = [];
  for (const [si, s] of sessions.entries()) {
    for (let i = 0; i < PARTICIPANTS; i += 1) {
      const part = i % 2 === 0 ? 'a' : 'b';
      const own = openDoc({ port, sid: s.sid, part, token: s[part] });
      const room = openDoc({ port, sid: s.sid, part: 'room', token: s[part], socket: own.socket });
      own.provider.setAwarenessField('who', { device: `s${si}p${i}`, name: '', side: part });
      participants.push({ session: si, device: `s${si}p${i}`, own, room });
      clients.push(own, room);
    }
  }
  await until(() => participants.every((p) => p.own.state.synced && p.room.state.synced), 60_000, 'every participant');
  const memoryConnected = rss();
  log(`all connected; server RSS ${memoryConnected.toFixed(1)} MB`);

  // A probe participant of the measured session votes; the projector's spread shows it.
  const probe = participants[0];
  const labels = { 1: 'Indirect or limited', 2: 'Direct contribution' };
  let flip = 0;
  async function timedVote() {
    flip += 1;
    const level = flip % 2 === 0 ? 1 : 2;
    await page.evaluate((label) => {
      window.__arrived = null;
      const done = () => [...document.querySelectorAll('.spread-bars li')]
        .some((li) => li.textContent.includes(label) && li.querySelector('.spread-count')?.textContent === '1');
      const mo = new MutationObserver(() => {
        if (done()) { window.__arrived = Date.now(); mo.disconnect(); }
      });
      mo.observe(document.querySelector('.live-spread') ?? document.body, { subtree: true, childList: true, characterData: true });
    }, labels[level]);
    const sent = Date.now();
    probe.own.doc.getMap('proposals').set(`${probe.device}:6`, { level });
    try {
      await page.waitForFunction(() => window.__arrived !== null, null, { timeout: 10_000, polling: 50 });
    } catch {
      // Not on the projector within 10 s: counted as such, the run goes on.
      return 10_000;
    }
    return (await page.evaluate(() => window.__arrived)) - sent;
  }
  const single = [];
  log(`${VOTES} single votes, nothing else voting`);
  for (let i = 0; i < VOTES; i += 1) {
    single.push(await timedVote());
    await sleep(100);
  }

  // Everyone votes: each participant every 2 to 4 s, on other goals in the
  // measured session (so the probe's goal changes only with the probe).
  let votes = 0;
  let running = true;
  const loops = participants.slice(1).map(async (p) => {
    while (running) {
      await sleep(2000 + Math.random() * 2000);
      if (!running) break;
      const goal = p.session === 0 ? 7 + Math.floor(Math.random() * 11) : 1 + Math.floor(Math.random() * 17);
      p.own.doc.getMap('proposals').set(`${p.device}:${goal}`, { level: Math.floor(Math.random() * 4) });
      votes += 1;
    }
  });
  await sleep(4000);
  const loaded = [];
  const started = Date.now();
  log(`${VOTES} votes while ${participants.length - 1} others vote`);
  for (let i = 0; i < VOTES; i += 1) {
    loaded.push(await timedVote());
    await sleep(200);
  }
  const rate = votes / ((Date.now() - started + 4000) / 1000);
  const memoryLoaded = rss();
  running = false;
  await Promise.race([Promise.all(loops), sleep(5000)]);

  const sorted = (xs) => [...xs].sort((x, y) => x - y);
  const pct = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  const median = (xs) => pct(xs, 0.5);
  const lines = [
    `## Live sessions under load (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `${SESSIONS} sessions × ${PARTICIPANTS} participants on one sync server (sync/server.mjs, Hocuspocus 3.4.4, file persistence),`,
    'loopback; the measured projector is the app in Chromium at 4× CPU (the walk-round page), a vote is one',
    'participant\'s Yjs map write in Node, the projector\'s update the spread showing it (MutationObserver).',
    '',
    '| measurement | median | p95 | max | note |',
    '|---|---|---|---|---|',
    `| one vote → projector, nothing else voting | ${median(single)} ms | ${pct(single, 0.95)} ms | ${Math.max(...single)} ms | ${VOTES} votes; budget: median ≤ 100 ms |`,
    `| one vote → projector, all voting | ${median(loaded)} ms | ${pct(loaded, 0.95)} ms | ${Math.max(...loaded)} ms | ${VOTES} votes, the others ${rate.toFixed(0)} votes/s; ${loaded.filter((t) => t >= 10_000).length} not shown within 10 s |`,
    `| server memory (RSS), all connected | ${memoryConnected.toFixed(1)} MB | | | ${participants.length} participants, ${SESSIONS} facilitators |`,
    `| server memory (RSS), after the voting | ${memoryLoaded.toFixed(1)} MB | | | |`,
    '',
  ];
  console.log(lines.join('\n'));
  if (RECORD) fs.appendFileSync(path.join(HERE, 'RESULTS.md'), `\n${lines.join('\n')}`);
} finally {
  for (const c of clients) {
    try { c.close(); } catch { /* already closed */ }
  }
  await browser?.close();
  await stopServer(server, 'SIGKILL');
}
process.exit(0);
