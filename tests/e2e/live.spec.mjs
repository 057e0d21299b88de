// Live sessions as a room uses them: a facilitator's laptop on the projector and
// participants of both delegations on their own phones, each a browser context,
// all against a real sync server (sync/server.mjs) that this file starts and stops.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, proxy, startRedis, startServer, stopServer, tempDir } from '../sync/harness.mjs';
import { WORKSPACE_KEY, UI_LANGUAGE_KEY, watchErrors, expectNoErrors, storedWorkspace } from './helpers.mjs';

const fixture = fs.readFileSync(new URL('../fixtures/v3-full.json', import.meta.url), 'utf8');
const dist = path.resolve('dist');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let server;
let base;
test.beforeEach(async () => {
  const port = await freePort();
  server = await startServer({ port, data: tempDir(), dist, args: ['--quiet'] });
  base = `http://127.0.0.1:${port}`;
});
test.afterEach(async () => {
  await stopServer(server, 'SIGKILL');
});

/** WCAG 2.2 AA, as axe-core checks it, on what `page` shows now. */
async function expectAccessible(page, what) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

/** The page does not scroll and each of `selectors`' elements lies within the viewport. */
async function expectOnScreen(page, selectors) {
  const { width, height } = page.viewportSize();
  const scroll = await page.evaluate(() => [document.scrollingElement.scrollHeight, document.scrollingElement.scrollWidth]);
  expect(scroll[0], 'the page scrolls down').toBeLessThanOrEqual(height);
  expect(scroll[1], 'the page scrolls sideways').toBeLessThanOrEqual(width);
  for (const selector of selectors) {
    const boxes = await page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
    expect(boxes.length, `${selector}: nothing shown`).toBeGreaterThan(0);
    for (const b of boxes) expect(b.top >= 0 && b.bottom <= height && b.left >= 0 && b.right <= width, `${selector} off screen`).toBe(true);
  }
}

/** A facilitator's device with the Lommel – Ongwediva partnership on it. */
async function facilitator(browser, lang = 'en') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/__seed', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${base}/__seed`);
  await page.evaluate(([entries]) => {
    localStorage.clear();
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, [[[WORKSPACE_KEY, fixture], [UI_LANGUAGE_KEY, lang]]]);
  await page.unroute('**/__seed');
  return { context, page };
}

/** A participant's phone in its own language (the browser's). */
async function participant(browser, locale) {
  const context = await browser.newContext({ ...phone, locale });
  return { context, page: await context.newPage() };
}

/** The delegation's code as the projector shows it. */
async function codeOf(page, municipality) {
  const card = page.getByRole('figure', { name: municipality });
  await expect(card.getByRole('img', { name: `QR code of the link for ${municipality}` })).toBeVisible();
  return (await card.locator('.live-code strong').textContent()).trim();
}

async function startWalk(page, goal = 6) {
  await page.goto(`${base}/p/p-lommel/circle/b-programme/walk/${goal}`);
  await page.getByRole('button', { name: 'Start a live session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live: answers arrive' })).toBeVisible();
}

