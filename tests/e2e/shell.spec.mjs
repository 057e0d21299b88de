// The first screen is plain HTML in index.html, painted before the wasm arrives
// (slow connections), in the language the app will start in, and replaced by
// the app without a second copy or a jump.
import { test, expect } from '@playwright/test';
import { expectNoErrors, UI_LANGUAGE_KEY, watchErrors } from './helpers.mjs';

// No service worker: it would serve the wasm that these tests hold back.
test.use({ locale: 'fr-BE', serviceWorkers: 'block' });

test('before the app arrives, the first screen shows in the browser language', async ({ page }) => {
  await page.route(/\.wasm$/, () => {}); // the wasm never arrives
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Jumelages' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Chargement de SDG Circle…');
  await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Les 17 objectifs' }))
    .toBeVisible();
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  // The header's controls only arrive with the app: nothing dead to click.
  await expect(page.getByRole('button')).toHaveCount(0);
});

test('a language chosen before wins, and deep links get no home texts', async ({ page }) => {
  await page.addInitScript((k) => localStorage.setItem(k, 'es'), UI_LANGUAGE_KEY);
  await page.route(/\.wasm$/, () => {});
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hermanamientos' })).toBeVisible();
  await page.goto('/sdg');
  await expect(page.getByRole('status')).toHaveText('Cargando SDG Circle…');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('the app draws its first screen in the remembered language, not the browser\'s', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript((k) => {
    localStorage.setItem(k, 'es');
    // Every text the page had before it changed: a shell first drawn in the
    // browser's language (French here) and then translated leaves its French
    // texts behind as old values.
    window.textsBefore = [];
    new MutationObserver((records) => {
      for (const r of records) window.textsBefore.push(r.oldValue);
    }).observe(document, { subtree: true, characterData: true, characterDataOldValue: true });
  }, UI_LANGUAGE_KEY);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hermanamientos' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Hermanamientos' }))
    .toBeVisible();
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.textsBefore);
  for (const french of ['Jumelages', 'Langue', 'Aller au contenu']) expect(before).not.toContain(french);
  await expectNoErrors(errors);
});

test('the app replaces the first screen in place', async ({ page }) => {
  const errors = watchErrors(page);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('/');
  const lead = page.locator('p.lead');
  const before = await lead.boundingBox();
  release();
  await expect(page.getByRole('form', { name: 'Nouveau jumelage' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByText('Chargement de SDG Circle…')).toHaveCount(0);
  expect(await lead.boundingBox()).toEqual(before);
  await expectNoErrors(errors);
});
