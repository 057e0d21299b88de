// Generated workspaces for the benchmark, in the v1 envelope of
// tests/fixtures/v1-workspace.json. Deterministic (no randomness), so two runs
// measure the same data.
//
// `board` and `round` give each partnership the weight of real work: circle
// boards with a note per goal and index rounds with both partners' scores.
// Their fields follow the documented format (docs/file-format.md). bench.mjs
// checks that every generated partnership is read back, so a format change that
// makes these files invalid stops the benchmark instead of measuring less.

const towns = [
  ['Lommel', 'België', 'nl', 'Ongwediva', 'Namibia', 'en'],
  ['Herent', 'België', 'nl', "Nimlaha'kok", 'Guatemala', 'es'],
  ['Edegem', 'België', 'nl', 'San Jerónimo', 'Peru', 'es'],
  ['Brasschaat', 'België', 'nl', 'Tarija', 'Bolivia', 'es'],
  ['Leuven', 'België', 'nl', 'Kigali', 'Rwanda', 'fr'],
  ['Gent', 'België', 'nl', 'Matagalpa', 'Nicaragua', 'es'],
];

const pad = (n, w = 3) => String(n).padStart(w, '0');
const note = (p, g) =>
  `Goal ${g}: the twinning of partnership ${p} works on this with the local water board, ` +
  'schools and two civil-society groups; next step agreed at the last visit.';

export function board(p, k) {
  return {
    id: `b-${pad(p)}-${k}`,
    kind: 'programme',
    subject: { name: k === 0 ? 'Programme 2025–2029' : `Project ${k}`, description: '', period: '2025–2029' },
    date: '2026-01-15',
    participants: 'Both twinning committees',
    scale: 'contribution',
    goals: Array.from({ length: 17 }, (_, i) => ({
      goal: i + 1,
      level: (p + k + i) % 4,
      reach: { internal: i % 2 === 0, local: true, global: i === 16 },
      how: note(p, i + 1),
      ideas: '',
      opportunity: false,
    })),
    derived_from: null,
    version: 1,
    created_at: '2026-01-15T09:00:00Z',
  };
}

export function round(p, k) {
  return {
    id: `r-${pad(p)}-${k}`,
    name: k === 0 ? '2025' : 'Mid-term 2027',
    created_at: '2026-02-01T09:00:00Z',
    method: 'dialogue',
    visibility: 'open',
    scores: Array.from({ length: 17 }, (_, i) => [
      { side: 'a', goal: i + 1, score: 1 + ((p + i + k) % 5) },
      { side: 'b', goal: i + 1, score: 1 + ((p * 3 + i + k) % 5) },
    ]).flat(),
    questionnaire: [],
    answers: [],
  };
}

export function partnership(p, { boards = 2, rounds = 2, prefix = 'p-bench' } = {}) {
  const [a, ac, al, b, bc, bl] = towns[p % towns.length];
  return {
    id: `${prefix}-${pad(p)}`,
    name: `${a} – ${b} ${p + 1}`,
    created_at: '2026-01-01T10:00:00Z',
    partners: [
      { side: 'a', name: a, country: ac, language: al },
      { side: 'b', name: b, country: bc, language: bl },
    ],
    boards: Array.from({ length: boards }, (_, k) => board(p, k)),
    rounds: Array.from({ length: rounds }, (_, k) => round(p, k)),
    thresholds: { strong: 4, weak: 2 },
  };
}

export function envelope(partnerships, revision = 1) {
  return {
    format: 'sdg-circle',
    version: 1,
    exported_at: '2026-11-22T12:00:00Z',
    app_version: '0.1.0',
    revision,
    partnerships,
  };
}

/** `count` partnerships, each with two boards and two scored rounds. */
export function workspace(count) {
  return JSON.stringify(envelope(Array.from({ length: count }, (_, p) => partnership(p))));
}

/** A valid file of at least `bytes` (whole partnerships; ids unlike `workspace`'s so all are new). */
export function fileOfSize(bytes) {
  const items = [];
  let size = 0;
  while (size < bytes) {
    const p = partnership(items.length, { prefix: 'p-import' });
    size += JSON.stringify(p).length + 1;
    items.push(p);
  }
  return { text: JSON.stringify(envelope(items)), count: items.length };
}

/**
 * The storage entries the app keeps for a workspace (the text of an envelope):
 * a list of what the home page shows, and one envelope per partnership, as
 * `src/domain/stored.rs` writes them. Seeding the old single entry instead
 * would time its one-off move to this layout on every start-up.
 */
export function storedEntries(text) {
  const { revision, partnerships } = JSON.parse(text);
  const entries = {
    'sdg-circle/v1/revision': String(revision),
    // The list is a file of the partnerships without their data.
    'sdg-circle/v2/list': JSON.stringify(envelope(partnerships.map(({ id, name, partners }) => ({ id, name, partners })), revision)),
  };
  for (const p of partnerships) entries[`sdg-circle/v2/p/${p.id}`] = JSON.stringify(envelope([p], revision));
  return entries;
}

/**
 * Stores a workspace (`text`, '' for nothing), and `extra` entries as they are, in the app's layout from a page
 * of the same origin without the app, so writing it is not part of what a
 * benchmark times and no app reads it before the page under test does.
 */
export async function seedStorage(page, base, text, extra = {}) {
  await page.goto(base + '/bench-seed.txt');
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, { ...(text ? storedEntries(text) : {}), ...extra });
}
