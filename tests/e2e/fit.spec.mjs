// Screens that fit the wall and the hand (issue 21): every projected step on
// one screen at the common projector sizes, in every UI language; every page
// usable at 390 px wide, with the navigation folded into a menu.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { seedStorage, WORKSPACE_KEY, UI_LANGUAGE_KEY, PROGRAMMES_KEY, appHeading, watchErrors, expectNoErrors } from './helpers.mjs';

// The newest format's fixture: every exercise filled in, a consultation too.
const fixture = fs.readFileSync(new URL('../fixtures/v4-full.json', import.meta.url), 'utf8');
const LANGS = ['en', 'nl', 'fr', 'es'];
const PROJECTORS = [[1280, 720], [1024, 768], [1920, 1080]];

async function seed(page, lang) {
  await seedStorage(page, [[WORKSPACE_KEY, fixture], [UI_LANGUAGE_KEY, lang], [PROGRAMMES_KEY, PROGRAMME]], { clear: true });
}

/** Each locator's every match lies wholly inside the viewport (at least one must match). */
async function expectInView(page, what, locator) {
  const boxes = await locator.evaluateAll((els) => els
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => { const b = el.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom, (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40)]; }));
  const { width, height } = page.viewportSize();
  expect(boxes.length, `${what}: nothing shown`).toBeGreaterThan(0);
  for (const [l, t, r, b, name] of boxes) {
    expect(l >= -0.5 && t >= -0.5 && r <= width + 0.5 && b <= height + 0.5,
      `${what} "${name}" at [${l}, ${t}, ${r}, ${b}] lies outside ${width}x${height}`).toBe(true);
  }
}

async function expectNoScroll(page, what) {
  const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  const { width, height } = page.viewportSize();
  expect(size, `${what}: the page scrolls (${size} in ${width}x${height})`).toEqual([width, height]);
}

/** Opens a screen in projector mode (the mode is remembered per visit, so each load turns it on). */
async function project(page, path) {
  await page.goto(path);
  await appHeading(page).waitFor();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/projector/);
}

for (const [width, height] of PROJECTORS) {
  for (const lang of LANGS) {
    test(`projector ${width}x${height}, ${lang}: each step of the workshop on one screen`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height });
      await seed(page, lang);
      const main = page.locator('main');

      // The board: the whole wheel with its subject, and beside it the gaps and the goals not discussed.
      await project(page, '/p/p-lommel/circle/b-programme');
      const wheel = main.locator('svg.circle-wheel');
      await expectInView(page, 'wheel', wheel);
      await expectInView(page, 'subject in the centre', wheel.locator('.subject-card'));
      await expectInView(page, 'gaps and not discussed', main.locator('.board-status > span'));
      await expectNoScroll(page, 'board');
      // The goal being edited opens beside or over the wheel, every choice in view.
      await wheel.locator('[role="button"]').nth(5).press('Enter');
      const panel = main.getByRole('complementary');
      await expectInView(page, 'goal panel', panel);
      await expectInView(page, 'goal panel choices', panel.getByRole('radio'));
      await expectInView(page, 'goal panel notes', panel.getByRole('textbox'));
      await expectNoScroll(page, 'board with a goal open');

      // The walk-round: the goal, every choice, the reach, both notes, the progress and the timer.
      await project(page, '/p/p-lommel/circle/b-programme/walk/6');
      await expectInView(page, 'walk goal', main.getByRole('heading', { level: 1 }));
      await expectInView(page, 'walk banner', main.locator('.walk-banner'));
      await expectInView(page, 'walk choices', main.getByRole('radio'));
      await expectInView(page, 'walk reach', main.getByRole('checkbox'));
      await expectInView(page, 'walk notes', main.getByRole('textbox'));
      await expectInView(page, 'walk progress', main.locator('.walk-progress'));
      await expectInView(page, 'walk timer', main.locator('.goal-timer select'));
      await expectInView(page, 'walk pager', main.locator('.walk-pager a'));
      await expectNoScroll(page, 'walk-round');

      // The SDG index, one goal at a time: both partners' scores, every choice.
      await project(page, '/p/p-lommel/index/round/r-2026?goal=6');
      await expectInView(page, 'index goal', main.getByRole('heading', { level: 1 }));
      await expectInView(page, 'both partners', main.locator('.partner-score'));
      await expectInView(page, 'score choices', main.getByRole('radio'));
      await expectInView(page, 'index progress', main.locator('.walk-progress'));
      await expectNoScroll(page, 'index goal');
      await expect(main.getByRole('button', { name: /delete|verwijder|supprimer|eliminar/i })).toHaveCount(0);

      // The results: the comparison circle beside the matches, a page at a time.
      await project(page, '/p/p-lommel/index/round/r-2026?results');
      await expectInView(page, 'comparison circle', main.locator('.compare-circle'));
      await expectInView(page, 'matches', main.locator('.match-item'));
      await expectInView(page, 'results pager', main.locator('.results-pager'));
      await expectNoScroll(page, 'results');

      // The summary, the plan and a goal's page: laid out to fit, a part at a time.
      for (const [what, path] of [['summary', '/p/p-lommel/circle/b-programme/summary'],
        ['plan', '/p/p-lommel/index/plan'], ['goal page', '/sdg/6'],
        ['consultation', '/p/p-lommel/consultation'], ['programme', '/programmes/pr-fit'],
        ['indicators', '/p/p-lommel/indicators']]) {
        await project(page, path);
        await expectInView(page, `${what} title`, main.getByRole('heading', { level: 1 }));
        const parts = await main.locator('.slides > .slide').count();
        for (let i = 0; i < parts; i++) {
          await expectInView(page, `${what} part ${i + 1}`, main.locator('.slides > .slide:visible'));
          await expectNoScroll(page, `${what} part ${i + 1}`);
          await page.keyboard.press('PageDown');
        }
      }
      await expectNoErrors(errors);
    });
  }
}

