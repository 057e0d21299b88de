import { test, expect } from '@playwright/test';
import { createPartnership, expectNoErrors, seedStorage, storedWorkspace, watchErrors, WORKSPACE_KEY, LIST_KEY, PARTNERSHIP_PREFIX } from './helpers.mjs';

const lommel = {
  a: { name: 'Lommel', country: 'België', language: 'nl' },
  b: { name: 'Ongwediva', country: 'Namibia', language: 'en' },
};

test('create a partnership, reload, and find it still there', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByText('No partnerships yet')).toBeVisible();
  await createPartnership(page, lommel);

  const list = page.getByRole('list', { name: 'Partnerships' });
  await expect(list.getByRole('heading', { name: 'Lommel – Ongwediva' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toContainText('Lommel – Ongwediva');

  const stored = await storedWorkspace(page);
  expect(stored.format).toBe('sdg-circle');
  expect(stored.version).toBe(4);
  expect(stored.partnerships[0].partners).toEqual([
    { side: 'a', name: 'Lommel', country: 'België', language: 'nl' },
    { side: 'b', name: 'Ongwediva', country: 'Namibia', language: 'en' },
  ]);

  await page.reload();
  await expect(list.getByRole('heading', { name: 'Lommel – Ongwediva' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Lommel – Ongwediva');
  await expectNoErrors(errors);
});

test('a partner name is required, and the form says where', async ({ page }) => {
  await page.goto('/');
  await createPartnership(page, { a: { name: 'Herent' }, b: { name: '   ' } });
  const partnerB = page.getByRole('group', { name: 'Partner B' });
  await expect(partnerB.getByLabel('Municipality')).toHaveAttribute('aria-invalid', 'true');
  await expect(partnerB.getByText('Please fill in this field.')).toBeVisible();
  // An empty field gets the app's message in the UI language, not the browser's own bubble.
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
  await page.getByRole('group', { name: 'Partenaire B' }).getByLabel('Commune').fill('');
  await page.getByRole('button', { name: 'Créer le jumelage' }).click();
  await expect(page.getByRole('group', { name: 'Partenaire B' }).getByText('Veuillez remplir ce champ.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), LIST_KEY)).toBeNull();
});

test('edit a partner, then delete and undo', async ({ page }) => {
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('button', { name: 'Edit Lommel – Ongwediva' }).click();
  const card = page.getByRole('form', { name: 'Edit Lommel – Ongwediva' });
  await card.getByRole('group', { name: 'Partner B' }).getByLabel('Working language').selectOption('fr');
  await card.getByLabel('Name of the partnership').fill('Lommel and Ongwediva');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Lommel and Ongwediva' })).toBeVisible();
  expect((await storedWorkspace(page)).partnerships[0].partners[1].language).toBe('fr');

  await page.getByRole('button', { name: 'Delete Lommel and Ongwediva' }).click();
  await expect(page.getByText('No partnerships yet')).toBeVisible();
  expect((await storedWorkspace(page)).partnerships).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Lommel and Ongwediva' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lommel and Ongwediva' })).toBeVisible();
});

test('switch to French: official titles change, and the choice is remembered', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/sdg');
  await expect(page.getByRole('link', { name: /No poverty/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('link', { name: /Pas de pauvreté/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 17 objectifs de développement durable');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await expect(page.getByRole('link', { name: /Pas de pauvreté/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('es');
  await expect(page.getByRole('link', { name: /Fin de la pobreza/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('nl');
  await expect(page.getByRole('link', { name: /Waardig werk en economische groei/ })).toBeVisible();
  await expectNoErrors(errors);
});

/**
 * The words of the goal tiles' titles that are split over two lines or run out
 * of their tile. A word may break after a hyphen of its own ("WELL-" "BEING").
 */
async function wordsNotWhole(page) {
  return page.locator('.goal-tile').evaluateAll((tiles) => {
    const bad = [];
    for (const tile of tiles) {
      const box = tile.querySelector('a').getBoundingClientRect();
      const walker = document.createTreeWalker(tile.querySelector('.goal-title'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const r = range.getBoundingClientRect();
          if (lines.size > 1 || r.left < box.left || r.right > box.right) bad.push(m[0]);
        }
      }
    }
    return bad;
  });
}

test('every goal tile shows the words of its title whole, in every language and on the projector', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/sdg');
  const titles = { en: /Quality education/, nl: /Kwaliteitsonderwijs/, fr: /Éducation de qualité/, es: /Educación de calidad/ };
  for (const lang of ['en', 'nl', 'fr', 'es']) {
    await page.getByRole('combobox', { name: /^(Language|Taal|Langue|Idioma)$/ }).selectOption(lang);
    await expect(page.getByRole('link', { name: titles[lang] })).toBeVisible();
    expect(await wordsNotWhole(page), lang).toEqual([]);
    await page.getByRole('heading', { level: 1 }).click(); // keys typed in the select stay there
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/projector/);
    expect(await wordsNotWhole(page), `${lang}, projector`).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.locator('html')).not.toHaveClass(/projector/);
  }
  await expectNoErrors(errors);
});

test('a goal has its own URL with its facts', async ({ page }) => {
  await page.goto('/sdg/6');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clean water and sanitation');
  await expect(page.getByText('8 UN targets')).toBeVisible();
  await expect(page.getByText('Planet')).toBeVisible();
  await page.getByRole('link', { name: /Next goal/ }).click();
  await expect(page).toHaveURL(/\/sdg\/7$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Affordable and clean energy');
});

test('back and forward move between pages and goals as in any website', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The 17 goals' }).click();
  await expect(page).toHaveURL(/\/sdg$/);
  await page.getByRole('link', { name: /Clean water and sanitation/ }).first().click();
  await expect(page).toHaveURL(/\/sdg\/6$/);
  await page.getByRole('link', { name: /Next goal/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Affordable and clean energy');

  await page.goBack();
  await expect(page).toHaveURL(/\/sdg\/6$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clean water and sanitation');
  await page.goBack();
  await expect(page).toHaveURL(/\/sdg$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/partnerships/i);
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\/sdg\/7$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Affordable and clean energy');
});

test('unknown addresses show a friendly page', async ({ page }) => {
  for (const path of ['/nowhere', '/sdg/18', '/sdg/0']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the partnerships' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerships' })).toBeVisible();
});

test('corrupt storage: clear message, backup kept, nothing overwritten', async ({ page }) => {
  // Data an earlier version kept in one entry, broken.
  const broken = '{"format":"sdg-circle","version":1,"partnerships":[{"id":"x"';
  await seedStorage(page, [[WORKSPACE_KEY, broken]], { clear: true });
  await page.goto('/');

  await expect(page.getByRole('alert')).toContainText('could not be read');
  const backups = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('sdg-circle/backup/')).map((k) => localStorage.getItem(k)));
  expect(backups).toEqual([broken]);

  // Working on does not touch the backup.
  await createPartnership(page, { a: { name: 'Edegem' }, b: { name: 'San Jerónimo' } });
  await expect(page.getByRole('heading', { name: 'Edegem – San Jerónimo' })).toBeVisible();
  const after = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('sdg-circle/backup/')).map((k) => localStorage.getItem(k)));
  expect(after).toEqual([broken]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the backup' }).click(),
  ]);
  const fs = await import('node:fs');
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(broken);
});

test('data an earlier version kept in one entry moves to one entry per partnership, unchanged', async ({ page }) => {
  const errors = watchErrors(page);
  const fs = await import('node:fs');
  const old = JSON.parse(fs.readFileSync(new URL('../fixtures/v1-full.json', import.meta.url), 'utf8'));
  await seedStorage(page, [[WORKSPACE_KEY, JSON.stringify(old)]], { clear: true });
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Partnerships' }).getByRole('heading'))
    .toHaveText(old.partnerships.map((p) => p.name));
  // The old entry is gone only because every partnership is in its own entry now.
  expect(await page.evaluate((k) => localStorage.getItem(k), WORKSPACE_KEY)).toBeNull();
  const stored = await storedWorkspace(page);
  const shape = (ps) => ps.map((p) => ({
    id: p.id, name: p.name, partners: p.partners, thresholds: p.thresholds,
    boards: p.boards.map((b) => [b.id, JSON.stringify(b.goals)]),
    rounds: p.rounds.map((r) => [r.id, r.scores.length]),
    priorities: p.priorities?.length ?? 0, agreements: p.agreements?.length ?? 0,
  }));
  expect(shape(stored.partnerships)).toEqual(shape(old.partnerships));
  // And the app reads them from there.
  await page.reload();
  await page.getByRole('list', { name: 'Partnerships' }).getByRole('link', { name: old.partnerships[0].name }).click();
  await expect(page.getByRole('heading', { level: 1, name: old.partnerships[0].name })).toBeVisible();
  await expect(page.getByRole('link', { name: old.partnerships[0].boards[0].subject.name })).toBeVisible();
  await expect(page.getByText('gaps 5, 6, 7, 12, 14')).toBeVisible();
  await expectNoErrors(errors);
});

test('a stored partnership that cannot be read is set aside when opened; the others are untouched', async ({ page }) => {
  await page.goto('/');
  await createPartnership(page, lommel);
  await createPartnership(page, { a: { name: 'Edegem' }, b: { name: 'San Jerónimo' } });
  const { partnerships } = await storedWorkspace(page);
  const broken = '{"format":"sdg-circle","version":1,"partnerships":[{"id":';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PARTNERSHIP_PREFIX + partnerships[0].id, broken]);
  await page.reload();
  // Start-up reads only the list, so both are listed…
  const list = page.getByRole('list', { name: 'Partnerships' });
  await expect(list.getByRole('heading')).toHaveText(['Lommel – Ongwediva', 'Edegem – San Jerónimo']);
  // …and opening the broken one says so, keeps its text, and takes it off the list.
  await list.getByRole('link', { name: 'Lommel – Ongwediva' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText("“Lommel – Ongwediva” could not be read from this browser's data and was left out. A copy of its data was kept as a backup.");
  await expect(notice).toContainText('Its saved data cannot be read: The file is not valid JSON');
  // The parser's words are folded away behind "Technical details".
  await expect(notice.getByText(/not JSON/)).toBeHidden();
  await notice.getByText('Technical details').click();
  await expect(notice.getByText(/not JSON/)).toBeVisible();
  // The page says it could not be opened, not that there is nothing at this address.
  await expect(page.getByRole('heading', { level: 1, name: 'This partnership could not be opened' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  const backups = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('sdg-circle/backup/')).map((k) => localStorage.getItem(k)));
  expect(backups).toEqual([broken]);
  await page.getByRole('link', { name: 'Go to the partnerships' }).click();
  await expect(list.getByRole('heading')).toHaveText(['Edegem – San Jerónimo']);
  await page.reload();
  await expect(list.getByRole('heading')).toHaveText(['Edegem – San Jerónimo']);
  await list.getByRole('link', { name: 'Edegem – San Jerónimo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edegem – San Jerónimo' })).toBeVisible();
});

test('no storage at all: the app still runs and says changes are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('does not let SDG Circle keep data');
  await createPartnership(page, lommel);
  await expect(page.getByRole('heading', { name: 'Lommel – Ongwediva' })).toBeVisible();
});

test('a crash shows a screen with the data to download, never a blank page', async ({ page }) => {
  await page.goto('/');
  await createPartnership(page, lommel);
  await storedWorkspace(page);
  await page.evaluate(() => { try { window.wasmBindings.simulate_crash(); } catch (e) { /* the trap */ } });
  const screen = page.getByRole('alertdialog');
  await expect(screen).toContainText('Something went wrong');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    screen.getByRole('link', { name: 'Download my data' }).click(),
  ]);
  const fs = await import('node:fs');
  const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(data.partnerships[0].name).toBe('Lommel – Ongwediva');
  await expect(screen.getByRole('link', { name: 'Reload' })).toBeVisible();
});

