import { test, expect } from '@playwright/test';
import { createPartnership, expectNoErrors, storedWorkspace, watchErrors } from './helpers.mjs';

const lommel = {
  a: { name: 'Lommel', country: 'België', language: 'nl' },
  b: { name: 'Ongwediva', country: 'Namibia', language: 'en' },
};

async function startRound(page, name, method = 'Dialogue') {
  await page.getByLabel('Name of the round').fill(name);
  await page.getByLabel('How do you reach the scores?').selectOption({ label: method });
  await page.getByRole('button', { name: 'Start a round' }).click();
  await expect(page.getByRole('heading', { name: `Round ${name}` })).toBeVisible();
}

const scoreOf = (page, goal) => page.getByRole('combobox', { name: new RegExp(`^Score – ${goal} ·`) });
const scoresOf = (page, partner) => page.getByRole('group', { name: 'Scores of' }).getByRole('button', { name: partner });
const group = (page, title) => page.getByRole('list', { name: new RegExp(`^${title}`) });

async function score(page, partner, scores) {
  await scoresOf(page, partner).click();
  await expect(scoresOf(page, partner)).toHaveAttribute('aria-pressed', 'true');
  for (const [goal, value] of Object.entries(scores)) await scoreOf(page, goal).selectOption(value);
}

