import { test, expect } from '@playwright/test';
import { createPartnership, appHeading } from './helpers.mjs';

test('after one visit the app loads and works with the network off', async ({ page, context }) => {
  await page.goto('/');
  await appHeading(page).waitFor();
  // Wait until the service worker has installed and controls the page.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerships' })).toBeVisible();
  await createPartnership(page, { a: { name: 'Genk' }, b: { name: 'Kinshasa' } });
  await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
  // A deep link works offline too.
  await page.goto('/sdg/13');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Climate action');
  await context.setOffline(false);
});

test('the app can be installed: manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest).toMatchObject({ name: 'SDG Circle', start_url: '/', display: 'standalone' });
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test('a new version is announced, not forced', async ({ page }) => {
  await page.goto('/');
  await appHeading(page).waitFor();
  await expect(page.getByText('A new version of SDG Circle is ready')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('sdg-update-ready')));
  await expect(page.getByRole('status').filter({ hasText: 'A new version of SDG Circle is ready' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
  // Nothing reloads by itself.
  await page.waitForTimeout(300);
  await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
});
