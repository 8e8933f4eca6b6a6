// The penalty totals table answers statistics and facets over year, type, status, regulator and
// currency exactly as a pass over every penalty does. Checked on 2,000 synthetic penalties for
// every grouping and facet with and without filters, and the table kept in step by the migrations.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import t from 'tap';
import { openReadOnly } from '../../src/db/connection.js';
import { type PenaltyGroupField, facetCounts, penaltyGroupFields, penaltyRows, penaltyStatistics, penaltyTotalFields, penaltyTotalRows } from '../../src/db/queries/aggregates.js';
import { createRepositories } from '../../src/db/queries/index.js';
import { answeredByTotals } from '../../src/db/queries/penalties.js';
import { StatementCache, oneOfFilter } from '../../src/db/queries/shared.js';
import * as schema from '../../src/db/schema.js';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase } from '../helper.js';

t.test('the seed data migration fills the totals: one count per penalty', async (t) => {
  const sqlite = openReadOnly(freshDatabase(t));
  t.teardown(() => sqlite.close());
  const { penalties } = sqlite.prepare('SELECT count(*) AS penalties FROM penalties').get() as { penalties: number };
  const { counted } = sqlite.prepare('SELECT sum(count) AS counted FROM penalty_totals').get() as { counted: number };
  t.ok(penalties > 0);
  t.equal(counted, penalties);
});

t.test('on 2,000 synthetic penalties, the totals answer as every penalty does', async (t) => {
  const path = freshDatabase(t);
  const writable = new Database(path);
  fillSynthetic(writable, { penalties: 2000, seed: 13 });
  writable.close();
  const sqlite = openReadOnly(path);
  t.teardown(() => sqlite.close());
  const db = drizzle(sqlite, { schema });
  const cache = new StatementCache();
  const rows = (sqlite.prepare('SELECT count(*) AS n FROM penalty_totals').get() as { n: number }).n;
  t.ok(rows > 0 && rows < 2000, `${rows} total rows stand for 2,000 penalties`);

  const fields = Object.keys(penaltyTotalFields) as PenaltyGroupField[];
  const filterSets: [string, [string, string[]][]][] = [
    ['no filter', []],
    ['type', [['type', ['monetary_penalty', 'reprimand']]]],
    ['status and currency', [['status', ['imposed']], ['currency', ['GBP', 'EUR']]]],
    ['regulator', [['regulator', ['ico']]]],
  ];
  const column = { type: 'type', status: 'status', regulator: 'regulator_id', currency: 'currency' } as const;
  for (const [label, filters] of filterSets) {
    const overRows = filters.map(([name, values]) => oneOfFilter(name, schema.penalties[column[name as keyof typeof column]], values));
    const overTotals = filters.map(([name, values]) => oneOfFilter(name, schema.penaltyTotals[column[name as keyof typeof column]], values));
    for (const first of fields) {
      for (const groupBy of [[first], ...fields.filter((f) => f !== first).map((second) => [first, second])]) {
        t.same(penaltyStatistics(db, cache, penaltyTotalRows, groupBy, overTotals), penaltyStatistics(db, cache, penaltyRows, groupBy, overRows), `${label}: group_by=${groupBy.join(',')}`);
      }
    }
    t.same(facetCounts(db, cache, penaltyTotalRows, penaltyTotalFields, fields, overTotals), facetCounts(db, cache, penaltyRows, penaltyGroupFields, fields, overRows), `${label}: facets`);
  }

  // The repository takes the totals exactly when they keep every filter and field asked for.
  t.ok(answeredByTotals({}, ['year', 'type']));
  t.ok(answeredByTotals({ type: ['reprimand'], status: ['imposed'], regulator: ['ico'], currency: ['GBP'] }, ['currency']));
  t.ok(answeredByTotals({ organisation: [], q: undefined }, ['status']), 'an empty or unset filter is no filter');
  t.notOk(answeredByTotals({}, ['organisation']), 'organisations are not in the totals');
  for (const filter of [{ organisation: ['org-0000001'] }, { incident: 'x' }, { min_amount_minor: 1 }, { from_day: '2019-01-01' }, { q: 'data' }, { amount_qualifier: ['exact'] }]) {
    t.notOk(answeredByTotals(filter, ['year']), `${Object.keys(filter)[0]} needs every penalty`);
  }
  const repositories = createRepositories(sqlite);
  const all = repositories.penalties.statistics({}, ['year']);
  t.equal(all.total.count, 2000);
  const withAmount = repositories.penalties.statistics({ currency: ['GBP'], min_amount_minor: 1 }, ['year']);
  t.ok(withAmount.total.count < all.total.count, 'an amount filter is applied: it reads the penalties');
});
