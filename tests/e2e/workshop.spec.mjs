import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { seedStorage, WORKSPACE_KEY, UI_LANGUAGE_KEY, PROGRAMMES_KEY, appHeading } from './helpers.mjs';

// The newest format's fixture: every exercise filled in, a consultation too.
const fixture = fs.readFileSync(new URL('../fixtures/v4-full.json', import.meta.url), 'utf8');
const LANGS = ['en', 'nl', 'fr', 'es'];
// Every screen, with a partnership that has a board, a scored round and a plan.
const SCREENS = [
  '/', '/sdg', '/sdg/6', '/p/p-lommel', '/data', '/no-such-page',
  '/p/p-lommel/circle', '/p/p-lommel/circle/b-programme', '/p/p-lommel/circle/b-programme/walk/6',
  '/p/p-lommel/circle/b-programme/summary', '/p/p-lommel/circle/compare/b-programme/b-programme',
  '/p/p-lommel/index', '/p/p-lommel/index/round/r-2026', '/p/p-lommel/index/plan',
  '/p/p-lommel/index/round/r-2026?goal=6', '/p/p-lommel/index/round/r-2026?results',
  '/p/p-lommel/consultation', '/p/p-lommel/consultation?place=pl-1',
  '/programmes', '/programmes/pr-fit', '/p/p-lommel/indicators', '/join',
];
// A programme of the fixture's partnership (programme.spec.mjs has one of twelve).
const PROGRAMME = JSON.stringify({ programmes: [{ id: 'pr-fit', name: 'GLoBe 2024', partnerships: ['p-lommel'] }] });

async function seed(page, lang) {
  await seedStorage(page, [[WORKSPACE_KEY, fixture], [UI_LANGUAGE_KEY, lang], [PROGRAMMES_KEY, PROGRAMME]], { clear: true });
}

async function expectNoAxeViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

for (const lang of LANGS) {
  test(`axe: no WCAG 2.2 AA violations on any screen in ${lang}, normal and projector mode`, async ({ page }) => {
    test.setTimeout(180_000);
    await seed(page, lang);
    for (const path of SCREENS) {
      await page.goto(path);
      await appHeading(page).waitFor();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoAxeViolations(page, `${lang} ${path}`);
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveClass(/projector/);
      await expectNoAxeViolations(page, `${lang} ${path} projector`);
      await page.keyboard.press('p');
    }
    await page.goto('/');
    await appHeading(page).waitFor();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `${lang} help dialog`);
  });
}

test('projector mode: one key, large type at 1280x720, editing chrome reduced', async ({ page }) => {
  await seed(page, 'en');
  await page.goto('/');
  await appHeading(page).waitFor();
  await expect(page.getByRole('button', { name: 'Create partnership' })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/projector/);
  // Its styles arrive with the page styles, fetched when the mode is turned on.
  await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main')).fontSize)))
    .toBeGreaterThanOrEqual(24);
  await expect(page.getByRole('button', { name: 'Create partnership' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Delete/ })).toBeHidden();
  // The display controls are in the menu of the slim projector bar.
  await page.getByText('Menu', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Projector mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/projector/);
});

test("bilingual display: goal titles in both partners' languages, remembered", async ({ page }) => {
  await seed(page, 'fr');
  await page.goto('/sdg/6');
  await appHeading(page).waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eau propre et assainissement');
  await page.keyboard.press('b');
  // Lommel works in Dutch, Ongwediva in English.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Schoon water en sanitair');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clean water and sanitation');
  await expect(page.locator('h1 [lang="nl"]')).toHaveText('Schoon water en sanitair');
  await page.reload();
  await expect(page.locator('h1 [lang="en"]')).toHaveText('Clean water and sanitation');
  // The display controls are in the header's menu.
  await page.getByText('Menu', { exact: true }).click();
  await page.getByRole('button', { name: 'Deux langues' }).click();
  await expect(page.locator('h1 [lang="en"]')).toHaveCount(0);
});