test('projector: the header is one slim bar and the set-up controls stay off the wall', async ({ page }) => {
  await seed(page, 'en');
  await project(page, '/p/p-lommel/index/round/r-2026');
  const header = await page.locator('.app-header').boundingBox();
  expect(header.height).toBeLessThanOrEqual(60);
  for (const name of ['Rename round', 'Delete round']) {
    await expect(page.getByRole('button', { name })).toBeHidden();
  }
  await expect(page.getByRole('radio', { name: 'Dialogue' })).toBeHidden();
  await expect(page.getByLabel('Weak up to')).toBeHidden();
  // The display controls are one tap away, in the menu, which folds again.
  await expect(page.getByRole('button', { name: 'Projector mode' })).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByText('Menu', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Projector mode' })).toBeHidden();
});

test('outside projector mode the header is one row at 1280 px', async ({ page }) => {
  for (const lang of LANGS) {
    await seed(page, lang);
    await page.goto('/p/p-lommel/circle/b-programme');
    await appHeading(page).waitFor();
    // One row: every item of the bar overlaps every other vertically.
    const boxes = await page.locator('.app-header :is(.brand, .app-nav a, .current-partnership, .language-switch, .menu-toggle)').evaluateAll(
      (els) => els.map((el) => { const b = el.getBoundingClientRect(); return [b.top, b.bottom]; }));
    expect(boxes.length).toBeGreaterThan(6);
    const lowestTop = Math.max(...boxes.map(([t]) => t));
    const highestBottom = Math.min(...boxes.map(([, b]) => b));
    expect(lowestTop, `${lang}: ${JSON.stringify(boxes)}`).toBeLessThan(highestBottom);
    expect((await page.locator('.app-header').boundingBox()).height).toBeLessThanOrEqual(70);
  }
});

test('projected index: PageDown and PageUp walk the goals, then the results; blind shows one partner', async ({ page }) => {
  await seed(page, 'en');
  await project(page, '/p/p-lommel/index/round/r-2026?goal=16');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDG 16 Peace, justice and strong institutions');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDG 17 Partnerships for the goals');
  // Scoring here is scoring the round.
  const lommel = page.getByRole('region', { name: 'Lommel' });
  await lommel.getByRole('radio', { name: '2 – weak' }).check();
  await expect(lommel.locator('.big-score')).toHaveText('2 – weak');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\?results$/);
  await expect(page.getByText('Page 1 of', { exact: false })).toBeVisible();
  const first = await page.locator('.match-item').first().textContent();
  await page.keyboard.press('PageDown');
  await expect(page.getByText('Page 2 of', { exact: false })).toBeVisible();
  await expect(page.locator('.match-item').first()).not.toHaveText(first);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/\?goal=17$/);
  await expect(page.getByRole('region', { name: 'Lommel' }).locator('.big-score')).toHaveText('2 – weak');

  // Blind: only the partner whose turn it is; the other's score is not in the page.
  await page.goto('/p/p-lommel/index/round/r-2026');
  await appHeading(page).waitFor();
  await page.getByRole('button', { name: 'Score blind' }).click();
  await page.goto('/p/p-lommel/index/round/r-2026?goal=17');
  await appHeading(page).waitFor();
  await expect(page.getByRole('region', { name: 'Lommel' }).locator('.big-score')).toHaveText('2 – weak');
  await expect(page.getByRole('region', { name: 'Ongwediva' })).toContainText('Scores hidden until the reveal');
  await expect(page.getByRole('region', { name: 'Ongwediva' }).getByRole('radio')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongwediva' }).click();
  await expect(page.getByRole('region', { name: 'Lommel' })).toContainText('Scores hidden until the reveal');
  await page.goto('/p/p-lommel/index/round/r-2026?results');
  await appHeading(page).waitFor();
  await expect(page.locator('.match-item')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal the scores' }).click();
  await expect(page.locator('.match-item').first()).toBeVisible();
});

