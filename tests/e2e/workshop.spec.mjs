import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { WORKSPACE_KEY, UI_LANGUAGE_KEY } from './helpers.mjs';

const fixture = fs.readFileSync(new URL('../fixtures/v1-workspace.json', import.meta.url), 'utf8');
const LANGS = ['en', 'nl', 'fr', 'es'];
// Every screen; the feature specs add theirs to this list as they land.
const SCREENS = ['/', '/sdg', '/sdg/6', '/p/p-lommel', '/data', '/no-such-page'];

async function seed(page, lang) {
  await page.goto('/');
  await page.evaluate(([wk, w, lk, l]) => {
    localStorage.clear();
    localStorage.setItem(wk, w);
    localStorage.setItem(lk, l);
  }, [WORKSPACE_KEY, fixture, UI_LANGUAGE_KEY, lang]);
}

async function expectNoAxeViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

for (const lang of LANGS) {
  test(`axe: no WCAG 2.2 AA violations on any screen in ${lang}, normal and projector mode`, async ({ page }) => {
    test.setTimeout(90_000);
    await seed(page, lang);
    for (const path of SCREENS) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoAxeViolations(page, `${lang} ${path}`);
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveClass(/projector/);
      await expectNoAxeViolations(page, `${lang} ${path} projector`);
      await page.keyboard.press('p');
    }
    await page.goto('/');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `${lang} help dialog`);
  });
}

test('projector mode: one key, large type at 1280x720, editing chrome reduced', async ({ page }) => {
  await seed(page, 'en');
  await page.goto('/');
  await page.locator('main h1').waitFor();
  await expect(page.getByRole('button', { name: 'Create partnership' })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/projector/);
  const bodyPx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main')).fontSize));
  expect(bodyPx).toBeGreaterThanOrEqual(24);
  await expect(page.getByRole('button', { name: 'Create partnership' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Delete/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Projector mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/projector/);
});

test("bilingual display: goal titles in both partners' languages, remembered", async ({ page }) => {
  await seed(page, 'fr');
  await page.goto('/sdg/6');
  await page.locator('main h1').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eau propre et assainissement');
  await page.keyboard.press('b');
  // Lommel works in Dutch, Ongwediva in English.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Schoon water en sanitair');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clean water and sanitation');
  await expect(page.locator('h1 [lang="nl"]')).toHaveText('Schoon water en sanitair');
  await page.reload();
  await expect(page.locator('h1 [lang="en"]')).toHaveText('Clean water and sanitation');
  await page.getByRole('button', { name: 'Deux langues' }).click();
  await expect(page.locator('h1 [lang="en"]')).toHaveCount(0);
});

test('help dialog on "?", closed with Escape, focus returns to the page', async ({ page }) => {
  await seed(page, 'es');
  await page.goto('/');
  await page.locator('main h1').waitFor();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(6);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Typing a "p" in a field types it, it does not switch modes.
  await page.getByLabel('Nombre del hermanamiento').fill('');
  await page.getByLabel('Nombre del hermanamiento').press('p');
  await expect(page.locator('html')).not.toHaveClass(/projector/);
});

test('everything on the home page is reachable by keyboard with a visible focus', async ({ page }) => {
  await seed(page, 'en');
  await page.goto('/');
  await page.locator('main h1').waitFor();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return null;
      const style = getComputedStyle(el);
      return { name: el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label') || el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (!info) break; // past the last control
    expect(info.outline, `focus ring on ${info.name}`).not.toBe('none');
    expect(info.width).toBeGreaterThanOrEqual(2);
    seen.add(info.name);
  }
  for (const name of ['Partnerships', 'Both languages', 'Projector mode', 'Edit', 'Create partnership']) {
    expect([...seen].some((n) => n.includes(name)), `${name} reachable`).toBe(true);
  }
});
