// The interactions the benchmark times, as data. Each entry:
//   name     what the table calls it
//   url      the page it starts on
//   seed     (optional) a workspace JSON string stored before the page loads
//   extra    (optional) other storage entries, { key: text }, stored with it
//   prepare  (optional) async (page) => …, once after the page has loaded
//   before   (optional) async (page, i) => …, before each repetition, not timed
//   trigger  the DOM event type that starts the interaction (its timeStamp is t0)
//   action   async (page, i) => …, performs the input the way a person would
//   until    (optional) CSS selector that appears when the result is ready, for
//            interactions whose result comes later than the input's own task
//   check    async (page, i) => …, throws unless the action did what it should,
//            so a broken screen can never pass for a fast one
//   floor    (optional) true: also time the same DOM change without the app
//            (bench/floor.mjs); for interactions whose repetitions alternate
//            between two states
//
// `hundred` is the workspace of 100 generated partnerships (bench/fixtures.mjs, each
// with two boards and two scored rounds) and `firstId` the id of the first of them.

const expectTrue = (ok, what) => {
  if (!ok) throw new Error(`interaction check failed: ${what}`);
};

export function interactions({ hundred, firstId }) {
  const board = `/p/${firstId}/circle/b-000-0`;
  const round = `/p/${firstId}/index/round/r-000-0`;
  return [
    {
      name: "set a goal's contribution on the board (digit key)",
      floor: true,
      url: board,
      seed: hundred,
      prepare: (page) => page.getByRole('button', { name: /^SDG 1 / }).first().focus(),
      trigger: 'keydown',
      action: (page, i) => page.keyboard.press(i % 2 === 0 ? '3' : '1'),
      check: async (page, i) => {
        const name = await page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? '');
        expectTrue(name.includes(`: ${i % 2 === 0 ? 3 : 1} `), `goal 1 now reads "${name}"`);
      },
    },
    {
      name: 'change an index score (comparison and matches follow)',
      floor: true,
      url: round,
      seed: hundred,
      trigger: 'change',
      action: (page, i) => page.getByLabel(/^Score – 1 · No poverty/).selectOption(i % 2 === 0 ? '5' : '1'),
      check: async (page, i) => {
        const value = await page.getByLabel(/^Score – 1 · No poverty/).inputValue();
        expectTrue(value === (i % 2 === 0 ? '5' : '1'), `score is ${value}`);
      },
    },
    {
      name: 'switch language (en ⇄ fr)',
      floor: true,
      url: '/',
      seed: hundred,
      prepare: (page) => page.getByRole('combobox', { name: 'Language', exact: true }).focus(),
      trigger: 'keydown',
      // The list is nl, en, fr, es: from English one step down is French, then back up.
      action: (page, i) => page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp'),
      check: async (page, i) => {
        const lang = await page.evaluate(() => document.documentElement.lang);
        expectTrue(lang === (i % 2 === 0 ? 'fr' : 'en'), `page language is ${lang}`);
      },
    },
    {
      // Issue 25: a coordinator's programme of fifty twinnings. The warm-up
      // repetition reads the fifty from storage; the timed ones are the
      // overview worked out and drawn again, each time the page is opened.
      name: "open a programme's overview (50 of 100 partnerships): link clicked → drawn",
      url: '/programmes',
      seed: hundred,
      extra: {
        'sdg-circle/v1/programmes': JSON.stringify({ programmes: [{
          id: 'pr-bench', name: 'Fifty twinnings',
          partnerships: JSON.parse(hundred).partnerships.slice(0, 50).map((p) => p.id),
        }] }),
      },
      before: async (page, i) => {
        if (i === 0) return;
        await page.goBack();
        await page.getByRole('link', { name: 'Fifty twinnings' }).waitFor();
      },
      trigger: 'click',
      until: '.programme-gaps .gap-circle',
      action: (page) => page.getByRole('link', { name: 'Fifty twinnings' }).click(),
      check: async (page) => {
        const shown = await page.locator('.programme-members-list li').count();
        expectTrue(shown === 50, `the overview reads ${shown} of 50 partnerships`);
      },
    },
    {
      name: 'create a partnership (100 stored)',
      url: '/',
      seed: hundred,
      before: async (page, i) => {
        const form = page.getByRole('form', { name: /new partnership/i });
        await form.getByRole('group', { name: 'Partner A' }).getByLabel('Municipality').fill(`Mechelen ${i}`);
        await form.getByRole('group', { name: 'Partner B' }).getByLabel('Municipality').fill(`Dosso ${i}`);
      },
      trigger: 'click',
      action: (page) => page.getByRole('button', { name: 'Create partnership' }).click(),
      check: async (page, i) => {
        const shown = await page.getByRole('heading', { name: `Mechelen ${i} – Dosso ${i}` }).count();
        expectTrue(shown === 1, `new partnership ${i} is listed`);
      },
    },
  ];
}

/** Importing `file` ({ text, count } from bench/fixtures.mjs fileOfSize), written at `filePath`. */
export function importInteraction(filePath, file) {
  return {
    name: `import ${(file.text.length / 1e6).toFixed(2)} MB (${file.count} partnerships): file chosen → preview painted`,
    url: '/data',
    before: async (page) => {
      const cancel = page.getByRole('button', { name: 'Cancel' });
      if (await cancel.count()) await cancel.click();
    },
    trigger: 'change',
    until: '#preview-title',
    action: (page) => page.getByLabel('Choose one or more SDG Circle files').setInputFiles(filePath),
    check: async (page) => {
      const n = await page.locator('.plan-item').count();
      expectTrue(n === file.count, `import preview lists ${n} of ${file.count} partnerships`);
    },
  };
}
