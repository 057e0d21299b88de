// Import and storage messages a person can act on: the app's own sentence in the
// UI language, naming the round, partner and goal; the parser's words only
// behind "technical details".
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { seedStorage, watchErrors, expectNoErrors, UI_LANGUAGE_KEY } from './helpers.mjs';

const locale = (code) => JSON.parse(fs.readFileSync(new URL(`../../locales/${code}.json`, import.meta.url), 'utf8'));

/** A partnership with one scored round, as an exported file has it. */
function file({ score = 3, goal = 1 } = {}) {
  return JSON.stringify({
    format: 'sdg-circle', version: 1,
    partnerships: [{
      id: 'p-test', name: 'Testgemeente – Abomey',
      partners: [
        { side: 'a', name: 'Testgemeente', country: 'België', language: 'nl' },
        { side: 'b', name: 'Abomey', country: 'Bénin', language: 'fr' },
      ],
      rounds: [{ id: 'r-1', name: '2025', scores: [
        { side: 'a', goal, score },
        { side: 'b', goal: 2, score: 4 },
      ] }],
    }],
  });
}

// What each language must say: where (round, partner, goal) and what.
const expected = {
  en: { score: ['Round “2025”', 'Testgemeente', 'goal 1 (No poverty)', 'Score: 6', 'Scores go from 1 to 5'],
        goal: ['Round “2025”', 'Testgemeente', 'Goal: 18', 'Goals are numbered 1 to 17'] },
  nl: { score: ['Ronde “2025”', 'Testgemeente', 'doel 1 (Geen armoede)', 'Score: 6', 'Scores gaan van 1 tot 5'],
        goal: ['Ronde “2025”', 'Testgemeente', 'Doel: 18', 'genummerd van 1 tot 17'] },
  fr: { score: ['Cycle « 2025 »', 'Testgemeente', 'objectif 1 (Pas de pauvreté)', 'Note : 6', 'Les scores vont de 1 à 5'],
        goal: ['Cycle « 2025 »', 'Testgemeente', 'Objectif : 18', 'numérotés de 1 à 17'] },
  es: { score: ['Ronda «2025»', 'Testgemeente', 'objetivo 1 (Fin de la pobreza)', 'Puntuación: 6', 'Las puntuaciones van de 1 a 5'],
        goal: ['Ronda «2025»', 'Testgemeente', 'Objetivo: 18', 'numerados del 1 al 17'] },
};

// Rust's, serde's and a parser's words, which must never be the reason a person reads.
const technical = /\benum\b|\bvariant\b|field `|\bexpected\b|invalid type|at line|\bcolumn\b|untagged|\bstruct\b/;

for (const code of ['en', 'nl', 'fr', 'es']) {
  test(`in ${code}: a bad score and a bad goal number are named by round, partner and goal`, async ({ page }) => {
    const errors = watchErrors(page);
    const texts = locale(code);
    // French sets a narrow no-break space before a colon, and guillemets with no-break spaces.
    const plain = (s) => s.replace(/[\u202f\u00a0]/g, ' ');
    await seedStorage(page, [[UI_LANGUAGE_KEY, code]]);
    for (const [kind, bad] of [['score', { score: 6 }], ['goal', { goal: 18 }]]) {
      await page.goto('/data');
      const path = test.info().outputPath(`bad-${kind}.json`);
      fs.writeFileSync(path, file(bad));
      await page.getByLabel(texts.data.import_label).setInputFiles(path);
      const left = page.getByRole('list').filter({ has: page.getByText(texts.data.dropped_item.replace('{position}', '1')) });
      const item = left.getByRole('listitem');
      await expect(item).toHaveCount(1);
      const said = plain(await item.innerText());
      for (const words of expected[code][kind]) expect(said).toContain(plain(words));
      // The parser's words are folded away, and there for whoever helps.
      const details = item.getByRole('group').or(item.locator('details'));
      const summary = item.getByText(texts.problem.technical);
      await expect(summary).toBeVisible();
      const reason = plain(await item.evaluate((li) => [...li.childNodes]
        .filter((n) => n.nodeName !== 'DETAILS').map((n) => n.textContent).join('')));
      expect(reason).not.toMatch(technical);
      await summary.click();
      await expect(details).toContainText('line');
      // Nothing can be imported, so nothing offers to: no (disabled) Import button.
      await expect(page.getByRole('status').filter({ hasText: texts.data.nothing_valid })).toBeVisible();
      await expect(page.getByRole('button', { name: texts.data.apply, exact: true })).toHaveCount(0);
      await page.getByRole('button', { name: texts.data.close_preview }).click();
      await expect(item).toHaveCount(0);
    }
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sdg-circle/v2/')))).toEqual([]);
    await expectNoErrors(errors);
  });
}

test('a file that is not ours says what it looks like instead, in the UI language', async ({ page }) => {
  const badDir = new URL('../bad-files/', import.meta.url).pathname;
  await seedStorage(page, [[UI_LANGUAGE_KEY, 'es']]);
  await page.goto('/data');
  const label = locale('es').data.import_label;
  await page.getByLabel(label).setInputFiles(badDir + 'scores-export.csv');
  await expect(page.getByRole('alert')).toContainText('Parece una hoja de cálculo (CSV)');
  await expect(page.getByRole('alert')).toContainText('Sus datos no se han modificado.');
  await page.getByLabel(label).setInputFiles(badDir + 'report.pdf');
  await expect(page.getByRole('alert')).toContainText('Parece un documento PDF');
  // The parser's words are there, folded away.
  const details = page.getByRole('alert').locator('details');
  await expect(details).not.toHaveAttribute('open', '');
  await expect(details.getByText(/line 1/)).toBeHidden();
});

test('a file with nothing new offers no Import button, only a way out', async ({ page }) => {
  await page.goto('/data');
  const path = test.info().outputPath('good.json');
  fs.writeFileSync(path, file());
  await page.getByLabel('Choose one or more SDG Circle files').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import done.')).toBeVisible();
  await page.getByLabel('Choose one or more SDG Circle files').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'This file has nothing new for this browser.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'What this import will do' })).toHaveCount(0);
});
