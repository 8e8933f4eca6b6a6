// `npm run bench:data` builds its database on two threads (fillSyntheticFile: a worker builds the
// full-text indexes and the penalty documents while the main thread builds the indexes); the tests'
// databases are built on one (fillSynthetic). The same seed must give the same database either way.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { migrateDatabase } from '../../src/db/connection.js';
import { fillSynthetic, fillSyntheticFile, useBulkLoadSettings } from '../../src/db/synthetic.js';
import { freshDatabase } from '../helper.js';

const options = { penalties: 3000, seed: 17 };
const onOneThread = freshDatabase(t);
const onTwoThreads = join(dirname(onOneThread), 'two-threads.db');
migrateDatabase(onTwoThreads);
const phases: { phase: string; at: number }[] = [];
{
  const db = new Database(onOneThread);
  fillSynthetic(db, options);
  db.close();
}
{
  // As bench:data opens it: the switch from its exclusive lock to the shared one the worker needs is part of what is tested.
  const db = new Database(onTwoThreads);
  useBulkLoadSettings(db);
  await fillSyntheticFile(db, { ...options, onPhase: (phase, at = Date.now()) => phases.push({ phase, at }) });
  db.close();
}

const one = new Database(onOneThread, { readonly: true });
const two = new Database(onTwoThreads);
t.teardown(() => {
  one.close();
  two.close();
});

// A full-text index's segments (its _data and _idx tables) are laid out by the order of its writes:
// the one-thread build deletes the seed articles' entries first, the worker writes into empty tables.
// What they index is compared instead, every term instance by instance.
const segments = /_search_(data|idx)$/u;
const fullTextIndexes = ['penalties_search', 'organisations_search', 'incidents_search'];

t.test('every table has the same rows, derived tables and planner statistics included', async (t) => {
  const tables = one.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all() as string[];
  t.same(two.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all(), tables);
  for (const table of tables.filter((name) => !segments.test(name))) {
    const columns = one.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number;
    const everything = `SELECT * FROM "${table}" ORDER BY ${Array.from({ length: columns }, (_, i) => i + 1).join(', ')}`;
    // The planner's statistics on the segment tables differ with their layout.
    const comparable = (rows: unknown[]) => (table.startsWith('sqlite_stat') ? rows.filter((row) => !segments.test((row as { tbl: string }).tbl)) : rows);
    const rows = comparable(one.prepare(everything).all());
    if (['penalties', 'penalty_documents', 'penalty_totals', 'sqlite_stat1'].includes(table) || table.endsWith('_search_content')) t.ok(rows.length > 0, `${table} has rows`);
    t.same(comparable(two.prepare(everything).all()), rows, table);
  }
});

t.test('the copied full-text indexes index the same words in the same places, and pass their integrity check', async (t) => {
  for (const index of fullTextIndexes) {
    const instances = (db: Database.Database) => {
      db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_instances USING fts5vocab(main, ${index}, instance)`);
      return db.prepare(`SELECT term, doc, col, offset FROM temp.${index}_instances ORDER BY term, doc, col, offset`).all();
    };
    const expected = instances(one);
    t.ok(expected.length > 1000, `${index}: ${expected.length} term instances`);
    t.same(instances(two), expected, index);
    t.doesNotThrow(() => two.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run(), `${index} integrity-check`);
  }
  const search = `SELECT rowid, rank FROM penalties_search WHERE penalties_search MATCH ? ORDER BY rank, rowid LIMIT 20`;
  for (const words of ['phishing', 'ransomware attack', 'undertaking']) {
    const found = one.prepare(search).all(words);
    t.ok(found.length > 0, words);
    t.same(two.prepare(search).all(words), found, words);
  }
});

t.test('the worker built while the main thread built the indexes, and left no file behind', async (t) => {
  const at = (name: string) => phases.find((p) => p.phase === name)?.at ?? NaN;
  t.same(
    phases.map((p) => p.phase).filter((p) => p.endsWith('_search') || p === 'penalty_documents'),
    ['penalties_search', 'organisations_search', 'incidents_search', 'penalty_documents'],
  );
  // The main thread's index transaction began after the worker began to read, and the worker's
  // largest table came after it: the main commit had to wait for the worker's read to end.
  t.ok(at('penalties_search') <= at('penalty_totals'), 'the worker was reading before the totals were built');
  t.ok(at('indexes') <= at('penalty_documents'), 'the indexes were being built while the worker worked');
  t.notOk(existsSync(`${onTwoThreads}-derived`));
});
