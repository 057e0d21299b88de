// Joint indicators (issue 23): picked from the UN framework, each partner's own
// baseline and target, a series from an Open SDG CSV, status and chart, the
// evidence beside the scores and the match, the CSV, and the file that carries
// it all into another browser.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { seedStorage, storedWorkspace, watchErrors, expectNoErrors, WORKSPACE_KEY, appHeading } from './helpers.mjs';

// Lommel–Ongwediva, round 2026: goal 6 scored 5 by Lommel and 1 by Ongwediva.
const v1 = fs.readFileSync(new URL('../fixtures/v1-full.json', import.meta.url), 'utf8');

const follow = (scope, partner) => scope.locator('details').filter({ hasText: `Baseline, target and values of ${partner}` });

async function setPlan(page, partner, baseline, target) {
  const part = follow(page, partner);
  await part.getByText(`Baseline, target and values of ${partner}`).click();
  for (const [legend, [year, value]] of [['Baseline', baseline], ['Target', target]]) {
    const group = part.getByRole('group', { name: legend });
    await group.getByLabel('Year').fill(String(year));
    await group.getByLabel('Value').fill(String(value));
  }
  await part.getByRole('button', { name: 'Save baseline and target' }).click();
  await expect(part.getByText('Baseline and target saved.')).toBeVisible();
}

