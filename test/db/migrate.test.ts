// `npm run db:migrate`: builds the database from the migrations, in one transaction, and a second
// run changes nothing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import t from 'tap';
import { migrateDatabase } from '../../src/db/connection.js';
import { readJournal } from '../../src/db/migrations.js';
import { root } from '../helper.js';

const run = promisify(execFile);
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const counts = (path: string) => {
  const db = new Database(path, { readonly: true });
  const tables = ['sources', 'regulators', 'organisations', 'people', 'incidents', 'penalties', 'statements', 'citations', 'penalties_search'];
  const result = Object.fromEntries(tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
  db.close();
  return result;
};

t.test('db:migrate builds the database at DATABASE_PATH, and a second run changes nothing', async (t) => {
  const path = join(t.testdir({}), 'nested', 'enforcement.db');
  const env = { ...process.env, DATABASE_PATH: path };
  const first = await run(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], { cwd: root, env });
  t.match(first.stdout, /migrated/);
  const { citations, ...rows } = counts(path);
  t.same(rows, { sources: 3, regulators: 1, organisations: 10, people: 5, incidents: 4, penalties: 5, statements: 9, penalties_search: 5 });
  t.ok(citations! > 100, `${citations} citations`);
  const before = digest(path);
  await run(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], { cwd: root, env });
  t.equal(digest(path), before, 'the file is byte-identical after a second run');

  const db = new Database(path, { readonly: true });
  const applied = db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  t.equal(applied.n, readJournal().entries.length, 'each migration applied once');
  db.close();
});

t.test('db:migrate refuses an invalid environment with one line', async (t) => {
  const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'loud' },
  }).catch((error: { code: number; stderr: string }) => error);
  t.equal((failed as { code: number }).code, 1);
  t.match((failed as { stderr: string }).stderr, /^invalid environment: LOG_LEVEL="loud": .*\n$/);
});

t.test('a migration that fails leaves nothing half-loaded', async (t) => {
  const dir = t.testdir({});
  const migrations = join(dir, 'migrations');
  cpSync(join(root, 'migrations'), migrations, { recursive: true });
  // Break the last statement of the seed-data migration: everything before it must roll back.
  const journal = readJournal(migrations);
  const last = journal.entries.at(-1)!;
  const file = join(migrations, `${last.tag}.sql`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}--> statement-breakpoint\nINSERT INTO "penalties" ("id") VALUES ('broken');\n`);
  const path = join(dir, 'enforcement.db');
  const failure = (() => {
    try {
      migrateDatabase(path, migrations);
    } catch (error) {
      return error as Error;
    }
    return null;
  })();
  t.match(String((failure?.cause as Error | undefined)?.message), /NOT NULL constraint failed/, 'the migration fails on the broken statement');
  t.ok(existsSync(path));
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'penalties'").all();
  t.same(tables, [], 'not even the schema was created');
  const applied = db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  t.equal(applied.n, 0, 'no migration recorded as applied');
  db.close();
});
