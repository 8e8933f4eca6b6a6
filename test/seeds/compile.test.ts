// The compile step from seeds/ to the dataset: the real seeds compile, and each kind of bad data
// stops it with the file, the path inside the record and the reason.
import { readFileSync, writeFileSync, unlinkSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { SeedCompileError, compileSeeds } from '../../src/seeds/compile.js';
import { copyOfSeeds, seedsDir } from '../helper.js';

const staysure = '000_f2d0d3df44b55b27';
const coop = '001_61ef0a75b2dd9353';
const ticketmaster = '002_075003a18688f306';

type Json = Record<string, any>;

/** Compiles a copy of seeds/ in which one record has been changed by `change`. */
function compileChanged(t: Test, record: string, change: (json: Json) => void) {
  const dir = copyOfSeeds(t);
  const file = join(dir, 'records', `${record}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return () => compileSeeds(dir);
}

function problemsOf(compile: () => unknown): SeedCompileError['problems'] {
  try {
    compile();
  } catch (error) {
    if (error instanceof SeedCompileError) return error.problems;
    throw error;
  }
  return [];
}

t.test('the committed seeds compile to the dataset the articles state', async (t) => {
  const { tables, version } = compileSeeds(seedsDir);
  const table = (name: string) => tables.find(([n]) => n === name)![1];
  t.match(version, /^[0-9a-f]{16}$/);
  t.same(
    table('sources').map((s) => s.file_name),
    [`${coop}.txt`, `${staysure}.txt`, `${ticketmaster}.txt`],
    'one source per article, in id order',
  );
  const penalties = new Map(table('penalties').map((p) => [p.id, p]));
  t.match(penalties.get('staysure-monetary-penalty'), { amount_minor: 17_500_000, currency: 'GBP', amount_text: '£175,000' });
  t.match(penalties.get('ticketmaster-monetary-penalty'), { amount_minor: 165_000_000, currency: 'USD', status: 'under_appeal' });
  t.match(penalties.get('co-operative-life-planning-undertaking'), { type: 'undertaking', amount_minor: null, legal_basis: 'Data Protection Act' });
  t.match(penalties.get('british-airways-monetary-penalty'), { supersedes_penalty_id: 'british-airways-proposed-monetary-penalty', status: 'imposed' });
  t.same(table('penalty_amount_equivalents'), [
    { penalty_id: 'british-airways-proposed-monetary-penalty', amount_minor: 18_300_000_000, currency: 'GBP', amount_text: '£183 million', amount_qualifier: 'exact' },
  ]);
  const order = table('penalties').map((p) => p.id);
  t.ok(order.indexOf('british-airways-proposed-monetary-penalty') < order.indexOf('british-airways-monetary-penalty'), 'a superseded penalty is inserted first');
});

t.test('compiling is deterministic', async (t) => {
  t.same(compileSeeds(seedsDir), compileSeeds(seedsDir));
});

const cases: [string, string, (json: Json) => void, { path: string | RegExp; reason: RegExp }][] = [
  ['an unknown enum value', staysure, (j) => (j.penalties[0].type = 'fine'), { path: 'penalties[0].type', reason: /Invalid option/ }],
  ['a quote that is not in the article', staysure, (j) => (j.organisations[0].citations[0].quote = 'has fined a travel insurer £175,001'), { path: 'organisations[0].citations[0]', reason: /quote not found in seeds\/articles\/000_f2d0d3df44b55b27\.txt/ }],
  ['a quote with straight quotes where the article has curly ones', staysure, (j) => (j.regulators[0].citations[0].quote = "The Information Commissioner's Office (ICO)"), { path: 'regulators[0].citations[0]', reason: /quote not found/ }],
  ['a dangling reference', staysure, (j) => (j.penalties[0].organisation_id = 'nobody'), { path: 'penalties[0].organisation_id', reason: /no organisation has the id "nobody"/ }],
  ['a float amount', staysure, (j) => (j.penalties[0].amount.amount_minor = 17_500_000.5), { path: 'penalties[0].amount.amount_minor', reason: /whole number of minor units/ }],
  ['a negative amount', staysure, (j) => (j.penalties[0].amount.amount_minor = -17_500_000), { path: 'penalties[0].amount.amount_minor', reason: /must not be negative/ }],
  ['an amount its words do not say', staysure, (j) => (j.penalties[0].amount.amount_minor = 175_000), { path: 'penalties[0].amount.amount_minor', reason: /"£175,000" is 17500000 minor units, not 175000/ }],
  ['a currency its words do not say', staysure, (j) => (j.penalties[0].amount.currency = 'EUR'), { path: 'penalties[0].amount.currency', reason: /is in GBP, not EUR/ }],
  ['an amount text that is not in the quotes cited for it', staysure, (j) => (j.penalties[0].amount.amount_text = '£175,000.00'), { path: 'penalties[0].amount.amount_text', reason: /in none of its quotes/ }],
  ['a duplicate slug', staysure, (j) => j.organisations.push({ ...j.organisations[1] }), { path: 'organisations[2].id', reason: /duplicate id "viasat-uk"/ }],
  ['a slug that is not a slug', staysure, (j) => (j.organisations[1].id = 'ViaSat UK'), { path: 'organisations[1].id', reason: /must be a slug/ }],
  ['an unknown key (a typo)', staysure, (j) => (j.penalties[0].ammount = j.penalties[0].amount), { path: 'penalties[0]', reason: /Unrecognized key.*ammount/ }],
  ['a field that is not cited', coop, (j) => (j.penalties[0].citations[0].field = ['regulator', 'organisation', 'summary']), { path: 'penalties[0].legal_basis', reason: /is not cited/ }],
  ['a citation naming a field the record does not have', coop, (j) => (j.penalties[0].citations[0].field = 'fine'), { path: 'penalties[0].citations[0].field', reason: /"fine" is not a field of a penalty/ }],
  ['a quote that occurs twice, without its offset', coop, (j) => delete j.penalties[0].citations[0].start, { path: 'penalties[0].citations[0]', reason: /occurs 2 times in the article \(at 139, 268\); give "start"/ }],
  ['a wrong offset', coop, (j) => (j.penalties[0].citations[0].start = 5), { path: 'penalties[0].citations[0].start', reason: /not at offset 5; it occurs at 139, 268/ }],
  ['a date its words do not say', staysure, (j) => (j.incidents[0].occurred_from.date = '2013-11'), { path: 'incidents[0].occurred_from', reason: /reads as 2013-10 \(month\), not 2013-11 \(month\)/ }],
  ['a date at a precision its words do not give', staysure, (j) => (j.incidents[0].occurred_from = { date: '2013-10-01', precision: 'day', text: 'October 2013' }), { path: 'incidents[0].occurred_from', reason: /not 2013-10-01 \(day\)/ }],
  ['a count its words do not say', ticketmaster, (j) => (j.incidents[0].quantities[0].value = 9_000_001), { path: 'incidents[0].quantities[0].value', reason: /"more than nine million" is 9000000/ }],
  ['a qualifier its words do not say', ticketmaster, (j) => (j.incidents[0].quantities[0].qualifier = 'exact'), { path: 'incidents[0].quantities[0].qualifier', reason: /is more_than, not exact/ }],
  ['a unit its words do not say', ticketmaster, (j) => (j.incidents[0].quantities[3].unit = 'days'), { path: 'incidents[0].quantities[3].unit', reason: /counts weeks, not days/ }],
  ['an entity that two articles describe differently', coop, (j) => (j.regulators[0].abbreviation = 'IC'), { path: /regulators\[0\]\.abbreviation/, reason: /is "IC" here but "ICO" in/ }],
  ['a supersession cycle', ticketmaster, (j) => (j.penalties[1].supersedes_penalty_id = 'british-airways-monetary-penalty'), { path: /penalties\[\d\]\.supersedes_penalty_id/, reason: /cycle/ }],
];

for (const [name, record, change, expected] of cases) {
  t.test(`refuses ${name}`, async (t) => {
    const problems = problemsOf(compileChanged(t, record, change));
    const file = new RegExp(`seeds/records/${record}\\.json$`);
    const atPath = (path: string) => (typeof expected.path === 'string' ? path === expected.path : expected.path.test(path));
    t.ok(
      problems.some((p) => file.test(p.file) && atPath(p.path) && expected.reason.test(p.reason)),
      `names the file, ${expected.path} and the reason`,
      { problems },
    );
  });
}

t.test('refuses a record that is not JSON', async (t) => {
  const dir = copyOfSeeds(t);
  writeFileSync(join(dir, 'records', `${staysure}.json`), '{ "source": ');
  t.match(problemsOf(() => compileSeeds(dir)), [{ file: /000_f2d0d3df44b55b27\.json$/, path: '', reason: /not valid JSON/ }]);
});

t.test('refuses an article without a record, and a record without an article', async (t) => {
  const dir = copyOfSeeds(t);
  copyFileSync(join(dir, 'articles', `${staysure}.txt`), join(dir, 'articles', '003_new.txt'));
  unlinkSync(join(dir, 'articles', `${coop}.txt`));
  const problems = problemsOf(() => compileSeeds(dir));
  t.match(problems, [{ file: /articles\/003_new\.txt$/, reason: /no record/ }, { file: /001_61ef0a75b2dd9353\.json$/, reason: /no article/ }]);
});

t.test('reports every problem at once, not just the first', async (t) => {
  const problems = problemsOf(
    compileChanged(t, staysure, (j) => {
      j.penalties[0].type = 'fine';
      j.organisations[0].sector = 'travel';
    }),
  );
  t.equal(problems.length, 2);
});