test('score both partners, see the matches explained, change a score, reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'SDG index' }).click();
  await expect(page.getByText('No scoring round yet')).toBeVisible();
  await startRound(page, '2025');

  await score(page, 'Lommel', { 6: '5', 13: '1', 17: '4', 9: 'dont_know' });
  await expect(page.getByText('Lommel has scored 4 of 17 goals.')).toBeVisible();
  await score(page, 'Ongwediva', { 6: '1', 13: '2', 17: '5', 9: '4', 5: '5' });
  // The scoring panel shows Ongwediva's own scores, not Lommel's.
  await expect(scoreOf(page, 6)).toHaveValue('1');

  const peer = group(page, 'Peer learning');
  await expect(peer.getByRole('listitem')).toHaveCount(1);
  await expect(peer).toContainText('Lommel scores 5 (very strong) on goal 6 (Clean water and sanitation) and Ongwediva 1 (very weak): Lommel can share its experience with Ongwediva.');
  await expect(peer).toContainText('Lommel → Ongwediva');
  await expect(group(page, 'Learning together')).toContainText('Lommel scores 1 (very weak) on goal 13 (Climate action) and Ongwediva 2 (weak)');
  await expect(group(page, 'Shared strengths')).toContainText('on goal 17 (Partnerships for the goals) and Ongwediva 5 (very strong)');
  const discuss = group(page, 'To be discussed');
  await expect(discuss).toContainText("Lommel: don't know; Ongwediva: 4 (strong).");
  // Goal 5 is scored by one partner only: no match, not "to be discussed".
  await expect(page.getByText('13 goals are not yet scored by both partners.')).toBeVisible();

  // A change updates the list live: 3 is no longer weak …
  await scoreOf(page, 6).selectOption('3');
  await expect(peer).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Peer learning (0)' })).toBeVisible();
  const peerNone = page.locator('section.match-group', { has: page.getByRole('heading', { name: /^Peer learning/ }) }).getByText('None for now.');
  await expect(peerNone).toBeVisible();
  // … until weak is set to go up to 3.
  await page.getByLabel('Weak up to').selectOption('3');
  await expect(peer).toContainText('and Ongwediva 3 (fair): Lommel can share its experience with Ongwediva.');
  await expect(peerNone).toBeHidden();

  // The comparison table lists both partners' scores in words.
  const table = page.getByRole('table', { name: 'Scores of both partners per goal' });
  const row6 = table.getByRole('row', { name: /Clean water and sanitation/ });
  await expect(row6).toContainText('5 – very strong');
  await expect(row6).toContainText('3 – fair');
  // A goal without a level has no bar; a scored one has a bar per partner.
  const bars = (row) => row.locator('.band-bar');
  await expect(bars(row6).nth(0)).toBeVisible();
  await expect(bars(row6).nth(0)).toHaveText('strong');
  // Ongwediva's bar followed the change from 1 to 3.
  await expect(bars(row6).nth(1)).toHaveText('fair');
  const row1 = table.getByRole('row', { name: /No poverty/ });
  await expect(bars(row1).nth(0)).toBeHidden();
  await expect(bars(row1).nth(1)).toBeHidden();
  await expect(row1).not.toContainText('very weak');
  await page.getByRole('button', { name: 'By difference' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(/Clean water|Quality/);

  await page.reload();
  await expect(peer).toContainText('Lommel scores 5 (very strong) on goal 6 (Clean water and sanitation) and Ongwediva 3 (fair)');
  await expect(page.getByLabel('Weak up to')).toHaveValue('3');
  // Drawn anew, each select shows the stored score of the partner shown.
  await expect(scoreOf(page, 6)).toHaveValue('5');
  await expect(scoreOf(page, 9)).toHaveValue('dont_know');
  await scoresOf(page, 'Ongwediva').click();
  await expect(scoreOf(page, 6)).toHaveValue('3');
  const stored = (await storedWorkspace(page)).partnerships[0];
  expect(stored.thresholds).toEqual({ strong: 4, weak: 3 });
  const round = stored.rounds[0];
  expect(round.name).toBe('2025');
  expect(round.scores).toContainEqual({ side: 'a', goal: 9, score: 'dont_know' });
  expect(round.scores).toContainEqual({ side: 'b', goal: 6, score: 3 });
  await expectNoErrors(errors);
});

test('blind scoring hides the comparison until the reveal', async ({ page }) => {
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('link', { name: 'SDG index' }).first().click();
  await startRound(page, '2025');
  await page.getByRole('button', { name: 'Score blind' }).click();
  await expect(page.getByRole('heading', { name: 'Scores hidden until the reveal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Matches' })).toHaveCount(0);
  await score(page, 'Lommel', { 6: '5' });
  await expect(page.getByText('Only the scores of Lommel are shown.')).toBeVisible();
  await score(page, 'Ongwediva', { 6: '1' });
  await expect(page.getByText('Only the scores of Ongwediva are shown.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reveal the scores' }).click();
  await expect(group(page, 'Peer learning')).toContainText('Lommel can share its experience with Ongwediva.');
  await page.reload();
  await expect(group(page, 'Peer learning')).toContainText('Lommel can share its experience with Ongwediva.');
});

test('questionnaire: the score is computed from the answers and shown how', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('link', { name: 'SDG index' }).first().click();
  await startRound(page, 'mid-term 2027', 'Questionnaire');

  const water = page.getByRole('combobox', { name: 'Every household has safe drinking water close to home.' });
  const sewage = page.getByRole('combobox', { name: /^Waste water is collected and treated/ });
  const row6 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Clean water and sanitation/ }) });
  await water.selectOption({ label: 'strongly agree' });
  await sewage.selectOption({ label: 'agree' });
  await expect(row6).toContainText('Score from the answers: 5 – very strong — (5 + 4) / 2 = 4.5 → 5');

  await scoresOf(page, 'Ongwediva').click();
  await expect(row6).toContainText('Score from the answers: not scored yet');
  await water.selectOption({ label: 'strongly disagree' });
  await sewage.selectOption({ label: "don't know" });
  await expect(row6).toContainText('1 – very weak');
  await expect(row6).toContainText("not counted (don't know or not applicable): 1");
  await expect(group(page, 'Peer learning')).toContainText('Lommel scores 5 (very strong) on goal 6');

  // The partners add their own statement; it counts for this round.
  await page.getByRole('button', { name: 'Edit the questionnaire' }).click();
  await page.getByLabel(/^New statement – 6 ·/).fill('We have a local water committee.');
  await row6.getByRole('button', { name: 'Add statement' }).click();
  await page.getByRole('button', { name: 'Edit the questionnaire' }).click();
  await page.getByRole('combobox', { name: 'We have a local water committee.' }).selectOption({ label: 'strongly agree' });
  await expect(row6).toContainText('(1 + 5) / 2 = 3.0 → 3');
  await expect(group(page, 'Peer learning')).toHaveCount(0);

  await page.reload();
  await scoresOf(page, 'Ongwediva').click();
  await expect(row6).toContainText('(1 + 5) / 2 = 3.0 → 3');
  const round = (await storedWorkspace(page)).partnerships[0].rounds[0];
  expect(round.method).toBe('questionnaire');
  expect(round.questionnaire.find((s) => s.id === 'g6-1').text.fr).toBe("Chaque ménage dispose d'eau potable sûre près de chez lui.");
  expect(round.questionnaire.some((s) => s.goal === 6 && s.text === 'We have a local water committee.')).toBe(true);
  await expectNoErrors(errors);
});

