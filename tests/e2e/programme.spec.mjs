// A programme across many partnerships (issue 25): a dozen partnership files
// imported at once, a programme made of them, its gaps and learning between
// twinnings read, printed and exported as CSV; a folder of files; the
// programme kept, changed, deleted and brought back.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { programmeFiles, partnership, exportFile } from './programme-files.mjs';
import {
  watchErrors, expectNoErrors, appHeading, storedWorkspace, seedStorage,
  WORKSPACE_KEY, UI_LANGUAGE_KEY, PROGRAMMES_KEY,
} from './helpers.mjs';

const section = (page, name) => page.getByRole('region', { name });
const goalItem = (list, label) => list.getByRole('listitem').filter({ hasText: label });

test('a dozen partnership files at once become a programme: gaps, learning between twinnings, what is due, print and CSV', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/data');
  await expect(appHeading(page)).toHaveText('Your data');

  // Twelve partnerships' files and a stray file that is not one.
  const files = [...programmeFiles(12), { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"minutes": ') }];
  await page.getByLabel('Choose one or more SDG Circle files').setInputFiles(files);
  const preview = section(page, 'What this import will do');
  await expect(preview.getByText('New partnership')).toHaveCount(12);
  await expect(preview.getByText('p-prog-0.json: 1 partnership')).toBeVisible();
  await expect(preview.getByText('notes.json: not imported.')).toBeVisible();
  await expect(preview.getByText('The file is not valid JSON; it may be cut off or damaged.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import done. You can undo it.')).toBeVisible();
  expect((await storedWorkspace(page)).partnerships).toHaveLength(12);

  // One click starts a programme of what came in; a name is asked for.
  await page.getByRole('link', { name: 'Make a programme of these 12 partnerships →' }).click();
  const make = page.getByRole('form', { name: 'New programme' });
  await expect(make.getByRole('checkbox', { checked: true })).toHaveCount(12);
  await expect(make.getByLabel('Name of the programme')).toBeFocused();
  await make.getByRole('button', { name: 'Make the programme' }).click();
  await expect(make.getByText('Please fill in this field.')).toBeVisible();
  await make.getByLabel('Name of the programme').fill('GLoBe 2024');
  await make.getByRole('button', { name: 'Make the programme' }).click();
  await expect(appHeading(page)).toHaveText('GLoBe 2024');
  await expect(page).toHaveURL(/\/programmes\/pr-/);

  // Goals as gaps: goal 5 on eight of the eleven boards; one has no board yet.
  const gaps = section(page, 'Goals left as gaps');
  await expect(gaps.getByRole('img', { name: /each goal’s bar is how many of the 11 programme boards/ })).toBeVisible();
  const five = goalItem(gaps, '5 · Gender equality');
  await expect(five).toContainText('a gap on 8 of 11');
  await expect(five).toContainText('Lommel – Ongwediva; Lommel – Ciudad Darío; Herent – Nimlaha\'kok');
  await expect(goalItem(gaps, '14 · Life below water')).toContainText('a gap on 3 of 11');
  await expect(gaps.getByText('No programme board yet: Roeselare – Huye.')).toBeVisible();

  await expect(goalItem(gaps, '12 · Responsible consumption and production')).toContainText('a gap on 3 of 11');

  // Learning between twinnings, each partner judged by its own thresholds.
  const joint = section(page, 'Weak in several partnerships: a joint training or exchange');
  await expect(goalItem(joint, '6 · Clean water and sanitation'))
    .toContainText('Weak: Ongwediva (1, Lommel – Ongwediva) · Mazatenango (2, Gent – Mazatenango) · Gisagara (1, Aalst – Gisagara) · Kaolack (2, Turnhout – Kaolack)');
  await expect(joint.getByText('Genk – Estelí: round “2026” is still blind, so its scores are not read here.')).toBeVisible();
  const peers = section(page, 'A peer across twinnings: strong in one where a partner of another is weak');
  // Lommel is in two of the partnerships: its score is the one of the partnership named.
  const thirteen = goalItem(peers, '13 · Climate action');
  await expect(thirteen).toContainText('Strong: Lommel (5, Lommel – Ongwediva)');
  await expect(thirteen).toContainText('Weak: Huye (1, Roeselare – Huye)');

  // What is due, per partnership.
  const plans = section(page, 'Priorities and agreements');
  const lommel = plans.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Lommel – Ongwediva' }) });
  await expect(lommel).toContainText(`Priority goals: ${new Date().getFullYear()}: 6`);
  await expect(lommel).toContainText('Overdue: Study visit of the water team (2026-01-31)');
  await expect(lommel).toContainText('Due within 30 days: Joint report to the councils');
  await expect(plans).toContainText("No priorities or agreements yet: Herent – Nimlaha'kok; Gent – Mazatenango;");

  // What citizens chose: Nimlaha'kok's top goals from its paper count.
  const citizens = section(page, 'What citizens chose');
  await expect(goalItem(citizens, '6 · Clean water and sanitation')).toContainText("Nimlaha'kok (Herent – Nimlaha'kok)");

  // CSV: one row per partnership and goal, in the programme's order.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the overview (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sdg-circle-globe-2024-.*\.csv$/);
  const rows = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(rows).toHaveLength(1 + 12 * 17);
  expect(rows[0]).toBe('programme,partnership,partner_a,partner_b,goal,goal_title,board,board_status,round,score_a,score_b,standing_a,standing_b,priority_years,open_agreements,citizens_top_a,citizens_top_b');
  const herentWater = rows.find((r) => r.startsWith("GLoBe 2024,Herent – Nimlaha'kok,") && r.includes(',6,Clean water'));
  expect(herentWater).toMatch(/,no,yes$/);
  expect(rows[5]).toMatch(/^GLoBe 2024,Lommel – Ongwediva,Lommel,Ongwediva,5,Gender equality,Programme Lommel – Ongwediva,no_contribution,2025,/);

  // Print: the browser's print, and on paper no buttons, every part.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Change the programme' })).toBeHidden();
  for (const part of ['Goals left as gaps', 'Weak in several partnerships: a joint training or exchange',
    'Priorities and agreements', 'What citizens chose']) {
    await expect(section(page, part)).toBeVisible();
  }
  await page.emulateMedia({ media: 'screen' });

  // Kept: after a reload, and listed with its partnerships.
  await page.reload();
  await expect(appHeading(page)).toHaveText('GLoBe 2024');
  await page.getByRole('link', { name: '← All programmes' }).click();
  await expect(page.getByRole('link', { name: 'GLoBe 2024' })).toBeVisible();
  await expect(page.getByText('12 partnerships')).toBeVisible();
  await expectNoErrors(errors);
});

test('a programme is changed, deleted and brought back; a folder of files imports as one', async ({ page }) => {
  const errors = watchErrors(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-programme-'));
  for (const f of programmeFiles(4)) fs.writeFileSync(path.join(dir, f.name), f.buffer);
  fs.writeFileSync(path.join(dir, 'README.txt'), 'not a partnership');
  await page.goto('/data');
  await page.getByLabel('Or choose a folder of them').setInputFiles(dir);
  await expect(section(page, 'What this import will do').getByText('New partnership')).toHaveCount(4);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import done. You can undo it.')).toBeVisible();

  // A programme made by choosing, on the programmes page.
  await page.getByRole('link', { name: 'Programme view: across partnerships →' }).click();
  await expect(appHeading(page)).toHaveText('Programmes');
  await expect(page.getByText('No programme yet.')).toBeVisible();
  const form = page.getByRole('form', { name: 'New programme' });
  await form.getByLabel('Name of the programme').fill("Lommel's partnerships");
  await form.getByRole('button', { name: 'Make the programme' }).click();
  await expect(form.getByText('Choose at least one partnership.')).toBeVisible();
  await form.getByRole('checkbox', { name: 'Lommel – Ongwediva' }).check();
  await form.getByRole('checkbox', { name: 'Lommel – Ciudad Darío' }).check();
  await form.getByRole('button', { name: 'Make the programme' }).click();
  await expect(appHeading(page)).toHaveText("Lommel's partnerships");
  await expect(page.getByText('2 partnerships')).toBeVisible();
  // Lommel's own partners are not peers for each other: its matches say that.
  const gaps = section(page, 'Goals left as gaps');
  await expect(goalItem(gaps, '14 · Life below water')).toContainText('a gap on 2 of 2');

  // Changed: a third partnership joins.
  await page.getByRole('button', { name: 'Change the programme' }).click();
  const edit = page.getByRole('form', { name: 'Change the programme' });
  await edit.getByRole('checkbox', { name: "Herent – Nimlaha'kok" }).check();
  await edit.getByRole('button', { name: 'Save the programme' }).click();
  await expect(page.getByText('3 partnerships')).toBeVisible();
  await expect(goalItem(gaps, '14 · Life below water')).toContainText('a gap on 3 of 3');

  // Deleted, and brought back; the partnerships never left.
  await page.getByRole('button', { name: 'Delete the programme' }).click();
  await expect(page.getByText("Programme “Lommel's partnerships” deleted. Its partnerships stay on this device.")).toBeVisible();
  await page.getByRole('button', { name: 'Restore the programme' }).click();
  await expect(appHeading(page)).toHaveText("Lommel's partnerships");
  await page.reload();
  await expect(page.getByText('3 partnerships')).toBeVisible();
  expect((await storedWorkspace(page)).partnerships).toHaveLength(4);
  fs.rmSync(dir, { recursive: true, force: true });
  await expectNoErrors(errors);
});

test('two tabs: a programme made in one appears in the other, and neither drops the other\'s', async ({ context }) => {
  const one = await context.newPage();
  const errors = watchErrors(one);
  await seedProgramme(one, 'en');
  const two = await context.newPage();
  await one.goto('/programmes');
  await two.goto('/programmes');
  await expect(two.getByRole('link', { name: 'GLoBe 2024' })).toBeVisible();
  // Tab one makes a programme; tab two, still open, lists it without a reload.
  await one.getByRole('button', { name: 'New programme' }).click();
  const form = one.getByRole('form', { name: 'New programme' });
  await expect(form.getByLabel('Name of the programme')).toBeFocused();
  await form.getByLabel('Name of the programme').fill('Benin twinnings');
  await form.getByRole('checkbox', { name: 'Kortrijk – Bohicon' }).check();
  await form.getByRole('checkbox', { name: 'Hasselt – Dogbo' }).check();
  await form.getByRole('button', { name: 'Make the programme' }).click();
  await expect(appHeading(one)).toHaveText('Benin twinnings');
  await expect(two.getByRole('link', { name: 'Benin twinnings' })).toBeVisible();
  // Tab two makes another: both are kept.
  await two.getByRole('button', { name: 'New programme' }).click();
  const other = two.getByRole('form', { name: 'New programme' });
  await other.getByLabel('Name of the programme').fill('Rwanda twinnings');
  await other.getByRole('checkbox', { name: 'Aalst – Gisagara' }).check();
  await other.getByRole('button', { name: 'Make the programme' }).click();
  await expect(appHeading(two)).toHaveText('Rwanda twinnings');
  const stored = await two.evaluate(() => JSON.parse(localStorage.getItem('sdg-circle/v1/programmes')).programmes.map((p) => p.name));
  expect(stored).toEqual(['GLoBe 2024', 'Benin twinnings', 'Rwanda twinnings']);
  await expectNoErrors(errors);
});

test('stored programmes that cannot be read are set aside with a message, and the partnerships are untouched', async ({ page }) => {
  const errors = watchErrors(page);
  await seedStorage(page, [[PROGRAMMES_KEY, '{"programmes": [{"id": 7}]']], { clear: true });
  await page.goto('/programmes');
  await expect(page.getByRole('alert')).toContainText('The stored programmes could not be read. A copy was kept in this browser under “sdg-circle/backup/');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sdg-circle/backup/')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"programmes": [{"id": 7}]']);
  await expectNoErrors(errors);
});

