// The ingest assistant: drafts that compile with every value cited at its offset, guesses marked for
// review and refused by the compiler until cleared, distractors left out, the scoring arithmetic, the
// CLI on a copy of seeds/, and the figures the README reports on the tuning and held-out articles.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { compareRecords, precision, recall, total } from '../../src/ingest/compare.js';
import { evaluateFolder, validateDraft } from '../../src/ingest/evaluate.js';
import { draftRecord } from '../../src/ingest/extract.js';
import { SourceText } from '../../src/normalise/text.js';
import { SeedCompileError, compileSeeds } from '../../src/seeds/compile.js';
import { copyOfSeeds, root, seedsDir } from '../helper.js';

const fixtures = join(root, 'test/fixtures/ingest');
// The figures of the first run on each held-out set (see the README), to three places and rounded
// down: a change that makes the extractor worse on them fails here.
// Round 4 (12 articles, first run P 90.1% R 91.9%; not tuned on, its misses seen).
const round4Floor = { precision: 0.901, recall: 0.919 };
// Rounds 11-13 (64 articles, written apart, each measured once and kept held out: their misses are
// not studied, so they stay a measure of articles the rules never saw). Round 11 (24, rules of
// 72bf9e8): 223 agreed, 24 wrong or extra, 17 missed.
const round11Floor = { precision: 0.902, recall: 0.929 };
// Round 12 (24, the same rules): 246 agreed, 23 wrong or extra, 13 missed.
const round12Floor = { precision: 0.914, recall: 0.949 };
// Round 13 (16, rules of 86cc162): 132 agreed, 11 wrong or extra, 6 missed.
const round13Floor = { precision: 0.923, recall: 0.956 };
// Round 18 (24, written apart while round 17 was studied, measured once with the rules rounds 14–17
// taught): 170 agreed, 23 wrong or extra, 8 missed.
const round18Floor = { precision: 0.88, recall: 0.955 };
// The tuning set (220 articles, rounds 14–17 among them) as it scores now: 1,949 agreed, 24 wrong or
// extra, 37 missed.
const tuningFloor = { precision: 0.987, recall: 0.981 };

type Cited = { quote: string; start?: number };
function citationsOf(value: unknown): Cited[] {
  if (Array.isArray(value)) return value.flatMap(citationsOf);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const own = typeof object.quote === 'string' ? [object as unknown as Cited] : [];
    return [...own, ...Object.values(object).flatMap(citationsOf)];
  }
  return [];
}

/** Each action a draft of `text` gives, as "organisation/type/amount/status"; every amount is in a quote its action cites, so the draft compiles. */
function actionsOf(t: Test, text: string): string[] {
  const { record } = draftRecord(text, 'case');
  const { organisations, penalties } = record as {
    organisations: { id: string; name: string }[];
    penalties: { organisation_id: string; type: string; amount: { amount_text: string } | null; status: string }[];
  };
  t.same(validateDraft(text, record), [], 'the draft compiles');
  return penalties.map((p) => `${organisations.find((o) => o.id === p.organisation_id)!.name}/${p.type}/${p.amount?.amount_text ?? '-'}/${p.status}`);
}

t.test('every draft compiles, and every quote is the article’s own text at the offset given', async (t) => {
  for (const dir of [seedsDir, join(fixtures, 'tuning'), join(fixtures, 'holdout-round4'), join(fixtures, 'holdout-round11'), join(fixtures, 'holdout-round12'), join(fixtures, 'holdout-round13'), join(fixtures, 'holdout-round18')]) {
    for (const file of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, 'articles', file), 'utf8');
      const { record } = draftRecord(text, 'draft');
      t.same(validateDraft(text, record), [], `${file} compiles`);
      const source = new SourceText(text);
      const citations = citationsOf(record);
      t.ok(citations.length > 0, `${file} cites its article`);
      const misplaced = citations.filter((c) => c.start === undefined || !source.matchesAt(c.quote, c.start, c.start + [...c.quote].length));
      t.same(misplaced, [], `${file}: every quote at its offset`);
    }
  }
});

t.test('amounts that are not an action’s are left out, and said so', async (t) => {
  const text = [
    'Watchdog fines Brightwater Energy Ltd £250,000 over nuisance calls',
    '',
    'The Information Commissioner’s Office (ICO) has fined Brightwater Energy Ltd £250,000 for making more than 400,000 unsolicited marketing calls.',
    'Shares in Brightwater fell 4% to 182p, wiping £12m off its market value.',
    'The company said the investigation had cost it £1.2m in legal fees.',
    'The ICO has issued £9.5m in fines to other firms so far this year.',
    'The regulator said it had considered a fine of £400,000 for Northgate Supplies Ltd but decided a reprimand was appropriate.',
    'Under PECR the ICO can issue fines of up to £500,000.',
    'Photo: Sarah Kingsley Finance Ltd',
    'Read also: Harbour Bank fined £2m by the FCA',
  ].join('\n');
  const { record, review } = draftRecord(text, 'distractors');
  const penalties = (record as { penalties: { organisation_id: string; type: string; amount: { amount_text: string } | null }[] }).penalties;
  t.same(
    penalties.map((p) => [p.organisation_id, p.type, p.amount?.amount_text ?? null]),
    [
      ['brightwater-energy-ltd', 'monetary_penalty', '£250,000'],
      ['northgate-supplies-ltd', 'reprimand', null],
    ],
  );
  const ignored = review.find((mark) => mark.path === 'penalties')!.reason;
  for (const amount of ['£12m', '£1.2m', '£9.5m', '£400,000', 'up to £500,000']) t.match(ignored, amount, `${amount} is listed as left out`);
  t.notMatch(JSON.stringify(record), /Kingsley|Harbour/u, 'names in photo credits and cross-links are not parties');
});

t.test('a proposal and the final figure that replaced it; an appeal; an equivalent in another currency', async (t) => {
  const text = [
    'The Information Commissioner’s Office (ICO) has fined Corbel Travel plc £1.2m, down from the £4.4m it proposed in a notice of intent last year.',
    'Corbel Travel said it would appeal against the decision.',
    'Separately, the ICO fined Lantern Apps Inc $900,000 (£710,000) over children’s data.',
  ].join('\n');
  const penalties = (draftRecord(text, 'lifecycle').record as { penalties: Record<string, unknown>[] }).penalties;
  t.match(penalties, [
    { id: 'corbel-travel-plc-monetary-penalty', status: 'under_appeal', amount: { amount_minor: 120000000, currency: 'GBP' }, supersedes_penalty_id: 'corbel-travel-plc-proposed-monetary-penalty' },
    { id: 'corbel-travel-plc-proposed-monetary-penalty', status: 'reduced', amount: { amount_minor: 440000000, currency: 'GBP' } },
    { id: 'lantern-apps-inc-monetary-penalty', amount: { amount_minor: 90000000, currency: 'USD' }, amount_equivalents: [{ amount_minor: 71000000, currency: 'GBP', amount_text: '£710,000' }] },
  ]);
});