// Every page of the app, as the fixture fills them.
const PAGES = [
  '/', '/sdg', '/sdg/6', '/p/p-lommel', '/data', '/no-such-page', '/p/p-lommel/report',
  '/p/p-lommel/circle', '/p/p-lommel/circle/b-programme', '/p/p-lommel/circle/b-programme/walk/6',
  '/p/p-lommel/circle/b-programme/summary', '/p/p-lommel/circle/compare/b-programme/b-programme',
  '/p/p-lommel/index', '/p/p-lommel/index/round/r-2026', '/p/p-lommel/index/plan',
  '/p/p-lommel/index/round/r-2026?goal=6', '/p/p-lommel/index/round/r-2026?results',
  '/p/p-lommel/consultation', '/p/p-lommel/consultation?place=pl-1',
  '/programmes', '/programmes/pr-fit', '/p/p-lommel/indicators', '/join',
];
// A programme of the fixture's partnership (programme.spec.mjs has one of twelve).
const PROGRAMME = JSON.stringify({ programmes: [{ id: 'pr-fit', name: 'GLoBe 2024', partnerships: ['p-lommel'] }] });

const HANDHELDS = [...LANGS.map((lang) => [390, 844, lang]), [768, 1024, 'fr'], [768, 1024, 'nl']];
for (const [width, height, lang] of HANDHELDS) {
  test(`phone or tablet ${width}x${height}, ${lang}: no page scrolls sideways, no text overflows its box, taps are 44 px`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seed(page, lang);
    const problems = [];
    for (const path of PAGES) {
      await page.goto(path);
      await appHeading(page).waitFor();
      for (const menu of [false, true]) {
        if (menu) await page.getByText(/^Men[uú]$/).tap();
        const found = await page.evaluate(() => {
          // Folded tables are measured open: a kept live session's proposals.
          for (const d of document.querySelectorAll('details.kept-session')) d.open = true;
          const W = document.documentElement.clientWidth;
          const out = [];
          if (document.documentElement.scrollWidth > W) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
          for (const el of document.querySelectorAll('body *')) {
            if (el.closest('.visually-hidden, svg, .shell-reserve') || el.getClientRects().length === 0) continue;
            const b = el.getBoundingClientRect();
            const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || '').trim().slice(0, 30)}"`;
            if (b.right > W + 0.5 || b.left < -0.5) out.push(`${name} reaches ${Math.round(b.left)}..${Math.round(b.right)}`);
            const style = getComputedStyle(el);
            // A form field scrolls a long value inside itself; that is not text cut off.
            if (!el.matches('input, textarea, select') && style.overflowX !== 'visible' && style.overflowX !== 'auto'
              && el.scrollWidth > el.clientWidth + 1) {
              out.push(`${name} cuts its text (${el.scrollWidth} in ${el.clientWidth})`);
            }
            if (el.matches('button, select, .button, .app-nav a, input:not([type="radio"]):not([type="checkbox"]), summary')
              && (b.height < 43.5 || b.width < 43.5)) out.push(`${name} is a ${Math.round(b.width)}x${Math.round(b.height)} target`);
          }
          return out;
        });
        problems.push(...found.map((f) => `${path}${menu ? ' (menu open)' : ''}: ${f}`));
      }
    }
    expect(problems, `${lang}:\n${problems.join('\n')}`).toEqual([]);
    await expectNoErrors(errors);
    await context.close();
  });
}

test('phone: the navigation is one tap away in the menu, and a goal of the board one tap away in a list', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await seed(page, 'en');
  await page.goto('/p/p-lommel/circle/b-programme');
  await appHeading(page).waitFor();
  const header = await page.locator('.app-header').boundingBox();
  expect(header.height).toBeLessThanOrEqual(844 / 8);
  await expect(page.getByRole('link', { name: 'SDG index' })).toBeHidden();
  await page.getByText('Menu', { exact: true }).tap();
  await expect(page.locator('details.app-menu')).toHaveAttribute('open', '');
  await page.getByRole('link', { name: 'SDG index' }).tap();
  await expect(page).toHaveURL(/\/index$/);
  // Following a link folds the menu, as a phone's menu does.
  await expect(page.getByRole('link', { name: 'SDG index' })).toBeHidden();

  await page.goto('/p/p-lommel/circle/b-programme');
  await appHeading(page).waitFor();
  const wheel = await page.locator('svg.circle-wheel').boundingBox();
  expect(wheel.width).toBeLessThanOrEqual(390);
  await page.getByText('The 17 goals as a list').tap();
  const list = page.locator('.goal-picker-list');
  await list.getByRole('button', { name: /SDG 6 Clean water and sanitation/ }).tap();
  const panel = page.getByRole('complementary', { name: 'SDG 6 Clean water and sanitation' });
  await expect(panel).toBeInViewport();
  await panel.getByRole('radio', { name: /Direct contribution/ }).tap();
  await expect(list.getByRole('button', { name: /SDG 6 Clean water and sanitation/ })).toContainText('Direct contribution');
  await context.close();
});