test('pick from the UN list, both partners plan, an Open SDG series, status, chart, evidence while scoring, CSV, and into a fresh browser', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await seedStorage(page, [[WORKSPACE_KEY, v1]], { clear: true });
  await page.goto('/p/p-lommel');
  await page.getByRole('link', { name: 'Joint indicators' }).click();
  await expect(appHeading(page)).toHaveText('Joint indicators');
  await expect(page.getByText('No indicators yet.', { exact: false })).toBeVisible();

  // Pick 6.1.1 from the UN list: its official title, goal and target come with it.
  await page.getByRole('button', { name: 'New indicator' }).click();
  const picker = page.getByRole('group', { name: 'Pick from the UN global indicator framework' });
  await picker.getByLabel('Goal').selectOption('6');
  await picker.getByLabel('Search the UN list').fill('drinking water');
  await expect(picker.getByRole('status')).toHaveText('1 UN indicators');
  await picker.getByRole('button', { name: /^Use 6\.1\.1 Proportion of population using safely managed drinking water/ }).click();
  const form = page.locator('form.indicator-form');
  await expect(form.getByLabel('Name, in your words')).toHaveValue(/^Proportion of population using safely managed drinking water services/);
  await expect(form.getByLabel('Name, in your words')).toBeFocused();
  await expect(form.getByRole('checkbox', { name: '6 · Clean water and sanitation' })).toBeChecked();
  await expect(form.getByLabel('UN indicator code (e.g. 6.1.1)')).toHaveValue('6.1.1');
  await expect(form.getByLabel('SDG target (e.g. 6.1)')).toHaveValue('6.1');
  // In the partners' words, with a unit.
  await form.getByLabel('Name, in your words').fill('Safe drinking water');
  await form.getByLabel('Unit', { exact: true }).fill('%');
  await form.getByRole('button', { name: 'Add indicator' }).click();
  const card = page.getByRole('article', { name: /Safe drinking water/ });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('6 6.1.1 Safe drinking water');

  // Each partner its own baseline and target.
  await setPlan(page, 'Lommel', [2020, 90], [2030, 100]);
  await setPlan(page, 'Ongwediva', [2020, 40], [2030, 80]);
  await expect(card.getByRole('definition').first()).toContainText('Too few values');

  // A target before its baseline is refused and changes nothing.
  const lommel = follow(page, 'Lommel');
  await lommel.getByRole('group', { name: 'Target' }).getByLabel('Year').fill('2019');
  await lommel.getByRole('button', { name: 'Save baseline and target' }).click();
  await expect(lommel.getByRole('alert')).toHaveText('The target year must come after the baseline year. Nothing was changed.');

  // Lommel types a value with a decimal comma.
  await lommel.getByRole('group', { name: 'Target' }).getByLabel('Year').fill('2030');
  const valueForm = lommel.locator('form.value-form');
  await valueForm.getByLabel('Year').fill('2022');
  await valueForm.getByLabel('Value').fill('93,5');
  await valueForm.getByRole('button', { name: 'Add value' }).click();
  await expect(lommel.getByRole('listitem').filter({ hasText: '2022: 93.5 %' })).toBeVisible();

  // Ongwediva imports an Open SDG CSV with a disaggregation and picks one series.
  const csvPath = test.info().outputPath('indicator_6-1-1.csv');
  fs.writeFileSync(csvPath, 'Year,Sex,Units,Value\n2021,,percent,45\n2021,female,percent,39\n2022,,percent,47\n2022,female,percent,42\n');
  const ongwediva = follow(page, 'Ongwediva');
  await ongwediva.getByLabel('CSV file').setInputFiles(csvPath);
  const series = ongwediva.getByRole('group', { name: 'Which series' });
  await expect(series.getByRole('radio')).toHaveCount(2);
  await expect(series.getByRole('radio', { name: 'Units: percent — 2 values, 2021–2022', exact: true })).toBeChecked();
  await series.getByRole('radio', { name: 'Sex: female · Units: percent — 2 values, 2021–2022' }).check();
  await expect(ongwediva.getByRole('table')).toContainText('2022');
  await expect(ongwediva.getByRole('table')).toContainText('42');
  await ongwediva.getByRole('button', { name: 'Take in 2 values' }).click();
  await expect(ongwediva.getByRole('status').filter({ hasText: 'taken in' })).toHaveText('2 values taken in for Ongwediva.');

  // Status per partner, each against its own target; the chart and its numbers.
  const statuses = card.locator('.indicator-status');
  await expect(statuses.getByRole('definition').nth(0)).toContainText('On track');
  await expect(statuses.getByRole('definition').nth(1)).toContainText('Stagnating');
  await expect(statuses.getByRole('definition').nth(1)).toContainText('Latest: 42 % (2022)');
  await expect(card.getByRole('img', { name: 'Chart: Safe drinking water' })).toBeVisible();
  const numbers = card.getByRole('table', { name: "The chart's values" });
  await expect(numbers.getByRole('row')).toHaveCount(1 + 3 + 4);
  await expect(numbers.getByRole('row', { name: 'Ongwediva: measured 2021 39' })).toHaveCount(1);
  // Lines without colour: A solid with round marks, B dashed with square marks.
  await expect(card.locator('svg .side-a circle.mark')).toHaveCount(2 + 1);
  await expect(card.locator('svg .side-b rect.mark')).toHaveCount(3 + 1);

  // The CSV for officials.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download indicators (CSV)' }).click(),
  ]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('partnership,indicator,un_code,sdg_target,goals,unit,better,side,partner,kind,year,value,note,source,status');
  expect(lines).toContain('Lommel – Ongwediva,Safe drinking water,6.1.1,6.1,6,%,higher,b,Ongwediva,value,2022,42,,indicator_6-1-1.csv,stagnating');
  expect(lines).toHaveLength(1 + 3 + 4);

  // While Ongwediva scores goal 6, its own indicator stands beside the score.
  await page.goto('/p/p-lommel/index');
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^6\s*Clean water/ }) });
  await expect(row.getByText('Indicators of this goal')).toBeVisible();
  await expect(row.locator('.evidence')).toContainText('Safe drinking water: Latest: 93.5 % (2022); Target: 100 % by 2030');
  await expect(row.locator('.evidence')).toContainText('On track');
  await page.getByRole('group', { name: 'Scores of' }).getByRole('button', { name: 'Ongwediva' }).click();
  await expect(row.locator('.evidence')).toContainText('Stagnating');
  // The match on goal 6 (Lommel → Ongwediva) is backed by it.
  await expect(page.locator('.match-item', { hasText: 'Lommel → Ongwediva' }).filter({ has: page.locator('.chip-number', { hasText: /^6$/ }) }).first())
    .toContainText('Backed by: Safe drinking water');
  // And on the goal's page.
  await page.goto('/sdg/6');
  await expect(page.locator('.evidence')).toContainText('Ongwediva — Safe drinking water: Latest: 42 % (2022)');

  // Reload: all kept.
  await page.goto('/p/p-lommel/indicators');
  await expect(page.getByRole('article', { name: /Safe drinking water/ }).locator('.indicator-status')).toContainText('Stagnating');
  const stored = await storedWorkspace(page);
  expect(stored.version).toBe(4);
  expect(stored.partnerships[0].indicators[0].b.values).toEqual([
    { year: 2021, value: 39, source: 'indicator_6-1-1.csv' },
    { year: 2022, value: 42, source: 'indicator_6-1-1.csv' },
  ]);

  // Export, and import into a fresh browser: found again.
  await page.goto('/p/p-lommel');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this partnership (JSON)' }).click(),
  ]);
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto('/data');
  await other.getByLabel('Choose one or more SDG Circle files').setInputFiles(await file.path());
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByText('Import done.')).toBeVisible();
  await other.goto('/p/p-lommel/indicators');
  const again = other.getByRole('article', { name: /Safe drinking water/ });
  await expect(again.locator('.indicator-status')).toContainText('On track');
  await expect(again.locator('.indicator-status')).toContainText('Stagnating');
  await expect(again.getByRole('table', { name: "The chart's values" }).getByRole('row')).toHaveCount(8);
  await context.close();
  await expectNoErrors(errors);
});

