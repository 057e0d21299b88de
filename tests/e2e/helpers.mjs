import { expect } from '@playwright/test';

/** The old layout: the whole workspace in one entry (moved at start-up). */
export const WORKSPACE_KEY = 'sdg-circle/v1/workspace';
/** The layout now: a list, and one entry per partnership. */
export const LIST_KEY = 'sdg-circle/v2/list';
export const PARTNERSHIP_PREFIX = 'sdg-circle/v2/p/';
export const UI_LANGUAGE_KEY = 'sdg-circle/v1/ui-language';
/** The programmes on this device (src/state/programmes.rs). */
export const PROGRAMMES_KEY = 'sdg-circle/v1/programmes';

/** Fails the test on any uncaught page error or console error. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** Fills the "New partnership" form the way a person would, by labels. */
export async function createPartnership(page, { name = '', a, b }) {
  const form = page.getByRole('form', { name: /new partnership/i });
  if (name) await form.getByLabel('Name of the partnership').fill(name);
  const partner = (legend) => form.getByRole('group', { name: legend });
  await partner('Partner A').getByLabel('Municipality').fill(a.name);
  await partner('Partner A').getByLabel('Country').fill(a.country ?? '');
  if (a.language) await partner('Partner A').getByLabel('Working language').selectOption(a.language);
  await partner('Partner B').getByLabel('Municipality').fill(b.name);
  await partner('Partner B').getByLabel('Country').fill(b.country ?? '');
  if (b.language) await partner('Partner B').getByLabel('Working language').selectOption(b.language);
  await form.getByRole('button', { name: 'Create partnership' }).click();
}

/**
 * Saves what is pending (as closing the page would) and reads what is stored,
 * as one workspace: the list's partnerships in order, each from its own entry.
 * A first visit's first save waits for the code that writes (src/state/codec.rs),
 * fetched while the first partnership is being made: until the list is stored,
 * this asks again.
 */
export async function storedWorkspace(page) {
  await page.waitForFunction((listKey) => {
    window.dispatchEvent(new Event('pagehide'));
    return localStorage.getItem(listKey) !== null;
  }, LIST_KEY, { polling: 50 });
  return page.evaluate(([listKey, prefix]) => {
    window.dispatchEvent(new Event('pagehide'));
    const list = JSON.parse(localStorage.getItem(listKey));
    if (!list) return null;
    const entries = list.partnerships.map((s) => JSON.parse(localStorage.getItem(prefix + s.id)));
    return {
      format: entries[0]?.format,
      version: entries[0]?.version,
      revision: list.revision,
      partnerships: entries.map((e) => e.partnerships[0]),
    };
  }, [LIST_KEY, PARTNERSHIP_PREFIX]);
}

/** Every stored entry of the app's data, to compare before and after. */
export async function storedEntries(page) {
  return page.evaluate(() => JSON.stringify(Object.keys(localStorage)
    .filter((k) => k.startsWith('sdg-circle/v2/')).sort().map((k) => [k, localStorage.getItem(k)])));
}

/**
 * Puts entries in this origin's storage from a page without the app, so no
 * app can read or move them before the test opens it: setting them on an app
 * page races the app's own start-up, which may read storage before or after
 * them. The page is made up here (with an icon, so the browser asks the
 * server for nothing), then the test goes where it wants.
 */
export async function seedStorage(page, entries, { clear = false } = {}) {
  const url = '**/__seed-storage';
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><title>seed</title><link rel="icon" href="data:,">',
  }));
  await page.goto('/__seed-storage');
  await page.evaluate(([entries, clear]) => {
    if (clear) localStorage.clear();
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, [entries, clear]);
  await page.unroute(url);
}

/**
 * Makes the app's data keys refuse writes as a full storage does, from the
 * moment the page sets `window.__full = true` until it sets it back to false.
 */
export async function storageFullOnDemand(page) {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full && k.startsWith('sdg-circle/v2/')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
}

/**
 * The app's own first heading. index.html paints a plain-HTML copy of the home
 * screen (#app-shell) with a heading too, and it stays up until the app has
 * started: on a return visit, after the code that reads stored data has loaded.
 */
export const appHeading = (page) => page.locator('body:not(:has(#app-shell)) main h1').first();

export async function expectNoErrors(errors) {
  expect(errors, errors.join('\n')).toEqual([]);
}
