// The seed-data migration is generated from seeds/: the committed one must be what seeds/ compiles
// to today, and the compile command must say so, or say what is wrong, through its exit code.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { latestSeedMigration } from '../../src/db/migrations.js';
import { compileSeeds } from '../../src/seeds/compile.js';
import { datasetSql } from '../../src/seeds/sql.js';
import { copyOfSeeds, root, seedsDir } from '../helper.js';

const run = promisify(execFile);

async function compileCommand(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/compile-seeds.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

t.test('the committed seed-data migration is what seeds/ compiles to', async (t) => {
  const latest = latestSeedMigration();
  t.ok(latest, 'there is a seed-data migration');
  t.equal(readFileSync(latest!.file, 'utf8'), datasetSql(compileSeeds(seedsDir)), 'stale: run `npm run seeds:compile` and commit migrations/');
});

t.test('the same seeds compile to byte-identical SQL', async (t) => {
  t.equal(datasetSql(compileSeeds(seedsDir)), datasetSql(compileSeeds(copyOfSeeds(t))));
});

t.test('`seeds:compile --check` passes on the committed seeds', async (t) => {
  const result = await compileCommand('--check');
  t.equal(result.code, 0, result.stderr);
  t.match(result.stdout, /up to date/);
});

t.test('`seeds:compile --check` fails when seeds/ changed and the migration was not regenerated', async (t) => {
  const dir = copyOfSeeds(t);
  const file = join(dir, 'records', '000_f2d0d3df44b55b27.json');
  const record = JSON.parse(readFileSync(file, 'utf8'));
  record.penalties[0].summary = `${record.penalties[0].summary} (edited)`;
  writeFileSync(file, JSON.stringify(record));
  const result = await compileCommand('--check', '--seeds', dir);
  t.equal(result.code, 1);
  t.match(result.stderr, /stale/);
});

t.test('`seeds:compile` exits non-zero on bad data, naming file, path and reason', async (t) => {
  const dir = copyOfSeeds(t);
  const file = join(dir, 'records', '000_f2d0d3df44b55b27.json');
  const record = JSON.parse(readFileSync(file, 'utf8'));
  record.penalties[0].amount.amount_minor = 1.5;
  writeFileSync(file, JSON.stringify(record));
  const result = await compileCommand('--seeds', dir);
  t.equal(result.code, 1);
  t.match(result.stderr, /seeds\/records\/000_f2d0d3df44b55b27\.json: penalties\[0\]\.amount\.amount_minor: must be a whole number/);
  t.equal(readFileSync(latestSeedMigration()!.file, 'utf8'), datasetSql(compileSeeds(seedsDir)), 'the migration is untouched');
});
