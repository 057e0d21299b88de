import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { createPartnership, expectNoErrors, storedWorkspace, watchErrors } from './helpers.mjs';

const lommel = {
  a: { name: 'Lommel', country: 'België', language: 'nl' },
  b: { name: 'Ongwediva', country: 'Namibia', language: 'en' },
};
const GAPS = [5, 6, 7, 12, 14];

/** A goal's segment on the board, by the start of its accessible name ("SDG 5 "). */
const segment = (page, n) => page.getByRole('button', { name: new RegExp(`^SDG ${n} `) });

async function newBoard(page, { name, kind, scale } = {}) {
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Circle exercise' }).click();
  const form = page.getByRole('form', { name: 'New board' });
  if (kind) await form.getByLabel('What is in the middle').selectOption({ label: kind });
  await form.getByLabel('Name of the programme, project or inventory').fill(name ?? 'Five-year programme');
  await form.getByLabel('Period').fill('2025–2030');
  await form.getByLabel('Date of the session').fill('2026-11-22');
  await form.getByLabel('Who took part').fill('Both mayors, twinning committee');
  if (scale) await form.getByRole('radio', { name: new RegExp(scale) }).check();
  await form.getByRole('button', { name: 'Create the board' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? 'Five-year programme');
}

test('Lommel–Ongwediva: the programme serves every goal but 5, 6, 7, 12 and 14', async ({ page }) => {
  const errors = watchErrors(page);
  await newBoard(page);
  await expect(segment(page, 5)).toHaveAccessibleName('SDG 5 Gender equality: Not discussed yet');

  const panel = page.getByRole('complementary', { name: /^SDG/ });
  for (let n = 1; n <= 17; n++) {
    await segment(page, n).click();
    await expect(panel.getByRole('heading')).toHaveText(new RegExp(`^SDG ${n} `));
    const level = GAPS.includes(n) ? 'No contribution' : (n % 2 ? 'Direct contribution' : 'Indirect or limited');
    await panel.getByRole('radio', { name: level }).check();
  }
  await segment(page, 4).click();
  await panel.getByLabel('How does it contribute?').fill('Teacher exchange and school twinning');
  await segment(page, 6).click();
  await panel.getByLabel('How could it do better? (ideas)').fill('Water purification with the utility');
  await panel.getByRole('checkbox', { name: 'Opportunity: we will add this' }).check();
  await panel.getByRole('checkbox', { name: 'Global (international cooperation)' }).check();

  await expect(segment(page, 6)).toHaveAccessibleName('SDG 6 Clean water and sanitation: 0 · No contribution');
  await expect(page.getByRole('status').filter({ hasText: 'Gaps' })).toContainText('Gaps: 5, 6, 7, 12, 14');

  await page.getByRole('link', { name: 'Summary' }).click();
  const gaps = page.getByRole('region', { name: 'Gaps: goals with no contribution' });
  await expect(gaps.locator('.goal-numbers')).toHaveText('5, 6, 7, 12, 14');
  await expect(gaps.getByRole('listitem')).toHaveText([
    /5\s*Gender equality/, /6\s*Clean water and sanitation/, /7\s*Affordable and clean energy/,
    /12\s*Responsible consumption and production/, /14\s*Life below water/,
  ]);
  await expect(page.getByRole('region', { name: 'Not discussed yet' })).toContainText('Every goal has been discussed.');
  const ideas = page.getByRole('region', { name: 'Ideas and opportunities' });
  await expect(ideas).toContainText('Water purification with the utility');
  await expect(ideas).toContainText('Opportunity');
  const pillars = page.getByRole('region', { name: /Coverage by the 5 Ps/ });
  await expect(pillars).toContainText('conventional grouping');
  await expect(pillars.getByRole('row', { name: /Planet/ })).toContainText('2 / 5');

  // Stored as the file format wants it: a list of {goal, level} objects.
  const board = (await storedWorkspace(page)).partnerships[0].boards[0];
  expect(board.goals.filter((g) => g.level === 0).map((g) => g.goal)).toEqual(GAPS);
  expect(board.goals[5]).toMatchObject({ goal: 6, level: 0, opportunity: true, ideas: 'Water purification with the utility' });
  expect(board.goals[5].reach.global).toBe(true);

  // Reload: everything is still there.
  await page.reload();
  await expect(gaps.locator('.goal-numbers')).toHaveText('5, 6, 7, 12, 14');
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(segment(page, 4)).toHaveAccessibleName('SDG 4 Quality education: 1 · Indirect or limited');
  await segment(page, 4).click();
  await expect(panel.getByLabel('How does it contribute?')).toHaveValue('Teacher exchange and school twinning');
  await expectNoErrors(errors);
});

/**
 * The characters of the goals' numbers and titles drawn outside their goal's
 * coloured band, as "goal: character of line": each character's cell as the
 * browser laid it out, corner by corner, against the band's own shape.
 */
async function labelsOutsideTheirBand(page) {
  return page.locator('main svg').first().evaluate((svg) => {
    const outside = [];
    for (const label of svg.querySelectorAll('.segment-label')) {
      const band = svg.querySelector(`.circle-segment[data-goal="${label.dataset.labelOf}"] path.label-band`);
      for (const text of label.querySelectorAll('text')) {
        const parts = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
        for (const part of parts) {
          for (let i = 0; i < part.getNumberOfChars(); i++) {
            if (/\s/.test(part.textContent[i])) continue;
            const r = part.getExtentOfChar(i);
            const corners = [[r.x, r.y], [r.x + r.width, r.y], [r.x, r.y + r.height], [r.x + r.width, r.y + r.height]];
            if (corners.some(([x, y]) => !band.isPointInFill(new DOMPoint(x, y)))) {
              outside.push(`${label.dataset.labelOf}: "${part.textContent[i]}" of "${part.textContent.trim()}"`);
            }
          }
        }
      }
    }
    return outside;
  });
}

test('every goal\'s number and title stay inside its band, in every language', async ({ page }) => {
  const errors = watchErrors(page);
  await newBoard(page);
  const names = { en: 'No poverty', nl: 'Geen armoede', fr: 'Pas de pauvreté', es: 'Fin de la pobreza' };
  for (const lang of ['en', 'nl', 'fr', 'es']) {
    await page.getByRole('combobox', { name: /^(Language|Taal|Langue|Idioma)$/ }).selectOption(lang);
    await expect(segment(page, 1)).toHaveAccessibleName(new RegExp(`^SDG 1 ${names[lang]}`));
    expect(await labelsOutsideTheirBand(page), lang).toEqual([]);
  }
  await expectNoErrors(errors);
});

test('in French, a label and what it labels are set apart as French typography wants', async ({ page }) => {
  const errors = watchErrors(page);
  await newBoard(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('link', { name: 'Synthèse' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthèse\u202F: Five-year programme');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary: Five-year programme');
  await expectNoErrors(errors);
});

test('a whole board by keyboard alone', async ({ page }) => {
  const errors = watchErrors(page);
  await newBoard(page, { name: 'Water project' });
  // Tab until the circle has focus: one tab stop for the whole circle.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-goal') === '1')) break;
  }
  await expect(segment(page, 1)).toBeFocused();
  for (let n = 1; n <= 17; n++) {
    await page.keyboard.press(GAPS.includes(n) ? '0' : String(1 + (n % 3)));
    await page.keyboard.press('ArrowRight');
  }
  // Round the circle and back to goal 1.
  await expect(segment(page, 1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(segment(page, 17)).toBeFocused();
  await expect(segment(page, 17)).toHaveAccessibleName(/: 3 · Core aim$/);
  await page.keyboard.press('Delete');
  await expect(segment(page, 17)).toHaveAccessibleName('SDG 17 Partnerships for the goals: Not discussed yet');
  await page.keyboard.press('3');

  // Enter opens the panel; Tab reaches its fields; Escape returns to the goal.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(segment(page, 2)).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'SDG 2 Zero hunger' });
  await expect(panel).toBeVisible();
  const how = panel.getByLabel('How does it contribute?');
  for (let i = 0; i < 30 && !(await how.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(how).toBeFocused();
  await page.keyboard.type('School gardens');
  await page.keyboard.press('Escape');
  await expect(segment(page, 2)).toBeFocused();
  await expect(panel).toBeHidden();

  await expect(page.getByRole('status').filter({ hasText: 'Gaps' })).toContainText('Gaps: 5, 6, 7, 12, 14');
  const board = (await storedWorkspace(page)).partnerships[0].boards[0];
  expect(board.goals.map((g) => g.level)).toEqual(
    Array.from({ length: 17 }, (_, i) => (GAPS.includes(i + 1) ? 0 : 1 + ((i + 1) % 3))));
  expect(board.goals[1].how).toBe('School gardens');
  await expectNoErrors(errors);
});

test('walk round one goal at a time, ending on the summary', async ({ page }) => {
  await newBoard(page);
  await page.getByRole('link', { name: 'Walk round' }).click();
  await expect(page).toHaveURL(/\/walk\/1$/);
  await expect(page.getByText('1 of 17')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDG 1 No poverty');
  await page.keyboard.press('2');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/walk\/2$/);
  await expect(page.getByText('2 of 17')).toBeVisible();
  await page.keyboard.press('0');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('3 of 17')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDG 2 Zero hunger');
  await expect(page.getByText('0 · No contribution', { exact: true })).toBeVisible();

  await page.goto(page.url().replace(/walk\/2$/, 'walk/17'));
  await expect(page.getByText('17 of 17')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByRole('region', { name: 'Gaps: goals with no contribution' }).locator('.goal-numbers')).toHaveText('2');
});

test('export the board as SVG (17 segments, title, partnership, date, description, participants) and PNG', async ({ page }) => {
  await newBoard(page);
  await segment(page, 3).click();
  await page.keyboard.press('3');
  // The date can be corrected after the session; the export shows the new one.
  await page.getByText('Edit details').click();
  const details = page.getByRole('form', { name: 'Edit details' });
  await details.getByLabel('Date of the session').fill('2026-11-24');
  await details.getByLabel('Description').fill('Water, waste and youth exchanges agreed for 2025–2030.');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details).toBeHidden();
  await expect(page.getByRole('paragraph').filter({ hasText: 'Water, waste and youth exchanges' })).toBeVisible();
  await expect(page.locator('.board-facts')).toContainText('2026-11-24');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('lommel-ongwediva-five-year-programme-v1.svg');
  const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: root.localName,
      ns: root.namespaceURI,
      segments: root.querySelectorAll('[data-goal]').length,
      text: root.textContent,
      tabstops: root.querySelectorAll('[tabindex]').length,
    };
  }, svg);
  expect(parsed).toMatchObject({ error: 0, root: 'svg', ns: 'http://www.w3.org/2000/svg', segments: 17, tabstops: 0 });
  expect(parsed.text).toContain('Five-year programme');
  expect(parsed.text).toContain('Lommel – Ongwediva · 2026-11-24');
  expect(parsed.text).toContain('Zero hunger');
  expect(parsed.text).toContain('Water, waste and youth exchanges agreed for 2025–2030.');
  expect(parsed.text).toContain('Who took part: Both mayors, twinning committee');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = fs.readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.readUInt32BE(16)).toBe(2080);
  expect(png.readUInt32BE(20)).toBe(2840);
});

test('a new version after the programme changed, compared with the old one', async ({ page }) => {
  await newBoard(page);
  for (let n = 1; n <= 17; n++) {
    await segment(page, n).click();
    await page.keyboard.press(GAPS.includes(n) ? '0' : '2');
  }
  await page.getByRole('link', { name: 'All boards' }).click();
  await page.getByRole('button', { name: 'Duplicate as new version Five-year programme' }).click();
  await expect(page.locator('.board-facts')).toContainText('v2');
  await segment(page, 5).click();
  await page.keyboard.press('3');
  await segment(page, 6).click();
  await page.keyboard.press('2');
  await segment(page, 1).click();
  await page.keyboard.press('0');
  await segment(page, 2).click();
  await page.keyboard.press('3');
  await page.getByRole('link', { name: 'All boards' }).click();
  const v2 = page.getByRole('listitem').filter({ hasText: 'New version of Five-year programme v1' });
  await v2.getByRole('link', { name: /Compare with previous version/ }).click();
  const block = (title) => page.locator('section.card').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(block('Added: contributes now, did not before').locator('.goal-numbers')).toHaveText('5, 6');
  await expect(block('Gaps closed').locator('.goal-numbers')).toHaveText('5, 6');
  await expect(block('Lost: contributed before, not any more').locator('.goal-numbers')).toHaveText('1');
  await expect(block('Contributes more').locator('.goal-numbers')).toHaveText('2');
  await expect(page.getByRole('img', { name: 'Five-year programme' })).toHaveCount(2);
  const stored = (await storedWorkspace(page)).partnerships[0].boards;
  expect(stored[1].derived_from).toBe(stored[0].id);
  expect(stored[1].version).toBe(2);

  // The picker defaults to oldest against newest.
  await page.getByRole('link', { name: 'All boards' }).click();
  await page.getByRole('form', { name: 'Compare two boards' }).getByRole('button', { name: 'Compare' }).click();
  await expect(block('Gaps closed').locator('.goal-numbers')).toHaveText('5, 6');

  // Deleting takes one click (no browser dialog in the browser's language)…
  await page.getByRole('link', { name: 'All boards' }).click();
  page.on('dialog', (d) => { throw new Error(`unexpected browser dialog: ${d.message()}`); });
  await page.getByRole('button', { name: 'Delete Five-year programme' }).last().click();
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toContainText('Five-year programme');
  await expect(page.getByRole('list', { name: 'Boards' }).getByRole('listitem')).toHaveCount(1);
  expect((await storedWorkspace(page)).partnerships[0].boards).toHaveLength(1);
  // …and a deleted board can be brought back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Boards' }).getByRole('listitem')).toHaveCount(2);
  expect((await storedWorkspace(page)).partnerships[0].boards).toHaveLength(2);
});

test('the two partners\' inventories side by side, on the impact rose', async ({ page }) => {
  await newBoard(page, { name: 'Lommel town', kind: 'Inventory of Lommel', scale: 'Impact rose' });
  // Rose keys: 1..5 are −2..+2.
  await segment(page, 1).click();
  await page.keyboard.press('5');
  await segment(page, 2).click();
  await page.keyboard.press('1');
  await expect(segment(page, 2)).toHaveAccessibleName('SDG 2 Zero hunger: −2 · Strongly negative');
  await segment(page, 3).click();
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: 'Negative effects' })).toContainText('Negative effects: 2');

  await page.getByRole('link', { name: 'All boards' }).click();
  const form = page.getByRole('form', { name: 'New board' });
  await form.getByLabel('What is in the middle').selectOption({ label: 'Inventory of Ongwediva' });
  await form.getByLabel('Name of the programme, project or inventory').fill('Ongwediva town');
  await form.getByRole('radio', { name: /Impact rose/ }).check();
  await form.getByRole('button', { name: 'Create the board' }).click();
  await segment(page, 3).click();
  await page.keyboard.press('4');
  await page.getByRole('link', { name: 'All boards' }).click();
  await page.getByRole('link', { name: 'Compare the two partners\' inventories' }).click();
  const block = (title) => page.locator('section.card').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(block('Only Lommel contributes').locator('.goal-numbers')).toHaveText('1');
  await expect(block('Only Ongwediva contributes').locator('.goal-numbers')).toHaveText('3');
});
