// Every documented filter and sort is served by an index: EXPLAIN QUERY PLAN for each
// combination, on a generated database with planner statistics (ANALYZE), must not scan
// penalties, organisations or incidents (or another large table) row by row.
// QUERY_PLAN_DB=<path> runs it on a database built by `npm run bench:data` (the 1M-row one).
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { openReadOnly } from '../../src/db/connection.js';
import { createRepositories } from '../../src/db/queries/index.js';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase } from '../helper.js';

const path = process.env.QUERY_PLAN_DB ?? freshDatabase(t);
if (!process.env.QUERY_PLAN_DB) {
  const db = new Database(path);
  // 45,000: enough for more than COUNT_CAP (10,000) amounts in one currency, which a wide amount
  // range sorted by date reads along the dates rather than through the amount index.
  fillSynthetic(db, { penalties: 45_000, seed: 9 });
  db.close();
}

// Every statement the repositories prepare, recorded as they prepare it.
const sqlite = openReadOnly(path);
t.teardown(() => sqlite.close());
const prepared: string[] = [];
const prepare = sqlite.prepare.bind(sqlite);
sqlite.prepare = ((source: string) => {
  prepared.push(source);
  return prepare(source);
}) as typeof sqlite.prepare;
const repositories = createRepositories(sqlite);

const someOrganisation = (sqlite.prepare('SELECT organisation_id AS id FROM penalties LIMIT 1').get() as { id: string }).id;
const somePenalty = (sqlite.prepare('SELECT id FROM penalties LIMIT 1').get() as { id: string }).id;
const someIncident = (sqlite.prepare('SELECT id FROM incidents LIMIT 1').get() as { id: string }).id;

const penaltyFilters = {
  none: {},
  type: { type: ['reprimand'] },
  'type (two)': { type: ['reprimand', 'undertaking'] },
  status: { status: ['imposed'] },
  organisation: { organisation: [someOrganisation] },
  regulator: { regulator: ['cnil'] },
  incident: { incident: someIncident },
  currency: { currency: ['EUR'] },
  'currency + amount range': { currency: ['GBP'], min_amount_minor: 10_000_000, max_amount_minor: 50_000_000 },
  'currency + wide amount range': { currency: ['GBP'], min_amount_minor: 100, max_amount_minor: 1e15 },
  amount_qualifier: { amount_qualifier: ['more_than'] },
  'from/to': { from_day: '2015-01-01', to_day: '2015-12-31' },
  q: { q: 'phishing' },
};
const penaltySorts = ['date', '-date', 'amount', '-amount', 'id'] as const;

function planOf(source: string): string[] {
  // The plan is chosen without the values; every placeholder gets NULL.
  const placeholders = source.split('?').length - 1;
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...new Array(placeholders).fill(null)) as { detail: string }[]).map((row) => row.detail);
}

// A statement scans a table row by row when its plan says SCAN <table> without an index.
const largeTables = /^(penalties|penalty_documents|organisations|incidents|citations|incident_parties|incident_quantities|incident_data_categories|organisation_aliases|statements|supersedes|superseded_by)$/u;
function fullScans(source: string): string[] {
  return planOf(source).filter((detail) => {
      const scan = /^SCAN (\S+)/u.exec(detail);
      return scan && largeTables.test(scan[1]!) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/u.test(detail);
    });
}

function check(t: Test, name: string, run: () => unknown, options: { ordered?: boolean } = {}) {
  const before = prepared.length;
  run();
  const statements = [...new Set(prepared.slice(before))];
  for (const source of statements) {
    const scans = fullScans(source);
    t.same(scans, [], `${name}: ${source.slice(0, 90).replace(/\s+/gu, ' ')}…`);
    // A page of a sorted list reads an index in the sort's order and stops at the page: sorting
    // every row the filter matched (a temp B-tree) would cost as much as the rows it matched.
    if (options.ordered && /^select "id", /u.test(source) && / limit \?$/u.test(source)) {
      t.notMatch(planOf(source).join('\n'), /TEMP B-TREE FOR ORDER BY/u, `${name}: the page is read in order`);
    }
  }
}