test('a walk-round with both delegations on their phones, from join to the folded result', async ({ browser }) => {
  // Four browsers, a phone made a second slow on purpose, a reload and an export.
  test.setTimeout(120_000);
  const host = await facilitator(browser);
  const errors = watchErrors(host.page);
  await startWalk(host.page);
  const codeA = await codeOf(host.page, 'Lommel');
  const codeB = await codeOf(host.page, 'Ongwediva');
  expect(codeA).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(codeA.slice(0, 4)).toBe(codeB.slice(0, 4));
  expect(codeA).not.toBe(codeB);
  // The link names this server, with the code in the fragment only.
  await expect(host.page.getByRole('link', { name: `${base}/join#${codeA}` })).toBeVisible();

  // Delegation A in Dutch, by link, with a name.
  // The name is typed while the live client is still on its way: its arrival
  // must not lose what was typed.
  const jan = await participant(browser, 'nl-BE');
  let release;
  const held = new Promise((r) => { release = r; });
  await jan.page.route('**/live.js', async (route) => { await held; await route.continue(); });
  await jan.page.goto(`${base}/join#${codeA}`);
  await jan.page.getByLabel('Je naam (niet verplicht)').fill('Jan');
  release();
  await jan.page.waitForFunction(() => window.sdgLive !== undefined);
  // A slow phone: the shared document tells the screen of every change a
  // second late, own answers included. What Jan picks must count at once.
  await jan.page.evaluate(() => {
    const open = window.sdgLive.open;
    window.sdgLive.open = (options) => {
      const session = open(options);
      const listen = session.listen.bind(session);
      session.listen = (f) => listen(() => setTimeout(f, 1000));
      return session;
    };
  });
  await jan.page.getByRole('button', { name: 'Deelnemen' }).click();
  await expect(jan.page.getByRole('heading', { name: 'SDG 6 Schoon water en sanitair' })).toBeVisible();
  await jan.page.getByRole('radio', { name: /Rechtstreekse bijdrage/ }).check();
  await expect(jan.page.getByRole('status').filter({ hasText: 'Je antwoorden zijn verstuurd.' })).toBeVisible();

  // Delegation B in French, by typing the code, anonymous.
  const ana = await participant(browser, 'fr-FR');
  await ana.page.goto(`${base}/join`);
  await ana.page.getByLabel("Le code affiché à l'écran").fill(codeB.toLowerCase());
  await ana.page.getByRole('button', { name: 'Rejoindre' }).click();
  await ana.page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(ana.page.getByRole('heading', { name: 'ODD 6 Eau propre et assainissement' })).toBeVisible();
  await ana.page.getByRole('radio', { name: /Objectif central/ }).check();

  // The projector: the spread, named where a name was given, and who is here.
  const spread = host.page.locator('.live-spread');
  await expect(spread.getByRole('heading', { name: 'Answers: 2' })).toBeVisible();
  await expect(spread.getByRole('listitem').filter({ hasText: 'Direct contribution' })).toContainText('1Jan');
  await expect(spread.getByRole('listitem').filter({ hasText: 'Core aim' })).toContainText('1');
  await expect(host.page.getByText('Lommel: 1 connected · Ongwediva: 1 connected')).toBeVisible();
  // A co-facilitator follows on a laptop of their own, by the link kept off the wall.
  const coLink = (await host.page.locator('.live-co code').textContent()).trim();
  expect(coLink.startsWith(`${base}/join#`)).toBe(true);
  const co = await participant(browser, 'en-GB');
  await co.page.goto(coLink);
  await co.page.getByRole('button', { name: 'Join' }).click();
  await expect(co.page.locator('.live-spread').getByRole('heading', { name: 'Answers: 2' })).toBeVisible();
  await co.context.close();
  await expectAccessible(host.page, 'facilitator, live walk-round');
  await expectAccessible(jan.page, 'participant, walk-round (nl)');

  // On the wall: the spread, the codes and who is here on one 1280x720 screen.
  await host.page.keyboard.press('p');
  await expect(host.page.locator('html')).toHaveClass(/projector/);
  await expectOnScreen(host.page, ['.walk-banner', '.live-status', '.spread-bars li', '.live-invite .qr', '.live-code strong']);
  await host.page.getByRole('button', { name: 'Hide the join codes' }).click();
  await expect(host.page.locator('.live-invite')).toHaveCount(0);
  await host.page.getByRole('button', { name: 'Show the join codes' }).click();
  await host.page.keyboard.press('p');

  // The facilitator agrees with one key; every phone shows it.
  await host.page.keyboard.press('3');
  await expect(jan.page.getByText('Afgesproken: 3 · Kerndoel')).toBeVisible();
  await expect(ana.page.getByText('Convenu : 3 · Objectif central')).toBeVisible();

  // The next goal goes up everywhere; an answer with an idea.
  await host.page.keyboard.press('PageDown');
  await expect(jan.page.getByRole('heading', { name: /^SDG 7 / })).toBeVisible();
  await expect(ana.page.getByRole('heading', { name: /^ODD 7 / })).toBeVisible();
  await jan.page.getByRole('radio', { name: /Onrechtstreeks of beperkt/ }).check();
  const idea = jan.page.getByLabel('Een idee (niet verplicht)');
  await idea.fill('Zonnepanelen op de school');
  // The facilitator agrees while Jan is still typing: the idea and the focus stay.
  await host.page.keyboard.press('1');
  await expect(jan.page.getByText('Afgesproken: 1 · Onrechtstreeks of beperkt')).toBeVisible();
  await expect(idea).toHaveValue('Zonnepanelen op de school');
  await expect(idea).toBeFocused();
  await idea.blur();
  await expect(host.page.locator('.spread-ideas')).toContainText('Jan: Zonnepanelen op de school');
  await expect(host.page.locator('.spread-waiting')).toContainText('Not answered yet: 1');
  // Jan adds to the idea and the facilitator moves on before Jan leaves the field:
  // what was typed goes with the answer all the same.
  await idea.fill('Zonnepanelen op de school en het gemeentehuis');
  await host.page.keyboard.press('PageDown');
  await expect(jan.page.getByRole('heading', { name: /^SDG 8 / })).toBeVisible();
  await host.page.keyboard.press('PageUp');
  await expect(host.page.locator('.spread-ideas')).toContainText('Jan: Zonnepanelen op de school en het gemeentehuis');

  // The end: folded in (undoable), the phones told, the links revoked.
  await host.page.getByRole('button', { name: 'End the live session' }).click();
  await host.page.getByRole('button', { name: 'End the session' }).click();
  await expect(host.page.getByText('Live session on “Five-year programme 2026–2030” ended and folded in.')).toBeVisible();
  await expect(jan.page.getByRole('heading', { name: 'De sessie is afgelopen' })).toBeVisible();
  await expect(ana.page.getByRole('heading', { name: 'La session est terminée' })).toBeVisible();
  await expect(host.page.getByRole('button', { name: 'Start a live session' })).toBeVisible();

  await host.page.reload();
  await host.page.goto(`${base}/p/p-lommel/circle/b-programme/walk/7`);
  await expect(host.page.getByLabel(/How could it do better/i)).toHaveValue(/Jan: Zonnepanelen op de school/);
  await host.page.goto(`${base}/p/p-lommel/circle/b-programme/walk/6`);
  await expect(host.page.locator('.walk-level')).toHaveText('3 · Core aim');
  // Each participant's own proposal is kept beside the agreed level, in the file.
  const kept = host.page.getByRole('region', { name: 'Proposals kept from live sessions' });
  await kept.getByText(/^Session of .*: 2 proposals$/).click();
  await expect(kept.getByRole('row').filter({ hasText: 'Jan' })).toContainText('2 · Direct contribution');
  await expect(kept.getByRole('row').filter({ hasText: '(anonymous)' })).toContainText('3 · Core aim');
  await expectAccessible(host.page, 'facilitator, kept proposals');
  const saved = (await storedWorkspace(host.page)).partnerships[0].live_sessions;
  expect(saved).toHaveLength(1);
  expect(saved[0].exercise).toEqual({ kind: 'walk', id: 'b-programme' });
  expect(saved[0].proposals).toContainEqual(expect.objectContaining({ side: 'a', goal: 7, name: 'Jan', level: 1, note: 'Zonnepanelen op de school en het gemeentehuis' }));
  expect(saved[0].proposals).toContainEqual(expect.objectContaining({ side: 'b', goal: 6, level: 3 }));
  // Not on the wall; forgotten on request, undoably.
  await host.page.keyboard.press('p');
  await expect(kept).toBeHidden();
  await host.page.keyboard.press('p');
  await kept.getByRole('button', { name: 'Forget these proposals' }).click();
  await expect(kept).toHaveCount(0);
  expect((await storedWorkspace(host.page)).partnerships[0].live_sessions).toEqual([]);
  await host.page.getByRole('button', { name: 'Undo' }).click();
  await expect(kept).toBeVisible();
  // The official's export carries them, in format 4.
  await host.page.goto(`${base}/data`);
  const [download] = await Promise.all([
    host.page.waitForEvent('download'),
    host.page.getByRole('button', { name: 'Export all partnerships (JSON)' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.partnerships[0].live_sessions[0].proposals).toContainEqual(expect.objectContaining({ side: 'a', goal: 7, name: 'Jan', level: 1, note: 'Zonnepanelen op de school en het gemeentehuis' }));

  const late = await participant(browser, 'en-GB');
  await late.page.goto(`${base}/join#${codeA}`);
  await late.page.getByRole('button', { name: 'Join' }).click();
  await expect(late.page.getByText('This code does not open a session (any more).')).toBeVisible();
  expectNoErrors(errors);
  for (const c of [host, jan, ana, late]) await c.context.close();
});

test('a participant who loses the connection keeps answering; nothing lost, nothing doubled', async ({ browser }) => {
  const host = await facilitator(browser);
  await startWalk(host.page);
  const code = await codeOf(host.page, 'Ongwediva');
  const way = await proxy(server.port);
  const p = await participant(browser, 'es-ES');
  await p.page.goto(`http://127.0.0.1:${way.port}/join#${code}`);
  await p.page.getByRole('button', { name: 'Unirse' }).click();
  await p.page.getByRole('radio', { name: /Contribución directa/ }).check();
  await expect(host.page.locator('.live-spread').getByRole('heading', { name: 'Answers: 1' })).toBeVisible();

  way.cut();
  await expect(p.page.getByRole('status').filter({ hasText: 'Sin conexión' })).toBeVisible({ timeout: 15_000 });
  await p.page.getByRole('radio', { name: /Objetivo central/ }).check();
  await host.page.keyboard.press('PageDown');
  await expect(host.page.locator('.spread-waiting')).toHaveCount(0);
  await host.page.keyboard.press('PageUp');
  // Still the first answer on the projector: the second waits on the phone.
  await expect(host.page.locator('.live-spread li').filter({ hasText: 'Direct contribution' })).toContainText('1');

  way.restore();
  await expect(p.page.getByRole('status').filter({ hasText: 'Sus respuestas están enviadas.' })).toBeVisible({ timeout: 15_000 });
  const spread = host.page.locator('.live-spread');
  await expect(spread.getByRole('heading', { name: 'Answers: 1' })).toBeVisible();
  await expect(spread.locator('li').filter({ hasText: 'Core aim' })).toContainText('1');
  await expect(spread.locator('li').filter({ hasText: 'Direct contribution' })).toContainText('0');
  await way.close();
  // Ended without keeping the proposals: the agreed values only, no one's answer.
  await host.page.getByRole('button', { name: 'End the live session' }).click();
  await host.page.getByLabel("Keep every participant's proposal, idea and reason, with their names").uncheck();
  await host.page.getByRole('button', { name: 'End the session' }).click();
  await expect(host.page.getByRole('button', { name: 'Start a live session' })).toBeVisible();
  expect((await storedWorkspace(host.page)).partnerships[0].live_sessions).toEqual([]);
  await expect(host.page.getByRole('region', { name: 'Proposals kept from live sessions' })).toHaveCount(0);
  for (const c of [host, p]) await c.context.close();
});

test('the server stops and restarts mid-session: the session goes on where it was', async ({ browser }) => {
  const host = await facilitator(browser);
  await startWalk(host.page);
  const code = await codeOf(host.page, 'Lommel');
  const p = await participant(browser, 'en-GB');
  await p.page.goto(`${base}/join#${code}`);
  await p.page.getByLabel('Your name (optional)').fill('Mia');
  await p.page.getByRole('button', { name: 'Join' }).click();
  await p.page.getByRole('radio', { name: /Indirect or limited/ }).check();
  await expect(host.page.locator('.live-spread').getByRole('heading', { name: 'Answers: 1' })).toBeVisible();

  const { port } = server;
  const data = server.child.spawnargs[server.child.spawnargs.indexOf('--data') + 1];
  await stopServer(server);
  await expect(host.page.getByRole('status').filter({ hasText: 'No connection to the live server' })).toBeVisible({ timeout: 15_000 });
  // The board works as before meanwhile.
  await host.page.keyboard.press('2');
  await expect(host.page.locator('.walk-level')).toHaveText('2 · Direct contribution');
  await p.page.getByRole('radio', { name: /Direct contribution/ }).check();

  server = await startServer({ port, data, dist, args: ['--quiet'] });
  await expect(host.page.getByRole('status').filter({ hasText: 'Live: answers arrive' })).toBeVisible({ timeout: 15_000 });
  const spread = host.page.locator('.live-spread');
  await expect(spread.locator('li').filter({ hasText: 'Direct contribution' })).toContainText('1Mia');
  await expect(spread.getByRole('heading', { name: 'Answers: 1' })).toBeVisible();
  // The level set while the server was away reaches the phone.
  await expect(p.page.getByText('Agreed: 2 · Direct contribution')).toBeVisible();
  for (const c of [host, p]) await c.context.close();
});

/** Every WebSocket frame a page receives, as bytes. */
function recordFrames(page) {
  const frames = [];
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => frames.push(Buffer.from(payload))));
  return frames;
}

async function join(browser, locale, code, name, joinLabel) {
  const p = await participant(browser, locale);
  await p.page.goto(`${base}/join#${code}`);
  if (name) await p.page.locator('#join-name').fill(name);
  await p.page.getByRole('button', { name: joinLabel }).click();
  return p;
}

test('a blind index round: each delegation scores on its own devices, and nothing of B reaches A before the reveal', async ({ browser }) => {
  test.setTimeout(90_000);
  const host = await facilitator(browser);
  const errors = watchErrors(host.page);
  await host.page.goto(`${base}/p/p-lommel/index/round/r-2026`);
  await host.page.getByRole('button', { name: 'Score blind' }).click();
  await host.page.getByRole('button', { name: 'Start a live session' }).click();
  await expect(host.page.getByRole('status').filter({ hasText: 'Live: answers arrive' })).toBeVisible();
  const codeA = await codeOf(host.page, 'Lommel');
  const codeB = await codeOf(host.page, 'Ongwediva');
  await host.page.getByLabel('Put up:').selectOption({ label: 'SDG 3 Good health and well-being' });

  // Delegation A's phone: every frame it receives is kept.
  const a = await participant(browser, 'en-GB');
  const framesOfA = recordFrames(a.page);
  await a.page.goto(`${base}/join#${codeA}`);
  await a.page.locator('#join-name').fill('Lotte');
  await a.page.getByRole('button', { name: 'Join' }).click();
  await expect(a.page.getByRole('heading', { name: 'SDG 3 Good health and well-being' })).toBeVisible();
  await expect(a.page.getByRole('heading', { name: /^SDG 4 / })).toHaveCount(0);

  const b = await join(browser, 'es-ES', codeB, 'Nangolo', 'Unirse');
  await expect(b.page.getByRole('heading', { name: 'ODS 3 Salud y bienestar' })).toBeVisible();
  await expect(b.page.getByRole('article')).toHaveCount(1);
  await b.page.getByRole('radio', { name: '2 – débil' }).check();
  await b.page.getByRole('radio', { name: 'alto' }).check();
  await b.page.getByLabel('Por qué (opcional)').fill('secret-B-reason clinics far away');
  await b.page.getByLabel('Por qué (opcional)').blur();
  await expect(b.page.getByRole('status').filter({ hasText: 'Sus respuestas están enviadas.' })).toBeVisible();

  await a.page.getByRole('radio', { name: '4 – strong' }).check();
  await a.page.getByLabel('Why (optional)').fill('A-reason new health centre');
  await a.page.getByLabel('Why (optional)').blur();

  // The projector while blind: how many answered, not what.
  const delegation = (name) => host.page.locator('.live-delegation').filter({ has: host.page.getByRole('heading', { name }) });
  await expect(delegation('Lommel')).toContainText('Answers: 1');
  await expect(delegation('Ongwediva')).toContainText('Answers: 1');
  await expect(host.page.getByRole('button', { name: /^Agree on/ })).toHaveCount(0);
  await expectAccessible(b.page, 'participant, index round (es)');
  await expect(host.page.getByText('secret-B-reason')).toHaveCount(0);

  // The facilitator looks on the laptop, and agrees on B's score with one click.
  await host.page.getByLabel(/Show the delegations' proposals/).check();
  await delegation('Ongwediva').getByRole('button', { name: 'Agree on 2 – weak' }).click();
  await expect(delegation('Ongwediva').getByRole('button', { name: 'Agree on 2 – weak' })).toHaveAttribute('aria-pressed', 'true');

  // A's lead agrees on A's score from a phone.
  await a.page.getByLabel("I set my delegation's agreed scores (lead)").check();
  await a.page.getByLabel("The delegation's agreed score").selectOption({ label: '5 – very strong' });
  await expect(delegation('Lommel').getByRole('button', { name: 'Agree on 4 – strong' })).toHaveAttribute('aria-pressed', 'false');

  // Nothing of B's reached A's device before the reveal: not the reason, not the device's answer.
  await a.page.waitForTimeout(500);
  const seen = Buffer.concat(framesOfA);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.includes('A-reason new health centre')).toBe(true);
  expect(seen.includes('secret-B-reason')).toBe(false);
  expect(seen.includes('Nangolo')).toBe(false);

  // The reveal: the projector shows the comparison and the matches, live.
  await host.page.getByRole('button', { name: 'Reveal the scores' }).click();
  await expect(host.page.getByRole('heading', { name: 'Matches' })).toBeVisible();
  await expect(a.page.getByText('The scores are revealed')).toBeVisible();

  // The end keeps the reasons; the round has both agreed scores.
  await host.page.getByRole('button', { name: 'End the live session' }).click();
  await host.page.getByRole('button', { name: 'End the session' }).click();
  await expect(host.page.getByText('Live session on “2026” ended and folded in.')).toBeVisible();
  const stored = await storedWorkspace(host.page);
  const round = stored.partnerships[0].rounds.find((r) => r.id === 'r-2026');
  const entry = (side) => round.scores.find((s) => s.side === side && s.goal === 3);
  expect(entry('a').score).toBe(5);
  expect(entry('b').score).toBe(2);
  expect(entry('b').rationale).toContain('Nangolo: secret-B-reason clinics far away');
  expect(entry('a').rationale).toContain('Lotte: A-reason new health centre');
  expect(stored.partnerships[0].live_sessions[0].proposals).toContainEqual(
    { id: expect.any(String), side: 'b', goal: 3, name: 'Nangolo', score: 2, confidence: 'high', note: 'secret-B-reason clinics far away' });
  const kept = host.page.getByRole('region', { name: 'Proposals kept from live sessions' });
  await kept.getByText(/^Session of .*: 2 proposals$/).click();
  await expect(kept.getByRole('row').filter({ hasText: 'Nangolo' })).toContainText('2 – weak (high)');

  // Undo takes the fold back.
  await host.page.getByRole('button', { name: 'Undo' }).click();
  const undone = await storedWorkspace(host.page);
  const before = undone.partnerships[0].rounds.find((r) => r.id === 'r-2026').scores.find((s) => s.side === 'b' && s.goal === 3);
  expect(before.rationale ?? '').not.toContain('secret-B-reason');
  expect(undone.partnerships[0].live_sessions).toEqual([]);
  expectNoErrors(errors);
  for (const c of [host, a, b]) await c.context.close();
});

test('two server instances behind one address, through Redis: a facilitator on one, participants on the other', async ({ browser }) => {
  const redis = await startRedis();
  const data = tempDir();
  const args = ['--quiet', '--redis', redis.url];
  const one = await startServer({ port: await freePort(), data, dist, args });
  const two = await startServer({ port: await freePort(), data, dist, args });
  try {
    base = `http://127.0.0.1:${one.port}`;
    const host = await facilitator(browser);
    await startWalk(host.page);
    const code = await codeOf(host.page, 'Ongwediva');
    const p = await participant(browser, 'en-GB');
    await p.page.goto(`http://127.0.0.1:${two.port}/join#${code}`);
    await p.page.getByLabel('Your name (optional)').fill('Selma');
    await p.page.getByRole('button', { name: 'Join' }).click();
    await expect(p.page.getByRole('heading', { name: 'SDG 6 Clean water and sanitation' })).toBeVisible();
    await p.page.getByRole('radio', { name: /Core aim/ }).check();
    await expect(host.page.locator('.live-spread li').filter({ hasText: 'Core aim' })).toContainText('1Selma');
    await host.page.keyboard.press('PageDown');
    await expect(p.page.getByRole('heading', { name: /^SDG 7 / })).toBeVisible();
    for (const c of [host, p]) await c.context.close();
  } finally {
    await stopServer(one, 'SIGKILL');
    await stopServer(two, 'SIGKILL');
    await redis.stop();
  }
});
