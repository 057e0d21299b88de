// The citizen consultation (issue 24): one ballot in both municipalities, paper
// counts and single ballots that add up, the community's own goal, the results
// side by side and against the programme, and the file that carries it all.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { seedStorage, storedWorkspace, watchErrors, expectNoErrors, WORKSPACE_KEY, appHeading } from './helpers.mjs';

// Lommel–Ongwediva with a programme board whose gaps are goals 5, 6, 7, 12
// and 14, and whose strongest goals (level 3) are 11 and 17.
const v1 = fs.readFileSync(new URL('../fixtures/v1-full.json', import.meta.url), 'utf8');
const v2 = fs.readFileSync(new URL('../fixtures/v2-full.json', import.meta.url), 'utf8');

const places = (page, name) => page.getByRole('group', { name: `Places in ${name}` });
const results = (page, name) => page.getByRole('group', { name, exact: true }).getByRole('list', { name: 'Goals ranked by how many people picked them' });

async function addPlace(page, municipality, name) {
  const group = places(page, municipality);
  await group.getByLabel('Place (village, neighbourhood, school, market…)').fill(name);
  await group.getByRole('button', { name: 'Add a place' }).click();
  await expect(group.getByRole('link', { name })).toBeVisible();
}

async function paperCount(page, respondents, counts) {
  const form = page.getByRole('form', { name: 'Paper ballots' });
  await form.getByLabel('People who filled in a paper ballot').fill(String(respondents));
  for (const [goal, n] of Object.entries(counts)) {
    await form.getByLabel(new RegExp(`^Goal ${goal}, .*: picked by$`)).fill(String(n));
  }
  await form.getByRole('button', { name: 'Save the count' }).click();
}

async function ballot(page, goals, { trends = {}, age } = {}) {
  const stand = page.getByRole('form', { name: 'Ballots one by one' });
  for (const goal of goals) {
    await stand.getByRole('checkbox', { name: new RegExp(`^${goal} ·`) }).check();
  }
  for (const [goal, trend] of Object.entries(trends)) {
    const item = stand.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: new RegExp(`^${goal} ·`) }) });
    await item.getByRole('radio', { name: trend }).check();
  }
  if (age) await stand.getByLabel('Age').selectOption({ label: age });
  await stand.getByRole('button', { name: 'Add this ballot' }).click();
}