// Twelve partnerships and a programme of them, as the first test leaves them.
async function seedProgramme(page, lang) {
  const partnerships = Array.from({ length: 12 }, (_, i) => partnership(i));
  const programme = { id: 'pr-globe', name: 'GLoBe 2024', partnerships: partnerships.map((p) => p.id) };
  await seedStorage(page, [
    [WORKSPACE_KEY, exportFile(partnerships)], [UI_LANGUAGE_KEY, lang],
    [PROGRAMMES_KEY, JSON.stringify({ programmes: [programme] })],
  ], { clear: true });
}

for (const lang of ['en', 'nl', 'fr', 'es']) {
  test(`${lang}: a dozen partnerships' overview fits the wall a part at a time, works at 390 px, and passes axe`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await seedProgramme(page, lang);
    for (const path of ['/programmes', '/programmes/pr-globe']) {
      await page.goto(path);
      await appHeading(page).waitFor();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
    }
    // On the wall: no set-up, and each part on one screen without scrolling.
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/projector/);
    await expect(page.getByRole('button', { name: /programme|programma|programa/i })).toHaveCount(0);
    const parts = await page.locator('.slides > .slide').count();
    expect(parts).toBe(5);
    for (let i = 0; i < parts; i++) {
      const box = await page.locator('.slides > .slide:visible').boundingBox();
      expect(box.y + box.height, `part ${i + 1} ends below the screen`).toBeLessThanOrEqual(720);
      const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      expect(size, `part ${i + 1} scrolls`).toEqual([1280, 720]);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `projector part ${i + 1}: ${v.id}`)).toEqual([]);
      await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('p');

    // On a phone: nothing wider than the screen, every button a 44 px target.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/programmes', '/programmes/pr-globe']) {
      await page.goto(path);
      await appHeading(page).waitFor();
      const problems = await page.evaluate(() => {
        const W = document.documentElement.clientWidth;
        const out = [];
        if (document.documentElement.scrollWidth > W) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
        for (const el of document.querySelectorAll('main *')) {
          if (el.closest('svg, .visually-hidden, .table-wrap') || el.getClientRects().length === 0) continue;
          const b = el.getBoundingClientRect();
          if (b.right > W + 0.5) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" reaches ${Math.round(b.right)}`);
          if (el.matches('button, .button, summary, input[type="text"]') && b.height < 43.5) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" is ${Math.round(b.height)} px high`);
        }
        return out;
      });
      expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
    }
    await expectNoErrors(errors);
    await context.close();
  });
}
