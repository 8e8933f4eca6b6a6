// npm run seeds:compile [-- --check] [-- --seeds <dir>]
// Compiles seeds/ into the seed-data migration. With --check, changes nothing and exits 1 when the
// committed migration is not what seeds/ compiles to. A bad record exits 1 naming file, path, reason.
// --seeds reads another folder laid out like seeds/ (the tests use it on altered copies).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { latestSeedMigration, migrationsFolder, journalPath, readJournal, seedMigrationSuffix } from '../db/migrations.js';
import { SeedCompileError, compileSeeds } from '../seeds/compile.js';
import { datasetSql } from '../seeds/sql.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: options } = parseArgs({
  options: { check: { type: 'boolean', default: false }, seeds: { type: 'string', default: join(root, 'seeds') } },
});
const check = options.check;

let sql: string;
try {
  sql = datasetSql(compileSeeds(options.seeds));
} catch (error) {
  if (!(error instanceof SeedCompileError)) throw error;
  console.error(`seeds do not compile (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${error.message}`);
  process.exit(1);
}

const latest = latestSeedMigration();
if (latest && existsSync(latest.file) && readFileSync(latest.file, 'utf8') === sql) {
  console.log(`up to date: migrations/${latest.entry.tag}.sql`);
  process.exit(0);
}
if (check) {
  console.error('the seed-data migration is stale: run `npm run seeds:compile` and commit migrations/');
  process.exit(1);
}

const committed = (file: string) => {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', file], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const writeAtomically = (file: string, content: string) => {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
};

const journal = readJournal();
const last = journal.entries.at(-1);
if (latest && last?.tag === latest.entry.tag && !committed(latest.file)) {
  // Not landed yet: rewrite it in place, and date it now so databases that applied the draft apply it again.
  last.when = Date.now();
  writeAtomically(journalPath(), `${JSON.stringify(journal, null, 2)}\n`);
  writeAtomically(latest.file, sql);
  console.log(`rewrote migrations/${latest.entry.tag}.sql (not yet committed)`);
} else {
  // A landed migration is never edited: the new dataset replaces the old one in a new migration.
  execFileSync('npx', ['drizzle-kit', 'generate', '--custom', `--name=${seedMigrationSuffix.slice(1)}`], { cwd: root, stdio: 'inherit' });
  const created = latestSeedMigration();
  if (!created || created.entry.tag === latest?.entry.tag) throw new Error(`drizzle-kit did not create a migration in ${migrationsFolder}`);
  writeAtomically(created.file, sql);
  console.log(`wrote migrations/${created.entry.tag}.sql`);
}