test('help dialog on "?", closed with Escape, focus returns to the page', async ({ page }) => {
  await seed(page, 'es');
  await page.goto('/');
  await appHeading(page).waitFor();
  // Closed, its content is not drawn (nor translated at a language switch).
  await expect(page.locator('dialog.help-dialog *')).toHaveCount(0);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(6);
  await expect(dialog.getByRole('button', { name: 'Cerrar' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('dialog.help-dialog *')).toHaveCount(0);
  // And it opens again.
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cerrar' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  await expect(dialog).toBeHidden();
  // Typing a "p" in a field types it, it does not switch modes.
  await page.getByLabel('Nombre del hermanamiento').fill('');
  await page.getByLabel('Nombre del hermanamiento').press('p');
  await expect(page.locator('html')).not.toHaveClass(/projector/);
});

test('everything on the home page is reachable by keyboard with a visible focus', async ({ page }) => {
  await seed(page, 'en');
  await page.goto('/');
  await appHeading(page).waitFor();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const seen = new Set();
  let menuOpened = false;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return null;
      const style = getComputedStyle(el);
      return { name: el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label') || el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), menu: el.classList.contains('menu-toggle') };
    });
    if (!info) break; // past the last control
    expect(info.outline, `focus ring on ${info.name}`).not.toBe('none');
    expect(info.width).toBeGreaterThanOrEqual(2);
    seen.add(info.name);
    // What does not fit the header's row is in its menu: open it with Enter.
    if (info.menu && !menuOpened) {
      await page.keyboard.press('Enter');
      await expect(page.locator('details.app-menu')).toHaveAttribute('open', '');
      menuOpened = true;
    }
  }
  for (const name of ['Partnerships', 'Both languages', 'Projector mode', 'Edit', 'Create partnership']) {
    expect([...seen].some((n) => n.includes(name)), `${name} reachable`).toBe(true);
  }
});

test('walk-round timer: optional, per goal, says when time is up', async ({ page }) => {
  await seed(page, 'en');
  await page.clock.install();
  await page.goto('/p/p-lommel/circle/b-programme/walk/6');
  await appHeading(page).waitFor();
  await expect(page.locator('.timer-clock')).toHaveCount(0);
  await page.getByLabel('Timer per goal').selectOption('1');
  await expect(page.locator('.timer-clock')).toContainText('1:00');
  await page.clock.runFor(61_000);
  await expect(page.getByRole('status').filter({ hasText: 'Time is up for this goal.' })).toBeVisible();
  // The next goal starts the time again.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/walk\/7$/);
  await expect(page.locator('.timer-clock')).toContainText('1:00');
  await expect(page.getByText('Time is up for this goal.')).toHaveCount(0);
});

test('bilingual display covers the key labels of the board and the matches', async ({ page }) => {
  await seed(page, 'fr');
  await page.goto('/p/p-lommel/circle/b-programme');
  await appHeading(page).waitFor();
  await page.keyboard.press('b');
  // The board's scale legend in Dutch and English under French.
  await expect(page.locator('.scale-legend [lang="nl"]').first()).toBeVisible();
  await expect(page.locator('.scale-legend [lang="en"]').first()).toBeVisible();
  await page.goto('/p/p-lommel/index/round/r-2026');
  await appHeading(page).waitFor();
  // Dutch and English both say "Peer learning": shown once, not twice.
  const alts = page.locator('.match-group').first().locator('h3 .bi-alt');
  await expect(alts).toHaveCount(1);
  await expect(alts).toHaveText('Peer learning');
});

test('presentation clickers (PageDown, PageUp) move through the 17 goals of the index', async ({ page }) => {
  await seed(page, 'en');
  await page.goto('/p/p-lommel/index/round/r-2026');
  await appHeading(page).waitFor();
  const row = (n) => page.locator('.score-rows > .score-row').nth(n - 1);
  await page.keyboard.press('PageDown');
  await expect(row(1).getByLabel(/^Score – 1 · No poverty/)).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(row(3).getByLabel(/^Score – 3 · Good health/)).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(row(2).getByLabel(/^Score – 2 · Zero hunger/)).toBeFocused();
});
