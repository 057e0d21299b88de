// The release build is split (src/ui/lazy.rs, scripts/build-wasm.mjs): the first
// load fetches only the main module, and a page family's chunk is fetched when
// the page is first visited, or comes from the service worker's precache. The
// page stylesheets (circle, index) come with the first page that is not home.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { createPartnership, expectNoErrors, storedEntries, watchErrors, appHeading, storageFullOnDemand } from './helpers.mjs';

const genk = { a: { name: 'Genk' }, b: { name: 'Kinshasa' } };
const MAIN = /^\/sdg_circle-[0-9a-f]{8}_bg\.wasm$/;
const CIRCLE = /^\/split_circle-[0-9a-f]{8}\.wasm$/;
const INDEX = /^\/split_index-[0-9a-f]{8}\.wasm$/;
// The code that reads stored data back and writes it (src/state/codec.rs).
const CODEC = /^\/split_codec-[0-9a-f]{8}\.wasm$/;
// The code that writes an export (src/state/exporter.rs).
const EXPORTER = /^\/split_exporter-[0-9a-f]{8}\.wasm$/;
// The list of keys in the help dialog (src/ui/shortcuts.rs).
const HELP = /^\/split_help-[0-9a-f]{8}\.wasm$/;

/** The paths of the files ending in `ext` that the page itself asks for. */
function requestedPaths(page, ext) {
  const paths = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.endsWith(ext)) paths.push(pathname);
  });
  return paths;
}
const wasmRequests = (page) => requestedPaths(page, '.wasm');

const PAGE_STYLES = /^\/(pages|circle|index|print)-[0-9a-f]{16}\.css$/;


/** Whether the new-board form is laid out by the circle stylesheet (fields in a grid). */
const boardFormStyled = (page) =>
  page.getByRole('form', { name: 'New board' }).locator('.board-fields')
    .evaluate((el) => getComputedStyle(el).display === 'grid');

