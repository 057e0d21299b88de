// Partnership files for a programme of many twinnings (issue 25), made as
// each partnership would export its own: the end-to-end tests import a dozen
// of them at once, and the benchmark fifty.

const SOUTH = [
  ['Ongwediva', 'Namibia', 'en'], ['Ciudad Darío', 'Nicaragua', 'es'], ["Nimlaha'kok", 'Guatemala', 'es'],
  ['Mazatenango', 'Guatemala', 'es'], ['Bohicon', 'Bénin', 'fr'], ['Ziguinchor', 'Sénégal', 'fr'],
  ['Gisagara', 'Rwanda', 'fr'], ['Cuenca', 'Ecuador', 'es'], ['Dogbo', 'Bénin', 'fr'],
  ['Kaolack', 'Sénégal', 'fr'], ['Estelí', 'Nicaragua', 'es'], ['Huye', 'Rwanda', 'en'],
];
const NORTH = ['Lommel', 'Lommel', 'Herent', 'Gent', 'Kortrijk', 'Mechelen', 'Aalst', 'Brugge', 'Hasselt', 'Turnhout', 'Genk', 'Roeselare'];

const iso = (d) => d.toISOString().slice(0, 10);

// Herent – Nimlaha'kok counted paper ballots in one village of Nimlaha'kok.
const consultation = {
  id: 'c-1', question: 'Which goals matter most to you?', max_picks: 3, own_goals: [],
  created_at: '2026-04-20T09:00:00Z',
  places: [{
    id: 'pl-1', side: 'b', name: 'Chijacorral', date: '2026-05-04',
    paper: { respondents: 40, counts: [{ goal: 6, count: 30 }, { goal: 4, count: 25 }, { goal: 2, count: 12 }] },
    ballots: [],
  }],
};

/**
 * The i-th partnership (0-based). Its programme board leaves goal 5 as a gap
 * in the first eight, goal 14 in the first three and goal 12 in every fourth;
 * the last one (11) has no board. On goal 6 every third southern partner is
 * weak (1–2) and every other northern one strong (4–5); Lommel scores goal 13
 * at 5 and Huye at 1. Lommel – Ongwediva has an
 * overdue agreement and one due in ten days; Genk – Estelí's newest round is
 * still blind.
 */
export function partnership(i, now = new Date()) {
  const [southName, country, language] = SOUTH[i % SOUTH.length];
  const north = NORTH[i % NORTH.length];
  const suffix = i < SOUTH.length ? '' : ` ${Math.floor(i / SOUTH.length) + 1}`;
  const a = north + suffix;
  const b = southName + suffix;
  const id = `p-prog-${i}`;
  const level = (goal) => {
    if (goal === 5) return i < 8 ? 0 : 2;
    if (goal === 14) return i < 3 ? 0 : 1;
    if (goal === 12) return i % 4 === 0 ? 0 : 2;
    return 1 + ((goal + i) % 3);
  };
  const boards = i % SOUTH.length === 11 ? [] : [{
    id: `b-${i}`, kind: 'programme',
    subject: { name: `Programme ${a} – ${b}`, description: '', period: '2025–2029' },
    date: '2025-03-01', participants: '', scale: 'contribution', derived_from: null, version: 1,
    created_at: '2025-03-01T09:00:00.000Z',
    goals: Array.from({ length: 17 }, (_, g) => ({
      goal: g + 1, level: level(g + 1), reach: { internal: false, local: true, global: false },
      how: '', ideas: '', opportunity: false,
    })),
  }];
  const scores = [];
  for (let g = 1; g <= 17; g++) {
    let sa = 3, sb = 3;
    if (g === 6) { sa = i % 2 === 0 ? 4 + (i % 4 === 0 ? 1 : 0) : 3; sb = i % 3 === 0 ? 1 + (i % 2) : 3; }
    if (g === 13) { sa = i === 0 ? 5 : 3; sb = i % SOUTH.length === 11 ? 1 : 3; }
    scores.push({ side: 'a', goal: g, score: sa }, { side: 'b', goal: g, score: sb });
  }
  const round = (rid, name, visibility) => ({
    id: rid, name, created_at: '2025-04-01T09:00:00.000Z', method: 'dialogue', visibility,
    scores, questionnaire: [], answers: [],
  });
  const rounds = [round(`r-${i}`, '2025', 'open')];
  if (i === 10) rounds.push(round(`r-${i}-blind`, '2026', 'blind'));
  const soon = new Date(now.getTime() + 10 * 86400000);
  const agreements = i === 0 ? [
    { id: 'ag-late', what: 'Study visit of the water team', side: 'a', due: '2026-01-31', status: 'planned', goals: [6] },
    { id: 'ag-soon', what: 'Joint report to the councils', side: 'b', due: iso(soon), status: 'in_progress', goals: [17] },
  ] : [];
  const year = now.getFullYear();
  return {
    id, name: `${a} – ${b}`, created_at: '2025-01-15T10:00:00.000Z',
    partners: [
      { side: 'a', name: a, country: 'België', language: 'nl' },
      { side: 'b', name: b, country, language },
    ],
    boards, rounds,
    thresholds: { strong: 4, weak: 2 },
    priorities: i === 0 ? [{ year, goal: 6 }, { year: year + 1, goal: 13 }]
      : i % 3 === 1 ? [{ year, goal: 1 + (i % 17) }] : [],
    agreements,
    consultations: i === 2 ? [consultation] : [],
  };
}

/** A file as SDG Circle exports it, holding `partnerships`. */
export function exportFile(partnerships) {
  return JSON.stringify({
    format: 'sdg-circle', version: 2, exported_at: '2026-12-01T10:00:00.000Z',
    app_version: '0.1.0', revision: 1, partnerships,
  }, null, 2);
}

/** `count` partnerships, each in a file of its own: [{ name, mimeType, buffer }]. */
export function programmeFiles(count, now = new Date()) {
  return Array.from({ length: count }, (_, i) => {
    const p = partnership(i, now);
    return {
      name: `${p.id}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(exportFile([p])),
    };
  });
}