/** A stored workspace of `n` small partnerships, oldest first. */
function manyPartnerships(n) {
  return JSON.stringify({
    format: 'sdg-circle', version: 1, revision: 1,
    partnerships: Array.from({ length: n }, (_, i) => ({
      id: `p-${i}`,
      name: `Town ${i} – Partner ${i}`,
      partners: [
        { side: 'a', name: `Town ${i}`, language: 'nl' },
        { side: 'b', name: `Partner ${i}`, language: 'fr' },
      ],
    })),
  });
}

async function storeAndOpen(page, text, current) {
  const entries = [[WORKSPACE_KEY, text]];
  if (current) entries.push(['sdg-circle/v1/current-partnership', current]);
  await seedStorage(page, entries);
  await page.goto('/');
}

test('with many partnerships, home lists the most recent and the current one until asked for all', async ({ page }) => {
  const errors = watchErrors(page);
  await storeAndOpen(page, manyPartnerships(30), 'p-2');
  const list = page.getByRole('list', { name: 'Partnerships' });
  const cards = list.locator(':scope > li');
  await expect(cards).toHaveCount(13);
  await expect(cards.first().getByRole('heading')).toHaveText('Town 2 – Partner 2');
  await expect(cards.nth(1).getByRole('heading')).toHaveText('Town 18 – Partner 18');
  await expect(cards.last().getByRole('heading')).toHaveText('Town 29 – Partner 29');
  await expect(page.getByText('Showing 13 of 30 partnerships')).toBeVisible();

  // Keyboard: the control is a button that says what it does and whether the list is expanded.
  const showAll = page.getByRole('button', { name: 'Show all 30 partnerships' });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await showAll.focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(30);
  const showRecent = page.getByRole('button', { name: 'Show only the most recent' });
  await expect(showRecent).toBeFocused();
  await expect(showRecent).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('heading', { name: 'Town 5 – Partner 5' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(cards).toHaveCount(13);

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('nl');
  await expect(page.getByRole('button', { name: 'Toon alle 30 stedenbanden' })).toBeVisible();
  await expectNoErrors(errors);
});

test('up to twelve partnerships are all listed, with nothing to expand', async ({ page }) => {
  await storeAndOpen(page, manyPartnerships(12));
  await expect(page.getByRole('list', { name: 'Partnerships' }).locator(':scope > li')).toHaveCount(12);
  await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
});