const circleLink = (page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Circle exercise' });

test.describe('without a service worker', () => {
  // The service worker precaches every chunk in the background; without it, each
  // request the page makes is one it needed.
  test.use({ serviceWorkers: 'block' });

  test('the home page loads only the main module; the circle page loads its chunk', async ({ page }) => {
    const errors = watchErrors(page);
    const wasm = wasmRequests(page);
    const css = requestedPaths(page, '.css');
    await page.goto('/');
    await expect(appHeading(page)).toHaveText('Partnerships');
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(MAIN);
    await createPartnership(page, genk);
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
    // The list came with the code for stored data; no page's code yet.
    expect(wasm.filter((p) => CODEC.test(p))).toHaveLength(1);
    expect(wasm.filter((p) => /^\/split_(?!codec)/.test(p))).toHaveLength(0);
    expect(css.filter((p) => PAGE_STYLES.test(p))).toHaveLength(0);

    await circleLink(page).click();
    await expect(page.getByRole('form', { name: 'New board' })).toBeVisible();
    expect(wasm.filter((p) => CIRCLE.test(p))).toHaveLength(1);
    expect(wasm.filter((p) => INDEX.test(p))).toHaveLength(0);
    // Drawn with its stylesheet, fetched once, in its place between main and print.
    expect(await boardFormStyled(page)).toBe(true);
    expect(css.filter((p) => PAGE_STYLES.test(p))).toHaveLength(4);
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('head > link[rel=stylesheet]')].map((l) => new URL(l.href).pathname.split('-')[0]));
    expect(order).toEqual(['/main', '/pages', '/circle', '/index', '/print']);
    // The print styles came with it: printed, the page is a report without the header.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    // Loaded once: back home and in again fetches nothing more.
    const fetched = wasm.length;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnerships' }).click();
    await circleLink(page).click();
    await expect(page.getByRole('form', { name: 'New board' })).toBeVisible();
    expect(wasm).toHaveLength(fetched);
    // With service workers blocked, Playwright's register() resolves to nothing.
    await expectNoErrors(errors.filter((e) => !e.includes("reading 'waiting'")));
  });

  test('a page whose code cannot be fetched says so, keeps the app, and loads on retry', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerships' })).toBeVisible();
    await createPartnership(page, genk);
    await context.setOffline(true);
    await circleLink(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await expect(alert).toBeVisible();
    // The shell still works: the header, and the home page from the main module.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnerships' }).click();
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
    await circleLink(page).click();
    await expect(alert).toBeVisible();

    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('form', { name: 'New board' })).toBeVisible();
    await expect(alert).toHaveCount(0);
    // The stylesheets that failed offline are fetched again with the page.
    expect(await boardFormStyled(page)).toBe(true);
  });

  test('a first visit fetches the code for stored data only for the first partnership', async ({ page }) => {
    const wasm = wasmRequests(page);
    await page.goto('/');
    await expect(appHeading(page)).toHaveText('Partnerships');
    expect(wasm.filter((p) => CODEC.test(p))).toHaveLength(0);
    expect(await page.evaluate(() => window.__sdgEarlyWasm)).toBeUndefined();

    await createPartnership(page, genk);
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
    expect(wasm.filter((p) => CODEC.test(p))).toHaveLength(1);
    // Requested is not yet compiled: the save waits for it.
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await expect.poll(() => storedEntries(page)).toContain('Genk – Kinshasa');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
    expect(wasm.filter((p) => CODEC.test(p))).toHaveLength(2);
    // Compiled while the main module downloaded (scripts/build-wasm.mjs), and
    // every module of it taken from there by the loader.
    expect(await page.evaluate(() => window.__sdgEarlyWasm && Object.keys(window.__sdgEarlyWasm))).toEqual([]);
  });

  test('a first visit offline before the code that saves arrived keeps the change, says so, and saves on retry', async ({ page }) => {
    await page.goto('/');
    await expect(appHeading(page)).toHaveText('Partnerships');
    await page.context().setOffline(true);
    await createPartnership(page, genk);
    // Made and open in this tab, but not stored: a banner says so.
    await expect(page.getByRole('form', { name: 'New partnership' }).getByRole('status')).toContainText('Genk – Kinshasa');
    const unsaved = page.getByRole('alert').filter({ hasText: 'Your changes are not saved yet' });
    await expect(unsaved).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await storedEntries(page)).not.toContain('Genk – Kinshasa');
    // Leaving now would lose it: the browser asks first.
    const asked = new Promise((resolve) => page.once('dialog', (d) => { resolve(d.type()); d.dismiss(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    // Still offline: trying again changes nothing.
    await unsaved.getByRole('button', { name: 'Try again' }).click();
    await expect(unsaved).toBeVisible();
    expect(await storedEntries(page)).not.toContain('Genk – Kinshasa');

    await page.context().setOffline(false);
    await unsaved.getByRole('button', { name: 'Try again' }).click();
    await expect(unsaved).toHaveCount(0);
    await expect.poll(() => storedEntries(page)).toContain('Genk – Kinshasa');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
  });

  test('stored data whose codec cannot be fetched is left untouched, said so, and opened on retry', async ({ page }) => {
    await page.goto('/');
    await createPartnership(page, genk);
    // The first save waits for the codec's chunk: wait until it is stored.
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await expect.poll(() => storedEntries(page)).toContain('Genk – Kinshasa');
    const before = await storedEntries(page);

    const codec = (url) => CODEC.test(new URL(url).pathname);
    await page.route(codec, (route) => route.abort());
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toHaveCount(0);
    // Neither "none yet" nor an invitation to work that could not be saved.
    await expect(page.getByText('No partnerships yet')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create partnership' })).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await storedEntries(page)).toEqual(before);
    // Still offline: trying again changes nothing.
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeVisible();
    expect(await storedEntries(page)).toEqual(before);

    await page.unroute(codec);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Genk – Kinshasa' })).toBeVisible();
    await expect(alert).toHaveCount(0);
    // Saving again: a change reaches storage.
    await createPartnership(page, { a: { name: 'Lier' }, b: { name: 'Likasi' } });
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await storedEntries(page)).toContain('Lier – Likasi');
    expect(await storedEntries(page)).toContain('Genk – Kinshasa');
  });

  test('storage full and offline: "Export now" still downloads every partnership', async ({ page }) => {
    await storageFullOnDemand(page);
    const wasm = wasmRequests(page);
    await page.goto('/');
    await createPartnership(page, genk);
    await page.evaluate(() => { window.__full = true; });
    await createPartnership(page, { a: { name: 'Lier' }, b: { name: 'Likasi' } });
    const exportNow = page.getByRole('alert').getByRole('button', { name: 'Export now' });
    // The exporter's code is not part of any first screen.
    expect(wasm.filter((p) => EXPORTER.test(p))).toHaveLength(0);

    await page.context().setOffline(true);
    const [offline] = await Promise.all([page.waitForEvent('download'), exportNow.click()]);
    expect(offline.suggestedFilename()).toMatch(/^sdg-circle-all-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(fs.readFileSync(await offline.path(), 'utf8'));
    expect(backup.format).toBe('sdg-circle');
    expect(backup.partnerships.map((p) => p.name)).toEqual(['Genk – Kinshasa', 'Lier – Likasi']);
    expect(backup.partnerships[0].results).toBeUndefined();

    await page.context().setOffline(false);
    const [online] = await Promise.all([page.waitForEvent('download'), exportNow.click()]);
    const file = JSON.parse(fs.readFileSync(await online.path(), 'utf8'));
    expect(file.partnerships.map(({ results, ...p }) => p)).toEqual(backup.partnerships);
    expect(file.partnerships[1].results).toEqual({ boards: [], rounds: [] });
  });

  test('the list of keys comes at the first opening of the help; offline, the dialog says so', async ({ page }) => {
    const wasm = wasmRequests(page);
    await page.goto('/');
    await expect(appHeading(page)).toHaveText('Partnerships');
    expect(wasm.filter((p) => HELP.test(p))).toHaveLength(0);
    await page.context().setOffline(true);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('alert')).toContainText('This part of the page could not be loaded');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();

    await page.context().setOffline(false);
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(dialog.getByRole('row')).toHaveCount(6);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  });

  test('the loading line and the failure are translated', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
    // Hold the data chunk, then fail it, then let it through.
    let fail;
    const failed = new Promise((resolve) => { fail = resolve; });
    const dataChunk = /\/split_data-[0-9a-f]{8}\.wasm$/;
    await page.route(dataChunk, async (route) => { await failed; await route.abort(); });
    await page.getByRole('link', { name: 'Données', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Chargement de cette page…' })).toBeVisible();
    fail();
    await expect(page.getByRole('alert')).toContainText("Cette page n'a pas pu être chargée");
    await page.unroute(dataChunk);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos données');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('after one visit to the home page, the circle page works offline', async ({ page, context }) => {
  const errors = watchErrors(page);
  const wasm = wasmRequests(page);
  await page.goto('/');
  await appHeading(page).waitFor();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // The page never asked for the circle chunk: only the service worker has it.
  expect(wasm.filter((p) => CIRCLE.test(p))).toHaveLength(0);

  await context.setOffline(true);
  await createPartnership(page, genk);
  await circleLink(page).click();
  await expect(page.getByRole('form', { name: 'New board' })).toBeVisible();
  expect(wasm.filter((p) => CIRCLE.test(p))).toHaveLength(1);
  expect(await boardFormStyled(page)).toBe(true);
  await context.setOffline(false);
  await expectNoErrors(errors);
});