test('from matches to a plan, and the goal page shows it all', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('link', { name: 'SDG index' }).first().click();
  await startRound(page, '2025');
  await score(page, 'Lommel', { 6: '5' });
  await score(page, 'Ongwediva', { 6: '2' });

  await page.getByRole('link', { name: 'Plan and agreements' }).click();
  const year = new Date().getFullYear();
  await page.getByLabel(`Goal ${year}`, { exact: true }).selectOption({ label: '6 · Clean water and sanitation — peer learning Lommel → Ongwediva' });
  await page.getByRole('button', { name: `Add ${year}`, exact: true }).click();
  const remove = page.getByRole('button', { name: `Remove 6 · Clean water and sanitation (${year})` });
  await expect(remove).toBeVisible();
  // Removing a priority can be undone, like every deletion.
  await remove.click();
  await expect(remove).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toContainText(`6 · Clean water and sanitation (${year})`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(remove).toBeVisible();

  await page.getByRole('button', { name: 'New agreement' }).click();
  await page.getByLabel('What will be done').fill('Field visit to the water treatment plant');
  await page.getByLabel('By whom').selectOption({ label: 'Lommel' });
  await page.getByLabel('Department or service').fill('Environment');
  await page.getByLabel('By when').fill('2027-03-01');
  await page.getByLabel('Answers the match').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Save' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Field visit to the water treatment plant' });
  await expect(card).toContainText('Lommel — Environment');
  await expect(card).toContainText('6 · Clean water and sanitation — peer learning Lommel → Ongwediva (2025)');
  await card.getByLabel('Status').selectOption({ label: 'in progress' });

  await page.goto('/sdg/6');
  const section = page.getByRole('region', { name: 'SDG index' });
  await expect(section).toContainText('Lommel');
  await expect(section).toContainText('5 (very strong)');
  await expect(section).toContainText('2 (weak)');
  await expect(section).toContainText('Lommel can share its experience with Ongwediva.');
  await expect(section).toContainText(`Priority goal in: ${year}`);
  await expect(section).toContainText('Field visit to the water treatment plant — Lommel (Environment), 2027-03-01 · in progress');

  const stored = (await storedWorkspace(page)).partnerships[0];
  expect(stored.priorities).toEqual([{ year, goal: 6 }]);
  expect(stored.agreements[0]).toMatchObject({
    side: 'a', department: 'Environment', due: '2027-03-01', status: 'in_progress', goals: [6],
    answers: { match: { goal: 6, kind: 'peer_learning', from: 'a', to: 'b' } },
  });
  await expectNoErrors(errors);
});

test('progress between rounds: a later round is compared with the one before', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await createPartnership(page, lommel);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'SDG index' }).click();
  await startRound(page, '2025');
  await score(page, 'Lommel', { 6: '2', 13: '4' });
  await score(page, 'Ongwediva', { 6: '3' });
  // One round alone has nothing to compare with.
  await expect(page.getByRole('region', { name: 'Progress between rounds' })).toHaveCount(0);

  await startRound(page, '2026');
  await score(page, 'Lommel', { 6: '4', 13: '3' });
  await score(page, 'Ongwediva', { 6: '3' });
  const progress = page.getByRole('region', { name: 'Progress between rounds' });
  await expect(progress.getByLabel('Compare with round')).toHaveValue(/.+/);
  const row = (goal) => progress.getByRole('row', { name: new RegExp(`^${goal} · `) });
  await expect(row(6).getByRole('cell')).toHaveText(['2 → 4 (▲ +2)', '3 → 3 (= 0)']);
  await expect(row(13).getByRole('cell').first()).toHaveText('4 → 3 (▼ −1)');

  // The comparison follows a score as it changes.
  await score(page, 'Lommel', { 6: '1' });
  await expect(row(6).getByRole('cell').first()).toHaveText('2 → 1 (▼ −1)');

  // On the first round, the comparison is with the next one, still earlier → later.
  await page.getByRole('navigation', { name: 'Scoring rounds' }).getByRole('link', { name: '2025' }).click();
  await expect(page.getByRole('heading', { name: 'Round 2025' })).toBeVisible();
  await expect(row(6).getByRole('cell')).toHaveText(['2 → 1 (▼ −1)', '3 → 3 (= 0)']);
  await expectNoErrors(errors);
});