test('a bad paste says what and where and changes nothing; Dutch shows the English UN title and says so', async ({ page }) => {
  const errors = watchErrors(page);
  const v3 = fs.readFileSync(new URL('../fixtures/v3-full.json', import.meta.url), 'utf8');
  await seedStorage(page, [[WORKSPACE_KEY, v3]], { clear: true });
  await page.goto('/p/p-lommel/indicators');
  const card = page.getByRole('article', { name: /Households with safe drinking water/ });
  const lommel = follow(card, 'Lommel');
  await lommel.getByText('Baseline, target and values of Lommel').click();
  await lommel.getByLabel('Or paste from a spreadsheet').fill('Jaar;Waarde\n2023;95,5\n2024;n.v.t.');
  await lommel.getByRole('button', { name: 'Read the pasted values' }).click();
  await expect(lommel.getByRole('alert')).toHaveText('Line 3: “n.v.t.” is not a number. Nothing was changed.');
  await expect(card.locator('.indicator-status dd').first()).toContainText('Latest: 93.5 % (2022)');
  // A paste without a header, tabs and a decimal comma, as a spreadsheet copies it.
  await lommel.getByLabel('Or paste from a spreadsheet').fill('2023\t95,5\n2024\t96');
  await lommel.getByRole('button', { name: 'Read the pasted values' }).click();
  await lommel.getByRole('button', { name: 'Take in 2 values' }).click();
  await expect(card.locator('.indicator-status dd').first()).toContainText('Latest: 96 % (2024)');

  // Removing an indicator takes both partners' values with it, and undo brings them back.
  await card.getByRole('button', { name: 'Remove indicator Households with safe drinking water' }).click();
  await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(card.locator('.indicator-status dd').first()).toContainText('Latest: 96 % (2024)');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await page.getByRole('button', { name: 'Nieuwe indicator' }).click();
  const picker = page.getByRole('group', { name: 'Kiezen uit het mondiale indicatorenkader van de VN' });
  await picker.getByLabel('Doel', { exact: true }).selectOption('6');
  await picker.getByLabel('Zoeken in de VN-lijst').fill('6.1.1');
  const item = picker.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Proportion of population using safely managed drinking water services');
  await expect(item).toContainText('Geen officiële titel in het Nederlands in de bron: in het Engels getoond.');
  await expect(item.locator('[lang="en"]')).toHaveCount(1);
  await expectNoErrors(errors);
});