t.test('whom each action of a round-up is against', async (t) => {
  const text = [
    'Regulators fine four firms over data failures',
    '',
    'By Amira Doyle, PA Media',
    '',
    'The Information Commissioner’s Office (ICO) has fined Larchfield Windows Ltd £120,000 for nuisance calls.',
    'In a separate case, the regulator traced 2 million spam texts to a Leeds sender. The firm responsible, Quillon Messaging Ltd, was fined £60,000.',
    'Tenterden Loans Ltd sent 40,000 emails to people who had opted out. The company was fined £35,000.',
    'Harrowgate Clinics AB, which runs clinics in Malmö, Lund and Uppsala, has been formally reprimanded by the ICO.',
    'A fine of €800,000 has been issued by the Commission nationale de l’informatique et des libertés (CNIL) to Veronne Santé SAS.',
    'Poland’s UODO fined Baltyk Dane sp. z o.o. PLN 300,000.',
    'Larchfield was separately fined £50,000 by the Gambling Commission, and £20,000 by the Central Bank of Ireland.',
  ].join('\n');
  const { record, review } = draftRecord(text, 'round-up');
  const { organisations, penalties } = record as { organisations: { id: string; name: string }[]; penalties: { organisation_id: string; type: string; amount: { amount_text: string } | null }[] };
  t.same(
    penalties.map((p) => [organisations.find((o) => o.id === p.organisation_id)!.name, p.type, p.amount?.amount_text ?? null]),
    [
      ['Larchfield Windows Ltd', 'monetary_penalty', '£120,000'],
      ['Quillon Messaging Ltd', 'monetary_penalty', '£60,000'],
      ['Tenterden Loans Ltd', 'monetary_penalty', '£35,000'],
      ['Harrowgate Clinics AB', 'reprimand', null],
      ['Veronne Santé SAS', 'monetary_penalty', '€800,000'],
      ['Baltyk Dane sp. z o.o.', 'monetary_penalty', 'PLN 300,000'],
    ],
  );
  const ignored = review.find((mark) => mark.path === 'penalties')!.reason;
  for (const amount of ['£50,000', '£20,000']) t.match(ignored, `"${amount}" (another regulator’s action)`, `${amount}, another body’s fine, is left out`);
  t.notMatch(JSON.stringify(organisations), /PA Media|Amira/u, 'the byline’s names are not parties');
});