test('a consultation in both municipalities: paper counts, ballots at a stand, an own goal 18, results side by side and against the programme', async ({ page }) => {
  const errors = watchErrors(page);
  await seedStorage(page, [[WORKSPACE_KEY, v1]], { clear: true });
  await page.goto('/p/p-lommel');
  await page.getByRole('link', { name: 'Citizen consultation' }).click();
  await expect(appHeading(page)).toHaveText('Citizen consultation');

  // The ballot: the suggested question, and three goals a person.
  await expect(page.getByLabel('Question')).toHaveValue('Which goals matter most to you and your family?');
  await page.getByLabel('Goals each person may pick').fill('0');
  await page.getByRole('button', { name: 'Start the consultation' }).click();
  await expect(page.getByText('Choose a number from 1 to 17.')).toBeVisible();
  await page.getByLabel('Goals each person may pick').fill('3');
  await page.getByRole('button', { name: 'Start the consultation' }).click();

  // An 18th goal of the community's own, in both partners' languages; a light
  // colour that white text cannot be read on is refused.
  await page.getByText('The ballot', { exact: true }).click();
  await page.getByLabel('Name (Nederlands)').fill("Verbinding tussen de 17 SDG's");
  await page.getByLabel('Name (English)').fill('Connection between the 17 SDGs');
  await page.getByLabel('Colour').fill('#ffee88');
  await page.getByRole('button', { name: 'Add goal 18' }).click();
  await expect(page.getByText('White text must be readable on this colour: choose a darker one.')).toBeVisible();
  await page.getByLabel('Colour').fill('#5b2c83');
  await page.getByRole('button', { name: 'Add goal 18' }).click();
  const own = page.getByRole('region', { name: "The community's own goals" }).getByRole('listitem');
  await expect(own).toHaveCount(1);
  await expect(own).toContainText('18 · Connection between the 17 SDGs');
  await expect(own).toContainText('own goal');
  await expect(page.getByRole('button', { name: 'Add goal 19' })).toBeVisible();

  await addPlace(page, 'Lommel', 'Markt Lommel');
  await addPlace(page, 'Ongwediva', 'Oshakati Road');
  await addPlace(page, 'Ongwediva', 'Ompundja school');

  // Oshakati Road: the paper count, a slip corrected, then one ballot at the stand.
  await places(page, 'Ongwediva').getByRole('link', { name: 'Oshakati Road' }).click();
  await expect(appHeading(page)).toHaveText('Oshakati Road');
  await paperCount(page, 40, { 6: 30, 4: 45, 14: 20, 18: 8 });
  await expect(page.getByText('Goal 4: 45 people picked it, but 40 filled in a ballot.')).toBeVisible();
  await paperCount(page, 40, { 4: 25 });
  await expect(page.getByText('Count saved: 40 respondents.')).toBeVisible();
  await ballot(page, [6, 4, 18], { trends: { 6: 'worse' }, age: '16–30' });
  await expect(page.getByText('Ballot added (1 entered here).')).toBeVisible();
  // N is 3: a fourth goal cannot be picked.
  const stand = page.getByRole('form', { name: 'Ballots one by one' });
  for (const goal of [1, 2, 3]) await stand.getByRole('checkbox', { name: new RegExp(`^${goal} ·`) }).check();
  await expect(stand.getByRole('checkbox', { name: /^5 ·/ })).toBeDisabled();
  await expect(stand.getByRole('group', { name: '3 of 3 picked' })).toBeVisible();
  for (const goal of [1, 2, 3]) await stand.getByRole('checkbox', { name: new RegExp(`^${goal} ·`) }).uncheck();
  const here = page.getByRole('region', { name: 'Results' });
  await expect(here.getByText('41 respondents')).toBeVisible();
  await expect(here.getByRole('listitem').first()).toContainText('6 · Clean water and sanitation');
  await expect(here.getByRole('listitem').first()).toContainText('76 % (31)');
  await expect(here.getByRole('listitem').first()).toContainText('worse 1');

  await page.getByRole('link', { name: 'Back to the consultation' }).click();
  await places(page, 'Ongwediva').getByRole('link', { name: 'Ompundja school' }).click();
  await paperCount(page, 10, { 4: 9, 13: 5 });
  await expect(page.getByText('Count saved: 10 respondents.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the consultation' }).click();
  await places(page, 'Lommel').getByRole('link', { name: 'Markt Lommel' }).click();
  await ballot(page, [13, 11]);
  await expect(page.getByText('Ballot added (1 entered here).')).toBeVisible();
  await ballot(page, [7]);
  await expect(page.getByText('Ballot added (2 entered here).')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the consultation' }).click();

  // Side by side: Ongwediva's 51 people put education first, with its count.
  await expect(places(page, 'Ongwediva')).toContainText('41 respondents');
  const ongwediva = results(page, 'Ongwediva');
  await expect(ongwediva.getByRole('listitem').first()).toContainText('4 · Quality education');
  await expect(ongwediva.getByRole('listitem').first()).toContainText('69 % (35)');
  await expect(ongwediva.getByRole('listitem').filter({ hasText: '18 · Connection' })).toContainText('own goal');
  await expect(results(page, 'Lommel').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Only in Lommel' })).toBeVisible();

  // Against the programme: Ongwediva put 6 and 14 first, which the board finds no contribution to.
  const wanted = page.locator('.side-against').filter({ hasText: 'Ongwediva: people put these first' }).getByRole('list').first();
  await expect(wanted.getByRole('listitem')).toHaveText([/6 · Clean water/, /14 · Life below water/]);
  const served = page.locator('.side-against').filter({ hasText: 'Ongwediva: people put these first' }).getByRole('list').nth(1);
  await expect(served.getByRole('listitem')).toHaveText([/11 · Sustainable cities/, /17 · Partnerships/]);
  await wanted.getByRole('button', { name: 'Propose goal 14 as a priority' }).click();
  await expect(page.getByText(/^Goal 14 is proposed as a priority for \d{4}\./)).toBeVisible();
  await page.getByRole('link', { name: 'Open the plan' }).click();
  await expect(page.getByRole('heading', { name: 'Plan and agreements' })).toBeVisible();
  await expect(page.locator('.timeline')).toContainText('14 · Life below water');

  // A place typed by mistake: deleted after asking, and back with Undo.
  await page.goBack();
  await addPlace(page, 'Lommel', 'Markt Lomel');
  await places(page, 'Lommel').getByRole('link', { name: 'Markt Lomel' }).click();
  await page.getByRole('button', { name: 'Delete this place' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete place “Markt Lomel” with its paper count and ballots?');
  await page.getByRole('button', { name: 'Yes, delete the place' }).click();
  await expect(appHeading(page)).toHaveText('Citizen consultation');
  await expect(places(page, 'Lommel').getByRole('link')).toHaveText(['Markt Lommel']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(places(page, 'Lommel').getByRole('link')).toHaveText(['Markt Lommel', 'Markt Lomel']);
  await page.keyboard.press('Control+Shift+Z');
  await expect(places(page, 'Lommel').getByRole('link')).toHaveText(['Markt Lommel']);

  // All of it is saved: a reload finds it again.
  await page.goto('/p/p-lommel/consultation');
  await expect(results(page, 'Ongwediva').getByRole('listitem').first()).toContainText('69 % (35)');
  const stored = (await storedWorkspace(page)).partnerships[0].consultations[0];
  expect(stored.max_picks).toBe(3);
  expect(stored.own_goals[0]).toMatchObject({ goal: 18, colour: '#5B2C83' });
  expect(stored.places.map((p) => p.name)).toEqual(['Markt Lommel', 'Oshakati Road', 'Ompundja school']);
  await expectNoErrors(errors);
});

test('a consultation travels in the file: export, import into a fresh browser, the same results; CSV too', async ({ page, browser }) => {
  const errors = watchErrors(page);
  await seedStorage(page, [[WORKSPACE_KEY, v2]], { clear: true });
  await page.goto('/p/p-lommel/consultation');
  await expect(results(page, 'Ongwediva').getByRole('listitem').first()).toContainText('6 · Clean water and sanitation');
  await expect(results(page, 'Ongwediva').getByRole('listitem').first()).toContainText('76 % (31)');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^sdg-circle-lommel-ongwediva-consultation-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = fs.readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(rows[0]).toBe('partnership,municipality,place,date,goal,goal_title,own_goal,respondents,picked_by');
  expect(rows).toContain('Lommel – Ongwediva,Ongwediva,(all),,18,Connection between the 17 SDGs,yes,41,10');

  await page.goto('/p/p-lommel');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this partnership (JSON)' }).click(),
  ]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(file.version).toBe(4);
  expect(file.partnerships[0].consultations[0].places).toHaveLength(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const path = test.info().outputPath('lommel.json');
  fs.writeFileSync(path, JSON.stringify(file));
  await other.goto('/data');
  await other.getByLabel('Choose one or more SDG Circle files').setInputFiles(path);
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByText('Import done.')).toBeVisible();
  await other.goto('/p/p-lommel/consultation');
  await expect(results(other, 'Ongwediva').getByRole('listitem').first()).toContainText('76 % (31)');
  await expect(results(other, 'Lommel').getByRole('listitem')).toHaveCount(3);
  await other.getByText('The ballot', { exact: true }).click();
  await expect(other.getByRole('region', { name: "The community's own goals" }).getByRole('listitem')).toContainText('Connection between the 17 SDGs');
  await fresh.close();
  await expectNoErrors(errors);
});

test('two devices each started a consultation: after the merge both are there to choose, each with its places', async ({ page }) => {
  const errors = watchErrors(page);
  const file = JSON.parse(v2);
  file.partnerships[0].consultations.push({
    id: 'c-2', question: 'Which goal first?', max_picks: 1, created_at: '2026-05-01T09:00:00Z',
    places: [{ id: 'pl-9', side: 'b', name: 'Sesuchaj', paper: { respondents: 5, counts: [{ goal: 1, count: 5 }] } }],
  });
  await seedStorage(page, [[WORKSPACE_KEY, JSON.stringify(file)]], { clear: true });
  await page.goto('/p/p-lommel/consultation');
  const which = page.getByLabel('Consultation (two devices each started one)');
  await expect(which.getByRole('option')).toHaveCount(2);
  await expect(results(page, 'Ongwediva').getByRole('listitem').first()).toContainText('76 % (31)');
  await which.selectOption({ index: 1 });
  await expect(results(page, 'Ongwediva').getByRole('listitem')).toHaveCount(1);
  await expect(results(page, 'Ongwediva').getByRole('listitem')).toContainText('1 · No poverty');
  await expect(results(page, 'Ongwediva').getByRole('listitem')).toContainText('100 % (5)');
  await places(page, 'Ongwediva').getByRole('link', { name: 'Sesuchaj' }).click();
  await expect(appHeading(page)).toHaveText('Sesuchaj');
  await expect(page.getByRole('region', { name: 'Results' }).getByText('5 respondents')).toBeVisible();
  await expectNoErrors(errors);
});
