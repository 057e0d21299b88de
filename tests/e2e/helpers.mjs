import { expect } from '@playwright/test';

export const WORKSPACE_KEY = 'sdg-circle/v1/workspace';
export const UI_LANGUAGE_KEY = 'sdg-circle/v1/ui-language';

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

/** Saves what is pending (as closing the page would) and reads what is stored. */
export async function storedWorkspace(page) {
  return page.evaluate((k) => {
    window.dispatchEvent(new Event('pagehide'));
    return JSON.parse(localStorage.getItem(k));
  }, WORKSPACE_KEY);
}

export async function expectNoErrors(errors) {
  expect(errors, errors.join('\n')).toEqual([]);
}