t.test('how reports phrase an action: who, what, how much and its status', async (t) => {
  const ico = 'the Information Commissioner’s Office';
  // [the report's sentences, then each drafted action as organisation/type/amount/status]
  const cases: [string, string[]][] = [
    [`Regulators have slapped Acme Widgets Ltd with a £1m fine, ${ico} said.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`Acme Widgets Ltd is to pay £1m after ${ico} found it had lost customer data.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`The regulator, ${ico}, said Acme Widgets Ltd would have to pay £1m.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`Acme Widgets Ltd (trading as Cheapo Windows) was fined £1m by ${ico}.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`Acme Widgets Ltd – which sells windows across the north – was fined £1m by ${ico}.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`Acme Widgets Ltd was last week fined £1m by ${ico}.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`The Information Commissioner’s Office has accepted an undertaking from Acme Widgets Ltd.`, ['acme-widgets-ltd/undertaking/-/imposed']],
    [`The Information Commissioner’s Office gave Acme Widgets Ltd a reprimand.`, ['acme-widgets-ltd/reprimand/-/imposed']],
    [`The Information Commissioner’s Office told Acme Widgets Ltd to pay £1m.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`Acme Widgets Ltd said it would appeal against the £1m fine imposed by ${ico}.`, ['acme-widgets-ltd/monetary_penalty/£1m/under_appeal']],
    [`The Information Commissioner’s Office fined Acme Widgets Ltd £1m in 2021. The tribunal dismissed Acme’s appeal on Tuesday.`, ['acme-widgets-ltd/monetary_penalty/£1m/upheld']],
    [`The Information Commissioner’s Office fined Acme Widgets Ltd £500,000, the maximum possible under the old law.`, ['acme-widgets-ltd/monetary_penalty/£500,000/imposed']],
    [`Acme Widgets Ltd, whose shares fell 3% to 210p, was fined £1m by ${ico}.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [`Mega Corp’s British arm, Acme Widgets Ltd, was fined £1m by ${ico}.`, ['acme-widgets-ltd/monetary_penalty/£1m/imposed']],
    [
      `Fines were also issued by ${ico} to Acme Widgets Ltd (£50,000) and Boltline Calls Ltd (£30,000).`,
      ['acme-widgets-ltd/monetary_penalty/£50,000/imposed', 'boltline-calls-ltd/monetary_penalty/£30,000/imposed'],
    ],
    [`The Information Commissioner’s Office fined Acme Widgets Ltd £1m in 2021. The tribunal sided with the regulator.`, ['acme-widgets-ltd/monetary_penalty/£1m/upheld']],
    [`The Information Commissioner’s Office issued Acme Widgets Ltd with an enforcement notice. The ICO later withdrew the notice.`, ['acme-widgets-ltd/enforcement_notice/-/withdrawn']],
    [`${ico} fined Acme Widgets Ltd a quarter of a million pounds.`, ['acme-widgets-ltd/monetary_penalty/a quarter of a million pounds/imposed']],
    [`Sweden’s IMY fined Acme Widgets AB 8 million Swedish kronor.`, ['acme-widgets-ab/monetary_penalty/8 million Swedish kronor/imposed']],
    [
      `The Information Commissioner’s Office fined Acme Widgets Ltd £1m. The fine was later cut to £400,000 after the company appealed.`,
      ['acme-widgets-ltd/monetary_penalty/£1m/reduced', 'acme-widgets-ltd/monetary_penalty/£400,000/imposed'],
    ],
    [
      `The Information Commissioner’s Office fined Acme Widgets Ltd £80,000 and Boltline Calls Ltd £120,000 for nuisance calls.`,
      ['acme-widgets-ltd/monetary_penalty/£80,000/imposed', 'boltline-calls-ltd/monetary_penalty/£120,000/imposed'],
    ],
  ];
  // What became of a fine, told after it.
  const fined = 'The Information Commissioner’s Office fined Acme Widgets Ltd £1m in 2022.';
  for (const [later, statuses] of [
    ['Acme’s appeal was dismissed by the tribunal in May.', ['£1m/upheld']],
    ['The tribunal ruled that the ICO had been right to fine the company.', ['£1m/upheld']],
    ['Acme won its appeal at the First-tier Tribunal.', ['£1m/overturned']],
    ['The tribunal reduced the fine to £600,000.', ['£1m/reduced', '£600,000/imposed']],
    ['On appeal, the fine was halved to £500,000.', ['£1m/reduced', '£500,000/imposed']],
    ['Acme is challenging the fine at the tribunal.', ['£1m/under_appeal']],
    ['Acme’s appeal is due to be heard in March.', ['£1m/under_appeal']],
    ['Acme did not challenge the decision.', ['£1m/imposed']],
    ['Acme has until 30 June to appeal.', ['£1m/imposed']],
    ['Acme said it was considering whether to appeal.', ['£1m/imposed']],
    ['Acme said it would challenge the decision at the administrative court.', ['£1m/under_appeal']],
    ['Acme has lodged an objection to the fine.', ['£1m/under_appeal']],
    ['The ICO said Acme gave customers no way to contest its scores.', ['£1m/imposed']],
  ] as const) {
    const penalties = (draftRecord(`${fined} ${later}`, 'status').record as { penalties: { amount: { amount_text: string } | null; status: string }[] }).penalties;
    t.same(penalties.map((p) => `${p.amount?.amount_text ?? '-'}/${p.status}`), statuses, later);
  }
  for (const [report, expected] of cases) {
    // A headline whose first word is capitalised only because it comes first, and a firm named in passing.
    const text = `Something happened\n\nBeta Systems plc said nothing today. ${report}`;
    const { record } = draftRecord(text, 'phrasing');
    const penalties = (record as { penalties: { organisation_id: string; type: string; amount: { amount_text: string } | null; status: string }[] }).penalties;
    t.same(penalties.map((p) => `${p.organisation_id}/${p.type}/${p.amount?.amount_text ?? '-'}/${p.status}`), expected, report);
  }
  const reduced = (draftRecord(`The Information Commissioner’s Office fined Acme Widgets Ltd £1m. The fine was later cut to £400,000.`, 'cut').record as { penalties: { id: string; supersedes_penalty_id: string | null }[] }).penalties;
  t.equal(reduced[1]!.supersedes_penalty_id, reduced[0]!.id, 'the figure it was cut to supersedes the one imposed');
});

t.test('a story’s history: earlier fines, rulings, hopes and other bodies’ actions', async (t) => {
  const text = [
    'Watchdog fines Orrin Health Ltd €1.8 million; firm to appeal',
    'Ireland’s Data Protection Commission (DPC) has fined Orrin Health Ltd €1.8 million over patient letters sent to the wrong addresses.',
    'The DPC had last year notified the company that it intended to impose a fine of €3 million, but lowered it after hearing the company’s submissions.',
    'Orrin said it intends to appeal to the High Court.',
    'In 2021 the DPC fined Orrin Health Ltd €210,000 over access requests, a decision the company did not challenge.',
    'A lawyer said the company would really want to overturn the finding rather than the fine.',
    'In 2020 the DPC fined clinic operator Tallis Care Ltd €90,000, a penalty that was upheld by the Circuit Court last year.',
    'Separately, the Competition and Consumer Protection Commission fined Orrin €400,000 over misleading prices, a decision unrelated to data protection.',
    'The group also gave undertakings to the Competition and Markets Authority over its booking website.',
    'In 2022 Poland’s UODO fined its Warsaw subsidiary, Orrin Polska Sp. z o.o., 1.4 million zlotys.',
    '“A reprimand is a letter, not accountability,” said a campaigner.',
  ].join('\n');
  const { organisations, penalties } = draftRecord(text, 'history').record as {
    organisations: { id: string; name: string }[];
    penalties: { organisation_id: string; type: string; amount: { amount_text: string } | null; status: string }[];
  };
  t.same(
    penalties.map((p) => `${organisations.find((o) => o.id === p.organisation_id)!.name}/${p.type}/${p.amount?.amount_text ?? '-'}/${p.status}`),
    [
      'Orrin Health Ltd/monetary_penalty/€1.8 million/under_appeal',
      'Orrin Health Ltd/monetary_penalty/€3 million/reduced',
      'Orrin Health Ltd/monetary_penalty/€210,000/imposed',
      'Tallis Care Ltd/monetary_penalty/€90,000/upheld',
      'Orrin Polska Sp. z o.o./monetary_penalty/1.4 million zlotys/imposed',
    ],
  );
});

t.test('round-ups under headings, a court’s fine told apart, pronouns and summaries', async (t) => {
  const roundUp = [
    'Enforcement round-up: May',
    'The Information Commissioner’s Office (ICO) had a busy May, with two reprimands for public bodies, one fine and an undertaking from a dental chain.',
    'Harlow Vale Police',
    'The force was reprimanded after an officer emailed a victim’s statement to the wrong address.',
    'Department for Coastal Affairs',
    'The department received a reprimand after publishing applicants’ bank details.',
    'Brackwater Dental Ltd',
    'The dental chain signed an undertaking after two laptops were stolen.',
    'The CNIL has now imposed more than €100 million in cookie-related fines since 2020.',
  ].join('\n');
  t.same(actionsOf(t, roundUp), ['Harlow Vale Police/reprimand/-/imposed', 'Department for Coastal Affairs/reprimand/-/imposed', 'Brackwater Dental Ltd/undertaking/-/imposed']);
  const courtReport = [
    'A Dartford claims company has been fined £8,000 after ignoring an order from the Information Commissioner’s Office (ICO).',
    'Tollgate Claims Ltd pleaded guilty at Medway Magistrates’ Court to failing to comply with an enforcement notice.',
    'Its director, Sam Reeve, 51, of Rainham, was separately fined £1,000.',
    'The court heard that the ICO fined the firm £120,000 in 2022 for sending spam texts.',
  ].join('\n');
  t.same(actionsOf(t, courtReport), ['Tollgate Claims Ltd/prosecution/£8,000/imposed', 'Tollgate Claims Ltd/enforcement_notice/-/imposed', 'Tollgate Claims Ltd/monetary_penalty/£120,000/imposed']);
  const pronoun = [
    'Hackers stole the records of 40,000 students from a test server.',
    'That server belonged to Quorvel Campus Systems Ltd, which acted as a processor for the university.',
    'Last week the ICO fined it £690,000 for failing to keep the data it handled on the university’s behalf secure.',
    'The regulator issued a reprimand to Brantwood University itself.',
    '“Universities must oversee their suppliers,” said an ICO director.',
  ].join('\n');
  t.same(actionsOf(t, pronoun), ['Quorvel Campus Systems Ltd/monetary_penalty/£690,000/imposed', 'Brantwood University/reprimand/-/imposed']);
  t.same(
    actionsOf(t, 
      [
        'Harnford District Council and Welby Borough Council used Tarnside Systems Ltd to host social care records.',
        'The Information Commissioner’s Office fined Tarnside Systems Ltd £1.5m.',
        'The two councils were not fined. Both were instead issued with reprimands for failing to check their supplier.',
      ].join('\n'),
    ),
    ['Tarnside Systems Ltd/monetary_penalty/£1.5m/imposed', 'Harnford District Council/reprimand/-/imposed', 'Welby Borough Council/reprimand/-/imposed'],
    'an action on "the two councils" is one for each council named',
  );
  t.same(
    actionsOf(t, 'A Leeds marketing firm and its director have been fined.\nGrebe Digital Ltd was fined £60,000 by the Information Commissioner’s Office, and its director, Paul Smart, was fined £4,000 at Leeds Magistrates’ Court.'),
    ['Grebe Digital Ltd/monetary_penalty/£60,000/imposed', 'Paul Smart/prosecution/£4,000/imposed'],
    'the regulator’s fine is a monetary penalty; the director prosecuted in his own right is a party too (when the firm is prosecuted, his fine is not: the court report above)',
  );
  t.same(
    actionsOf(t, 'The Data Protection Commission said it had fined the Irish subsidiary of US software maker Corvid Inc €3m.\nCorvid Ireland Ltd said it would appeal.'),
    ['Corvid Ireland Ltd/monetary_penalty/€3m/under_appeal'],
    'the subsidiary is fined, not its parent',
  );
  t.same(
    actionsOf(t, 'Fines issued by the Information Commissioner’s Office this year:\n- Marten Media Ltd: £40,000\n- Stoat Telecom Ltd: £75,000'),
    ['Marten Media Ltd/monetary_penalty/£40,000/imposed', 'Stoat Telecom Ltd/monetary_penalty/£75,000/imposed'],
    'a list of fines under the line that introduces it',
  );
  t.same(
    actionsOf(t, 'The Voivodeship Administrative Court in Warsaw has upheld a 1.44 million zloty (about €330,000) fine imposed by Poland’s Personal Data Protection Office (UODO) on courier company Lipowa Kurier sp. z o.o.'),
    ['Lipowa Kurier sp. z o.o./monetary_penalty/1.44 million zloty/upheld'],
  );
});

t.test('two firms described in one lead, a short name, a headline in another currency, an advert', async (t) => {
  t.same(
    actionsOf(t, 
      [
        'Watchdog fines two firms over nuisance marketing',
        'Britain’s data protection regulator on Monday fined a roofing company 90,000 pounds for unsolicited calls, and imposed a fine of 200,000 pounds on a loft-insulation firm that sent spam texts.',
        'The ICO said Ridgeway Roofing Ltd, based in Swindon, had called people registered with the Telephone Preference Service.',
        'It had ignored complaints.',
        'Thermacore Loft Ltd sent 3 million texts to people who had not consented.',
      ].join('\n'),
    ),
    ['Ridgeway Roofing Ltd/monetary_penalty/90,000 pounds/imposed', 'Thermacore Loft Ltd/monetary_penalty/200,000 pounds/imposed'],
    'described in the lead, named in order below; a place and a register are not the firm',
  );
  t.same(
    actionsOf(t, 
      [
        'NHS trust reprimanded after portal showed strangers’ letters',
        'The UK’s data watchdog has formally reprimanded an NHS trust after a fault in a portal run by Quillmead Systems Ltd.',
        'The Information Commissioner’s Office said Ashvale NHS Foundation Trust had not tested an update.',
      ].join('\n'),
    ),
    ['Ashvale NHS Foundation Trust/reprimand/-/imposed'],
    'a body described by its kind is the one of that kind named next, not the supplier named beside it',
  );
  t.same(
    actionsOf(t, 
      [
        'Irish regulator fines video app Brolly $25 million',
        'Ireland’s Data Protection Commission fined Brolly Media Ireland Limited 23 million euros ($25 million) for public-by-default teen accounts.',
      ].join('\n'),
    ),
    ['Brolly Media Ireland Limited/monetary_penalty/23 million euros/imposed'],
    'the headline’s dollars are the fine’s equivalent',
  );
  t.same(
    actionsOf(t, 
      [
        'CNIL fines logistics group Marvane €2.4 million',
        'The CNIL imposed a fine of €2.4 million on Société Marvane SAS, well below the €3.5 million sought by the rapporteur.',
        'In 2021 it fined Marvane’s smaller rival, Transports Ollivier SARL, €180,000.',
        'Marvane said it would ask the Conseil d’État to annul the decision.',
        'Elmside Carpets - 20% off all ranges this weekend only',
      ].join('\n'),
    ),
    ['Société Marvane SAS/monetary_penalty/€2.4 million/under_appeal', 'Société Marvane SAS/monetary_penalty/€3.5 million/reduced', 'Transports Ollivier SARL/monetary_penalty/€180,000/imposed'],
    'a short name is the full one; the rapporteur’s figure is a proposal; an advert is not a party',
  );
  t.same(
    actionsOf(t, 
      [
        'Trust signs undertaking',
        'Wenlow Academies Trust, which runs seven schools in Shropshire, has signed an undertaking with the Information Commissioner’s Office.',
        'The tribunal dismissed an appeal by Calloway Claims Ltd against the £120,000 fine the ICO imposed on it last year.',
        'Under Polish law, fines on public bodies may not exceed 100,000 zlotys.',
      ].join('\n'),
    ),
    ['Wenlow Academies Trust/undertaking/-/imposed', 'Calloway Claims Ltd/monetary_penalty/£120,000/upheld'],
    'an undertaking after an apposition; the fine of an appeal dismissed; a cap in law',
  );
});

t.test('regulators across Europe, by name and by country', async (t) => {
  for (const [sentence, regulator, organisation] of [
    ['Greece’s data protection authority has fined Aegean Telecom SA €250,000.', 'hellenic-dpa', 'Aegean Telecom SA'],
    ['The Hellenic Data Protection Authority (HDPA) fined Aegean Telecom SA €250,000.', 'hellenic-dpa', 'Aegean Telecom SA'],
    ['Denmark’s Datatilsynet fined Kobber Bank A/S 1.2 million Danish kroner. Datatilsynet said the bank kept data too long.', 'datatilsynet-denmark', 'Kobber Bank A/S'],
    ['Norway’s Datatilsynet fined Fjell AS 5 million kroner.', 'datatilsynet-norway', 'Fjell AS'],
    ['Lithuania’s State Data Protection Inspectorate fined Vilnius Pay UAB €61,500.', 'vdai', 'Vilnius Pay UAB'],
    ['Croatia’s AZOP fined Jadran Debt Collection d.o.o. €2.26 million.', 'azop', 'Jadran Debt Collection d.o.o.'],
    ['The Berlin data protection authority fined Spree Wohnen GmbH €14.5 million.', 'berlin-dpa', 'Spree Wohnen GmbH'],
    ['Finland’s Data Protection Ombudsman fined Sauna Systems Oy €440,000.', 'finland-ombudsman', 'Sauna Systems Oy'],
    ['Britain’s data watchdog fined Acme Widgets Ltd £1m.', 'ico', 'Acme Widgets Ltd'],
  ] as const) {
    const { record } = draftRecord(sentence, 'regulators');
    const { organisations, penalties } = record as { organisations: { id: string; name: string }[]; penalties: { organisation_id: string; regulator_id: string }[] };
    t.same(penalties.map((p) => [p.regulator_id, organisations.find((o) => o.id === p.organisation_id)!.name]), [[regulator, organisation]], sentence);
    t.same(validateDraft(sentence, record), [], `${sentence}: the draft compiles`);
  }
});

t.test('the names that bodies go by', async (t) => {
  const ico = 'the Information Commissioner’s Office';
  for (const [sentence, name] of [
    [`${ico} fined easyJet £2m.`, 'easyJet'],
    [`TikTok was fined €345m by the Data Protection Commission.`, 'TikTok'],
    [`${ico} fined 23andMe £2.31m.`, '23andMe'],
    [`Police Scotland has been reprimanded by ${ico}.`, 'Police Scotland'],
    [`${ico} reprimanded the Police Service of Northern Ireland.`, 'Police Service of Northern Ireland'],
    [`${ico} has reprimanded NHS Fife.`, 'NHS Fife'],
    [`The London Borough of Hackney was reprimanded by ${ico}.`, 'London Borough of Hackney'],
    [`${ico} fined Marks & Spencer £1m.`, 'Marks & Spencer'],
    [`The Data Protection Commission fined Bank of Ireland €463,000.`, 'Bank of Ireland'],
    [`${ico} reprimanded the Department for Education.`, 'Department for Education'],
  ] as const) {
    const { organisations, penalties } = draftRecord(`A headline\n\n${sentence}`, 'names').record as { organisations: { id: string; name: string }[]; penalties: { organisation_id: string }[] };
    t.same(penalties.map((p) => organisations.find((o) => o.id === p.organisation_id)?.name), [name], sentence);
  }
});

t.test('powers, counts, denials and other bodies are not actions', async (t) => {
  const fined = 'The Information Commissioner’s Office fined Acme Widgets Ltd £1m.';
  for (const aside of [
    '“We will not hesitate to prosecute firms that ignore the law,” said Jane Doe, the ICO’s director.',
    'Firms that ignore enforcement notices can be prosecuted.',
    'Last year the ICO issued 41 reprimands and 12 enforcement notices.',
    'The regulator has previously reprimanded other councils for similar failures.',
    'The ICO said Acme had not been issued with an enforcement notice because it had fixed the problem.',
    'Acme’s rival, Delta Widgets Ltd, was not fined.',
    'Acme said it would not appeal.',
    'Acme was also ordered to pay costs of £5,000.',
  ]) {
    const penalties = (draftRecord(`${fined} ${aside}`, 'asides').record as { penalties: { organisation_id: string; type: string; status: string }[] }).penalties;
    t.same(penalties.map((p) => `${p.organisation_id}/${p.type}/${p.status}`), ['acme-widgets-ltd/monetary_penalty/imposed'], aside);
  }
});

t.test('what a press release’s notes and a court’s total are not, and a firm named late', async (t) => {
  const actions = (text: string) => {
    const { organisations, penalties } = draftRecord(text, 'structure').record as {
      organisations: { id: string; name: string }[];
      penalties: { organisation_id: string; type: string; amount: { amount_text: string } | null }[];
    };
    return penalties.map((p) => `${organisations.find((o) => o.id === p.organisation_id)!.name}/${p.type}/${p.amount?.amount_text ?? '-'}`);
  };
  const pressRelease = [
    'Harwick District Council signs undertaking after data breach',
    'Harwick District Council has signed an undertaking with the Information Commissioner’s Office (ICO) to improve how it handles requests.',
    'Notes to editors',
    '1. The ICO can take action against organisations and individuals. This includes criminal prosecution, fines and reprimands.',
  ].join('\n');
  t.same(actions(pressRelease), ['Harwick District Council/undertaking/-'], 'the notes to editors are not the case');
  const courtReport = [
    'A debt advice firm has been ordered to pay more than £10,000 after ignoring an order from the Information Commissioner’s Office.',
    'Corran Debt Help Ltd pleaded guilty at Chester Magistrates’ Court to failing to comply with an enforcement notice.',
    'The court fined Corran Debt Help Ltd £8,000 and ordered it to pay £2,150 in costs.',
  ].join('\n');
  t.same(actions(courtReport), ['Corran Debt Help Ltd/prosecution/£8,000', 'Corran Debt Help Ltd/enforcement_notice/-'], 'more than £10,000 is the fine with costs');
  const namedLate = [
    'A firm whose software serves hundreds of GP surgeries has been fined £1.5m by the Information Commissioner’s Office.',
    'The firm failed to turn on multi-factor authentication, the regulator found.',
    'Attackers logged in with a stolen password.',
    'Ferncliffe Health Systems Ltd, the Leeds supplier in question, processes data for GP practices.',
  ].join('\n');
  t.same(actions(namedLate), ['Ferncliffe Health Systems Ltd/monetary_penalty/£1.5m'], 'the firm described first is the one named three sentences on');
  t.same(actions('The Autoriteit Persoonsgegevens fined Velora Fitness B.V. €750,000.'), ['Velora Fitness B.V./monetary_penalty/€750,000'], 'a company form with full stops is part of the name');
});

t.test('people prosecuted, sections headed by a name or an amount, a body described then named, other names', async (t) => {
  const ico = 'the Information Commissioner’s Office';
  const cases: [string, string, string[]][] = [
    // Round-ups.
    [
      'a heading that names a body and its fine, numbered or not',
      `Enforcement digest\nThis week ${ico} announced two fines.\nMarlow Kitchens Ltd — £40,000\nThe Reading firm made 300,000 calls to people who had opted out.\n2. Ashby Town Council – £25,000\nThe authority had left CCTV footage online.`,
      ['Marlow Kitchens Ltd/monetary_penalty/£40,000/imposed', 'Ashby Town Council/monetary_penalty/£25,000/imposed'],
    ],
    [
      'a label in capitals is not a body, and a week’s fines added up are not a fine',
      `Spam texter fined\n${ico} fined Parlow Leads Ltd £50,000.\nALSO THIS WEEK\nTaken together, this week's fines came to £95,000.`,
      ['Parlow Leads Ltd/monetary_penalty/£50,000/imposed'],
    ],
    [
      'a total the words before the amount give',
      `${ico} fined Parlow Leads Ltd £50,000, taking the monetary penalties it has issued in 2024 to £2.1m.`,
      ['Parlow Leads Ltd/monetary_penalty/£50,000/imposed'],
    ],
    [
      'a heading that ends in a company form with full stops',
      'Regulators’ week\nTulpen Zorg B.V.\nThe Dutch Data Protection Authority (Autoriteit Persoonsgegevens) fined the Leiden care provider €200,000.',
      ['Tulpen Zorg B.V./monetary_penalty/€200,000/imposed'],
    ],
    [
      'a possessive inside a name',
      `Education\nSt Edmund's Academy Trust\nA reprimand from ${ico} for the trust, which runs four schools, after a memory stick was lost.`,
      ["St Edmund's Academy Trust/reprimand/-/imposed"],
    ],
    [
      'a sole trader’s heading gives the name the business trades under',
      `Karen Lowe, t/a KL Windows\nA sole trader from Derby will have to pay £5,000 for sending spam texts, ${ico} said.`,
      ['KL Windows/monetary_penalty/£5,000/imposed'],
    ],
    [
      'the body a section is headed with, not one described in the next',
      `Wexley District Council\nA reprimand, rather than a fine, from ${ico} for the Devon authority after a letter went to the wrong family.\nBrightfield Energy Ltd\nThe company was fined £60,000.`,
      ['Wexley District Council/reprimand/-/imposed', 'Brightfield Energy Ltd/monetary_penalty/£60,000/imposed'],
    ],
    // People.
    [
      'a person prosecuted in their own right, named one sentence and fined the next',
      `Marcus Hale, 41, of Batley, pleaded guilty at Kirklees Magistrates' Court to unlawfully obtaining personal data, ${ico} said. He was fined £900.`,
      ['Marcus Hale/prosecution/£900/imposed'],
    ],
    [
      'a person named after "the prosecution of"',
      `The case follows another prosecution by ${ico}, of Janet Crewe, a former nurse at a Hull surgery, who was fined £300 at Hull Magistrates' Court.`,
      ['Janet Crewe/prosecution/£300/imposed'],
    ],
    [
      'a firm fined by the regulator and its director prosecuted',
      `${ico} fined Shredfast Ltd £30,000 for leaving records in a skip.\nIts managing director, Alan Boyd, 52, of Otley, pleaded guilty at Leeds Magistrates' Court to selling the records. He was fined £2,000.`,
      ['Shredfast Ltd/monetary_penalty/£30,000/imposed', 'Alan Boyd/prosecution/£2,000/imposed'],
    ],
    // Whom, when the sentence describes.
    [
      'the amount’s own clause describes a firm that is named below',
      `${ico} has issued a reprimand to Fenby NHS Trust, fined the Bradford firm it hired to scan its records £40,000, and published guidance.\nThe records were found in a skip.\nThe trust had hired Scanwell Imaging Ltd in 2020.`,
      ['Scanwell Imaging Ltd/monetary_penalty/£40,000/imposed', 'Fenby NHS Trust/reprimand/-/imposed'],
    ],
    [
      'a supplier fined beside its client is the next company named',
      'Italy’s Garante fined Liceo Nord Scuole S.r.l. €20,000 and its software supplier €10,000.\nThe software was made by Codex Aula S.p.A., a Turin company.',
      ['Liceo Nord Scuole S.r.l./monetary_penalty/€20,000/imposed', 'Codex Aula S.p.A./monetary_penalty/€10,000/imposed'],
    ],
    [
      'a country’s subsidiary is the body whose name says that country',
      `Brindle Data Corp said its British subsidiary would appeal a £5 million penalty imposed by ${ico}.\nThe ICO said Brindle Data UK Ltd had sold scores about consumers.\nIn 2021 the Dutch Autoriteit Persoonsgegevens fined Brindle Data Nederland B.V. €300,000.`,
      ['Brindle Data UK Ltd/monetary_penalty/£5 million/under_appeal', 'Brindle Data Nederland B.V./monetary_penalty/€300,000/imposed'],
    ],
    [
      '"the company" is the firm named, not its parent; an approximate equivalent beside the fine',
      'That insurer was Kestrel Forsakring AB, the motor arm of the listed Kestrel Holding AB.\nOn Monday Sweden’s IMY ordered the company to pay a fine of SEK 5 million, roughly €440,000, for failing to secure its portal.',
      ['Kestrel Forsakring AB/monetary_penalty/SEK 5 million/imposed'],
    ],
    [
      'a fine a Danish authority recommends is proposed; one a court acquits is overturned',
      'Denmark’s Datatilsynet has reported Havn Fitness A/S to the police and recommended that it be fined DKK 400,000.\nIt has also reported Ribe Kommune to the police, recommending a fine of DKK 50,000.\nIn March a court acquitted Nord Taxi ApS, which the agency had reported with a recommended fine of DKK 200,000.',
      ['Havn Fitness A/S/monetary_penalty/DKK 400,000/proposed', 'Ribe Kommune/monetary_penalty/DKK 50,000/proposed', 'Nord Taxi ApS/monetary_penalty/DKK 200,000/overturned'],
    ],
    [
      'a status said of "the university" is the university’s',
      'Italy’s Garante fined the Università di Pontelungo €30,000 and Nexa Proctor S.r.l. €20,000.\nThe rector, Professor Anna Riva, said the university would challenge the decision before the Tribunale di Roma.',
      ['Università di Pontelungo/monetary_penalty/€30,000/under_appeal', 'Nexa Proctor S.r.l./monetary_penalty/€20,000/imposed'],
    ],
    [
      'a fine cut "from" one figure "to" another',
      'A Hamburg court cut the fine imposed on Weser Spedition GmbH by the Hamburg Commissioner for Data Protection and Freedom of Information from €400,000 to €150,000.',
      ['Weser Spedition GmbH/monetary_penalty/€400,000/reduced', 'Weser Spedition GmbH/monetary_penalty/€150,000/imposed'],
    ],
    [
      'a final figure in another currency replaces the proposal told in the equivalent’s',
      `${ico} fined Corvane Analytics UK Ltd $10 million (£8 million).\nThe final penalty is lower than the £9 million the regulator proposed in a notice of intent.`,
      ['Corvane Analytics UK Ltd/monetary_penalty/$10 million/imposed', 'Corvane Analytics UK Ltd/monetary_penalty/£9 million/reduced'],
    ],
    [
      'a register, a quotation about actions and a threat are not actions',
      `A Bristol company that called 1.2 million people registered with the Telephone Preference Service has been fined £100,000 by ${ico}.\nBrightfield Energy Ltd must stop or face prosecution.\n“Reprimands are not a soft option,” Ms Marr told the Cardiff Data Conference.\nCritics say that a reprimand carries no financial sting.\nMost of the reprimands went to public bodies.`,
      ['Brightfield Energy Ltd/monetary_penalty/£100,000/imposed'],
    ],
    // Round 15.
    [
      'a figure the regulator had "originally warned" of is the proposal the final one replaced',
      `${ico} has fined Hartwell Cruises Ltd £900,000, a fraction of the £3m penalty it had originally warned the firm it faced.`,
      ['Hartwell Cruises Ltd/monetary_penalty/£900,000/imposed', 'Hartwell Cruises Ltd/monetary_penalty/£3m/reduced'],
    ],
    [
      '"the proposed penalty … was" a figure; "bringing it to" the final one is no total',
      'Spain’s AEPD has fined Ondamar Telecom S.L. €600,000.\nThe agency’s proposed penalty in the procedure was €1 million. Two reductions of 20% applied, bringing it to €600,000.',
      ['Ondamar Telecom S.L./monetary_penalty/€600,000/imposed', 'Ondamar Telecom S.L./monetary_penalty/€1 million/reduced'],
    ],
    [
      'the reason for a fine says nothing of its amount',
      'Ireland’s Data Protection Commission has fined Corrib Payroll Ltd €1,500,000 for security failings that let criminals steal the salary details of staff.',
      ['Corrib Payroll Ltd/monetary_penalty/€1,500,000/imposed'],
    ],
    [
      'a court fined it "a total of" a sum over several charges: one fine; a trading name is the company',
      'Liffey Mobile Ltd, which trades as PhoneZone, pleaded guilty at Dublin District Court to sending marketing texts, following a prosecution by the Data Protection Commission.\nPhoneZone’s systems ignored opt-outs.\nThe judge fined it a total of €3,000.',
      ['Liffey Mobile Ltd/prosecution/€3,000/imposed'],
    ],
    [
      'a fine "for sending customers’ details to Meta" is not Meta’s',
      'Norrby Bank AB lost its appeal against a SEK 10 million fine imposed by Sweden’s IMY for sending customers’ details to Meta through a tracking pixel.',
      ['Norrby Bank AB/monetary_penalty/SEK 10 million/upheld'],
    ],
    [
      'a fine "after pleading guilty" is a court’s',
      `A Leeds company has been fined £5,000 after pleading guilty to ignoring an information notice from ${ico}.\nHarrowgate Leads Ltd admitted the offence at Leeds Magistrates' Court.`,
      ['Harrowgate Leads Ltd/prosecution/£5,000/imposed'],
    ],
    [
      '"the Delmotte group" names the group whose insurance arm is fined',
      'Belgium’s data protection authority has fined the insurance arm of the Delmotte group €300,000 for passing customers’ details to a marketing agency.\nDelmotte Assurances S.A., a subsidiary of the holding company, shared the data of 90,000 customers with Publimark BV.\nIn 2023 the authority fined Publimark BV €20,000 over the same mailings.',
      ['Delmotte Assurances S.A./monetary_penalty/€300,000/imposed', 'Publimark BV/monetary_penalty/€20,000/imposed'],
    ],
    [
      '"the Bradford firm" that will appeal is the company fined, not the trust reprimanded last',
      `${ico} fined Binwell Ltd, the shredding contractor of Airedale NHS Trust, £20,000.\nBecause the trust had since changed its supplier, the regulator decided that a reprimand was enough for Airedale NHS Trust.\nThe Bradford firm has told the ICO it will appeal the £20,000 penalty.`,
      ['Binwell Ltd/monetary_penalty/£20,000/under_appeal', 'Airedale NHS Trust/reprimand/-/imposed'],
    ],
    // Round 16.
    [
      'an early-payment discount and a price paid for a key card are not fines',
      `${ico} has fined Brightmoor Windows Ltd £100,000. The fine will be reduced to £80,000 if it is paid by 3 May.\nCustomers had to pay £25 for a key card.`,
      ['Brightmoor Windows Ltd/monetary_penalty/£100,000/imposed'],
    ],
    [
      '"has been told it faces a £2m penalty" is a proposal',
      `Retailer Larkspur has been told it faces a £2m penalty from ${ico}, which issued Larkspur Home plc with a notice of intent.`,
      ['Larkspur Home plc/monetary_penalty/£2m/proposed'],
    ],
    [
      'a body "in Salford" received a reprimand; an undertaking told before it is another body’s',
      `Kelsall University signed an undertaking with ${ico}.\nFernbank Medical Centre in Salford received a reprimand after a receptionist read patients’ records.`,
      ['Kelsall University/undertaking/-/imposed', 'Fernbank Medical Centre/reprimand/-/imposed'],
    ],
    [
      'a lead that tells a fine overturned and an order upheld, the order told below',
      `A debt collector has won its appeal against a £100,000 fine from ${ico}, although a tribunal has upheld a separate order requiring it to stop.\nTorrance Recovery Ltd was fined in 2024, and the regulator issued an enforcement notice ordering the company to stop sending emails.`,
      ['Torrance Recovery Ltd/monetary_penalty/£100,000/overturned', 'Torrance Recovery Ltd/enforcement_notice/-/upheld'],
    ],
    [
      'a law’s articles are not a body; a company named in capitals in a sentence is one',
      'Spain’s AEPD has fined Movistela S.A. €300,000.\nThe agency had initially proposed a penalty of €500,000 for infringements of Articles 5 and 32 of the GDPR.\nThe CNIL imposed a fine of €1,000,000 on the company SOLARIS ÉNERGIE, an electricity supplier, for breaching Article L. 34-5.',
      ['Movistela S.A./monetary_penalty/€300,000/imposed', 'Movistela S.A./monetary_penalty/€500,000/reduced', 'SOLARIS ÉNERGIE/monetary_penalty/€1,000,000/imposed'],
    ],
    [
      '"the group", reprimanded and fined, is the group named before; a ransom is not a fine; a penalty told again is the same',
      'Attackers encrypted the systems of Mourne Valley Hospitals Group.\nIn a decision last month the Data Protection Commission found that the hospital group had failed to patch a server. It reprimanded the group and fined it €200,000.\nThe ransom, which was set at $2 million, was not paid.\nThe €200,000 penalty is among the largest the DPC has imposed on a public body. In 2021 the DPC fined Slane County Council €40,000.',
      ['Mourne Valley Hospitals Group/monetary_penalty/€200,000/imposed', 'Mourne Valley Hospitals Group/reprimand/-/imposed', 'Slane County Council/monetary_penalty/€40,000/imposed'],
    ],
    [
      'a complaint by a body in a town, dismissed, is that body’s fine upheld; fines "since the GDPR" are a total',
      'The court dismissed a complaint by the Municipal Welfare Centre in Lipowa Dolna against a PLN 20,000 penalty imposed by UODO in 2024.\nUODO has imposed fines of almost PLN 40 million since the GDPR came into force.',
      ['Municipal Welfare Centre/monetary_penalty/PLN 20,000/upheld'],
    ],
    [
      'a Danish court’s fine replaces the authority’s recommendation; "the prosecution has 14 days" is not an action',
      'Bike firm Hjulby ApS was fined DKK 300,000 by the City Court of Copenhagen.\nDenmark’s Datatilsynet had reported the company to the police and recommended a fine of DKK 900,000.\nThe prosecution has 14 days to decide whether to appeal.',
      ['Hjulby ApS/monetary_penalty/DKK 300,000/imposed', 'Hjulby ApS/monetary_penalty/DKK 900,000/reduced'],
    ],
    [
      'a name in capitals in a headline is the name the story gives in full',
      'Cookies: the CNIL fines MARLIN DIFFUSION €900,000\nThe restricted committee of the CNIL imposed a fine of €900,000 on Marlin Diffusion SAS for placing cookies without consent.',
      ['Marlin Diffusion SAS/monetary_penalty/€900,000/imposed'],
    ],
    // Round 17.
    [
      'a person "of" a town is prosecuted, and "Magistrates fined him" several sentences on; what he was ordered to pay in all is not another fine',
      `A former employee of a Coventry car hire company has been ordered to pay more than £2,000 after admitting he sold customers’ data.\nKevin Marsh, 39, of Bedworth, pleaded guilty at Coventry Magistrates’ Court to two offences.\nThe court heard that Marsh, who worked at Arden Car Hire Ltd, photographed accident records.\nThe records included customers’ names.\nArden reported the matter to ${ico}.\nMagistrates fined him £1,200 and ordered him to pay £800 towards prosecution costs.`,
      ['Kevin Marsh/prosecution/£1,200/imposed'],
    ],
    [
      'a headline’s "fine after WhatsApp blunder" is not WhatsApp’s; "amounts below €100,000" are not a fine',
      'Dental chain pays €20,000 data fine after WhatsApp blunder\nA chain of dental clinics has paid a €20,000 fine to Spain’s AEPD after a receptionist posted patients’ quotes to a WhatsApp group.\nClínicas Sonrisa Azul S.L. runs 12 clinics.\nThe AEPD has fined a string of health providers, most of them for amounts below €100,000.',
      ['Clínicas Sonrisa Azul S.L./monetary_penalty/€20,000/imposed'],
    ],
    [
      'a court "of" a region is not a body; "fined €350,000 and reprimanded" is two actions',
      'The District Court of Central Netherlands annulled the penalty decision of the Autoriteit Persoonsgegevens against Zorgwijzer Online B.V., a €400,000 fine.\nThe Data Protection Commission has fined Lough Derg Hospitals Group €350,000 and reprimanded it.',
      ['Zorgwijzer Online B.V./monetary_penalty/€400,000/overturned', 'Lough Derg Hospitals Group/monetary_penalty/€350,000/imposed', 'Lough Derg Hospitals Group/reprimand/-/imposed'],
    ],
    [
      '"and prosecuted the firm’s managing director" is the director’s prosecution, told in his own sentence',
      `${ico} has issued a reprimand to Holme Valley NHS Trust, fined Shredright Ltd £30,000, and prosecuted the firm’s managing director.\nIts managing director, Gary Booth, 48, of Halifax, pleaded guilty at Leeds Magistrates’ Court. He was fined £1,500.`,
      ['Shredright Ltd/monetary_penalty/£30,000/imposed', 'Holme Valley NHS Trust/reprimand/-/imposed', 'Gary Booth/prosecution/£1,500/imposed'],
    ],
  ];
  for (const [label, text, expected] of cases) t.same(actionsOf(t, text), expected, label);
  t.same(
    (draftRecord('Lower Saxony’s data protection authority has fined Celle Wohnbau GmbH €200,000.', 'states').record as { penalties: { regulator_id: string }[] }).penalties.map((p) => p.regulator_id),
    ['lower-saxony-dpa'],
    'a German state’s authority, by its state',
  );

  const named = (text: string) => (draftRecord(text, 'aliases').record as { organisations: { id: string; name: string; aliases: { alias: string }[] }[] }).organisations;
  t.same(
    named(`${ico} fined Harlow & Pinner Lettings Ltd £30,000. The firm, which trades as HP Lettings, said it had deleted the files.`).map((o) => [o.name, o.aliases.map((a) => a.alias)]),
    [['Harlow & Pinner Lettings Ltd', ['HP Lettings']]],
    'a trading name is an alias',
  );
  t.same(
    named('The Hamburg Commissioner for Data Protection and Freedom of Information fined Alder Freight GmbH €90,000. The company has since been renamed Nordwind Logistik GmbH.').map((o) => [o.name, o.aliases.map((a) => a.alias)]),
    [['Alder Freight GmbH', ['Nordwind Logistik GmbH']]],
    'a new name is an alias',
  );
  t.same(
    named('Poland’s UODO issued a reprimand to Szkoła Podstawowa Lipowa after lists of pupils were published.').map((o) => o.id),
    ['szkola-podstawowa-lipowa'],
    'letters without an accent to take off are spelt out in an id',
  );
});

t.test('the compiler refuses a record until its review list is empty', async (t) => {
  const dir = copyOfSeeds(t);
  const file = join(dir, 'records', readdirSync(join(dir, 'records'))[0]!);
  const record = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...record, review: [{ path: 'penalties[0].status', reason: 'imposed assumed' }] }));
  t.throws(() => compileSeeds(dir), SeedCompileError);
  try {
    compileSeeds(dir);
  } catch (error) {
    t.match((error as SeedCompileError).problems, [{ path: 'review[0]', reason: /awaits review: penalties\[0\]\.status: imposed assumed/ }]);
  }
  t.doesNotThrow(() => compileSeeds(dir, { allowReview: true }));
});

