// The full-text indexes give each row the rowid of the record it indexes, and searches join on it
// (src/db/queries/search.ts). Checked on the seed dataset and on synthetic data: every index row
// lines up with its record, and a search returns, over all its pages and in any order, exactly the
// records whose indexed text matches.
import Database from 'better-sqlite3';
import t from 'tap';
import { openReadOnly } from '../../src/db/connection.js';
import { rebuildDerivedStatements } from '../../src/db/derived-tables.js';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase, testApp } from '../helper.js';

const indexes = [
  { records: 'penalties', index: 'penalties_search', id: 'penalty_id', sorts: ['relevance', '-date', 'amount'] },
  { records: 'organisations', index: 'organisations_search', id: 'organisation_id', sorts: ['relevance', 'name'] },
  { records: 'incidents', index: 'incidents_search', id: 'incident_id', sorts: ['relevance', '-date'] },
] as const;

function misaligned(path: string) {
  const sqlite = openReadOnly(path, { holdLock: false });
  try {
    return indexes.map(({ records, index, id }) => {
      const counts = sqlite.prepare(`SELECT (SELECT count(*) FROM ${records}) AS records, (SELECT count(*) FROM ${index}) AS indexed`).get() as { records: number; indexed: number };
      const wrong = sqlite.prepare(`SELECT count(*) AS n FROM ${index} s LEFT JOIN ${records} r ON r.rowid = s.rowid WHERE r.id IS NOT s.${id}`).get() as { n: number };
      return { index, ...counts, wrong: wrong.n };
    });
  } finally {
    sqlite.close();
  }
}

t.test('the seed dataset: each index row has its record’s rowid', async (t) => {
  for (const row of misaligned(freshDatabase(t))) {
    t.ok(row.records > 0, `${row.index}: records to index`);
    t.same(row, { index: row.index, records: row.records, indexed: row.records, wrong: 0 }, `${row.index}: one row per record, on its rowid`);
  }
});

t.test('synthetic data with gaps in the rowids: a search finds exactly the records whose text matches, over every page and sort', async (t) => {
  const path = freshDatabase(t);
  const writable = new Database(path);
  fillSynthetic(writable, { penalties: 3000, seed: 21 });
  // Removed records leave gaps in the rowids, which index rows numbered in insertion order would
  // not follow: the indexes must be built on the records' own rowids.
  writable.transaction(() => {
    writable.prepare('DELETE FROM citations WHERE penalty_id IN (SELECT id FROM penalties WHERE rowid % 7 = 3)').run();
    writable.prepare('DELETE FROM penalties WHERE rowid % 7 = 3').run();
    for (const statement of rebuildDerivedStatements) writable.prepare(statement).run();
  })();
  writable.close();
  for (const row of misaligned(path)) t.same(row, { index: row.index, records: row.records, indexed: row.records, wrong: 0 }, `${row.index}: one row per record, on its rowid`);

  const sqlite = openReadOnly(path, { holdLock: false });
  const expected = (index: string, id: string, match: string) =>
    (sqlite.prepare(`SELECT ${id} AS id FROM ${index} WHERE ${index} MATCH ?`).all(match) as { id: string }[]).map((r) => r.id).sort();
  const wanted = Object.fromEntries(indexes.map(({ index, id }) => [index, expected(index, id, '"Northwind"')]));
  sqlite.close();

  const { get } = await testApp(t, path);
  for (const { records, index, sorts } of indexes) {
    t.ok(wanted[index]!.length > 50, `${records}: ${wanted[index]!.length} match, more than a page`);
    for (const sort of sorts) {
      const found: string[] = [];
      let url: string | null = `/${records}?q=Northwind&sort=${sort}&limit=50`;
      while (url) {
        const response = await get(url);
        t.equal(response.statusCode, 200, url);
        const body = response.json();
        found.push(...body.data.map((record: { id: string }) => record.id));
        url = body.next_cursor ? `/${records}?q=Northwind&sort=${sort}&limit=50&cursor=${body.next_cursor}` : null;
      }
      t.same(found.slice().sort(), wanted[index], `${records}, sort=${sort}: the matching records, each once`);
    }
  }
});