t.test('/penalties: every filter with every sort, and relevance', async (t) => {
  // Filters whose rows cannot come out of one index in every order: several values at once, a
  // range on one key sorted by another, an incident's handful of penalties, text search.
  const ranges = ['from/to', 'currency + amount range', 'currency + wide amount range'];
  const unordered = (name: string, sort: string) =>
    name === 'type (two)' ||
    name === 'incident' ||
    name === 'q' ||
    (name === 'from/to' && !sort.includes('date')) ||
    (name === 'currency + amount range' && !sort.includes('amount')) ||
    (name === 'currency + wide amount range' && sort === 'id') ||
    (ranges.includes(name) && sort === 'id');
  for (const [name, filters] of Object.entries(penaltyFilters)) {
    for (const sort of penaltySorts) {
      check(
        t,
        `${name}, sort=${sort}`,
        () => {
          const first = repositories.penalties.list(filters, sort, null, 50);
          if (first.next) repositories.penalties.list(filters, sort, first.next, 50);
        },
        { ordered: !unordered(name, sort) },
      );
    }
  }
  check(t, 'q, sort=relevance, with snippets', () => repositories.penalties.list({ q: 'phishing' }, 'relevance', null, 50, true));
  check(t, 'facets', () => repositories.penalties.facets({ type: ['reprimand'] }, ['year', 'type', 'status', 'organisation', 'regulator', 'currency']));
  check(t, 'statistics', () => repositories.penalties.statistics({ currency: ['GBP'] }, ['year', 'type']));
  check(t, 'one penalty', () => repositories.penalties.detailDocument(somePenalty));
});

t.test('/organisations and /incidents: every filter with every sort', async (t) => {
  const organisationFilters = { none: {}, name: { name: 'Acme' }, sector: { sector: ['banking'] }, role: { role: ['vendor'] }, country: { country: 'IE' }, penalised: { penalised: true }, q: { q: 'bank' } };
  for (const [name, filters] of Object.entries(organisationFilters)) {
    for (const sort of ['name', '-name', 'id'] as const) check(t, `organisations ${name}, sort=${sort}`, () => repositories.organisations.list(filters, sort, null, 50));
  }
  check(t, 'one organisation', () => repositories.organisations.get(someOrganisation));
  const incidentFilters = { none: {}, organisation: { organisation: [someOrganisation] }, role: { role: ['vendor'] }, data_category: { data_category: ['names'] }, 'from/to': { from_day: '2015-01-01', to_day: '2016-12-31' }, q: { q: 'ransomware' } };
  for (const [name, filters] of Object.entries(incidentFilters)) {
    for (const sort of ['date', '-date', 'name', 'id'] as const) check(t, `incidents ${name}, sort=${sort}`, () => repositories.incidents.list(filters, sort, null, 50));
  }
  check(t, 'one incident', () => repositories.incidents.get(someIncident));
});

t.test('an amount range sorted by date gives the same pages whichever way it is read', async (t) => {
  // The wide range has more than COUNT_CAP matches and is read along the dates; the narrow one
  // through the amount index. Either way the pages are those of a plain ORDER BY.
  const expected = sqlite.prepare(
    `SELECT id FROM penalties WHERE currency = 'GBP' AND amount_minor BETWEEN ? AND ? ORDER BY issued_start IS NULL, issued_start DESC, id DESC`,
  );
  for (const [name, min, max] of [['wide', 100, 1e15], ['narrow', 10_000_000, 12_000_000]] as const) {
    const ids: string[] = [];
    let after = null;
    do {
      const page = repositories.penalties.list({ currency: ['GBP'], min_amount_minor: min, max_amount_minor: max }, '-date', after, 500);
      ids.push(...page.documents.map((document) => (JSON.parse(document) as { id: string }).id));
      after = page.next;
    } while (after && ids.length < 3000);
    const all = (expected.all(min, max) as { id: string }[]).map((row) => row.id);
    t.ok(name === 'narrow' || all.length > 10_000, `${name}: ${all.length} in range`);
    if (name === 'wide') {
      // Statements are prepared once per shape: the ones that read amounts along the dates.
      const pages = prepared.filter((source) => /^select "id", /u.test(source) && source.includes('+"penalties"."amount_minor"'));
      const alongDates = (plan: string) => /USING (COVERING )?INDEX penalties_(currency_)?issued_idx/u.test(plan) && !/amount_idx|TEMP B-TREE/u.test(plan);
      t.ok(pages.length > 0 && pages.every((source) => alongDates(planOf(source).join('\n'))), 'read along a date index, in order', { plans: pages.map(planOf) });
    }
    t.same(ids, all.slice(0, ids.length), `${name}: the first ${ids.length} in order`);
  }
});