t.test('scoring: paired actions, extra and missed ones, field by field', async (t) => {
  const curated = {
    organisations: [
      { id: 'acme', name: 'Acme Ltd', aliases: [{ alias: 'Acme Group' }] },
      { id: 'beta', name: 'Beta plc' },
    ],
    penalties: [
      { id: 'a1', type: 'monetary_penalty', status: 'imposed', organisation_id: 'acme', amount: { amount_minor: 100, currency: 'GBP' } },
      { id: 'b1', type: 'reprimand', status: 'imposed', organisation_id: 'beta', amount: null },
    ],
  };
  t.same(total(compareRecords(curated, curated).fields), { truePositives: 8, falsePositives: 0, falseNegatives: 0 });
  const draft = {
    organisations: [{ id: 'acme-group', name: 'Acme Group' }],
    penalties: [
      // Right organisation (by alias) and type, wrong amount: 3 agree, 1 wrong (a false positive and a false negative).
      { id: 'x', type: 'monetary_penalty', status: 'imposed', organisation_id: 'acme-group', amount: { amount_minor: 999, currency: 'GBP' } },
      // Nothing like it in the curated record: 3 false positives.
      { id: 'y', type: 'undertaking', status: 'proposed', organisation_id: 'acme-group', amount: null },
    ],
  };
  const { fields, misses } = compareRecords(draft, curated);
  t.same(fields.amount, { truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  t.same(fields.organisation, { truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  t.same(total(fields), { truePositives: 4, falsePositives: 4, falseNegatives: 4 }, 'y extra: 3 false positives; b1 missed: 3 false negatives');
  t.equal(precision(total(fields)), 4 / 8);
  t.equal(recall(total(fields)), 4 / 8);
  t.match(misses, [/a1: amount drafted 999, curated 100/, /drafted y/, /b1: not drafted/]);
});

t.test('the figures the README reports', async (t) => {
  // Tuned on: the three seed articles and the written test articles in tuning/. Held out: articles
  // written apart and never read while the rules were written.
  for (const [dir, floor, articles] of [
    [seedsDir, { precision: 1, recall: 1 }, 3],
    [join(fixtures, 'tuning'), tuningFloor, 220],
    [join(fixtures, 'holdout-round4'), round4Floor, 12],
    [join(fixtures, 'holdout-round11'), round11Floor, 24],
    [join(fixtures, 'holdout-round12'), round12Floor, 24],
    [join(fixtures, 'holdout-round13'), round13Floor, 16],
    [join(fixtures, 'holdout-round18'), round18Floor, 24],
  ] as const) {
    const evaluated = evaluateFolder(dir);
    const { fields } = evaluated;
    t.equal(evaluated.articles.length, articles, `${dir}: ${articles} articles`);
    const all = total(fields);
    t.ok(precision(all) >= floor.precision, `${dir}: precision ${precision(all).toFixed(3)} ≥ ${floor.precision}`);
    t.ok(recall(all) >= floor.recall, `${dir}: recall ${recall(all).toFixed(3)} ≥ ${floor.recall}`);
  }
});

t.test('npm run ingest on a copy of seeds/: a draft that compiles with its marks, never twice', async (t) => {
  const dir = copyOfSeeds(t);
  const article = join(fixtures, 'tuning/articles/t07-nuisance-calls.txt');
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], { cwd: root, encoding: 'utf8' });
  const first = run(article, '--seeds', dir);
  t.equal(first.status, 0, first.stderr);
  t.match(first.stdout, /wrote .*003_[0-9a-f]{16}\.json: 3 enforcement action\(s\)/);
  const [name] = readdirSync(join(dir, 'records')).filter((f) => f.startsWith('003_'));
  t.equal(readFileSync(join(dir, 'articles', name!.replace('.json', '.txt')), 'utf8'), readFileSync(article, 'utf8'), 'the article is copied byte for byte');
  const draft = JSON.parse(readFileSync(join(dir, 'records', name!), 'utf8'));
  t.equal(draft.regulators[0].name, "Information Commissioner's Office", 'a regulator the dataset knows keeps its name');
  t.ok(draft.review.length > 0);
  t.throws(() => compileSeeds(dir), SeedCompileError, 'not published until reviewed');

  const again = run(article, '--seeds', dir);
  t.equal(again.status, 1);
  t.match(again.stderr, /is already in the dataset/);
  t.equal(run(join(dir, 'missing.txt'), '--seeds', dir).status, 1);

  const compared = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--compare', join(dir, 'records', name!), join(fixtures, 'tuning/records/t07-nuisance-calls.json')], { cwd: root, encoding: 'utf8' });
  t.match(compared, /\| all key fields \| 100\.0% \| 100\.0% \|/);
});
