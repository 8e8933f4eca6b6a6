// npm run bench:data -- --out <path> --penalties <n> [--seed <n>]
// Builds a separate database through the same migrations, filled with deterministic synthetic data
// of the dataset's shape (src/db/synthetic.ts). Refuses to write over the embedded default.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { migrateDatabase } from '../db/connection.js';
import { fillSyntheticFile, useBulkLoadSettings } from '../db/synthetic.js';

const { values } = parseArgs({ options: { out: { type: 'string' }, penalties: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' } } });
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
if (!values.out) fail('usage: npm run bench:data -- --out <path> --penalties <n> [--seed <n>]');
const out = resolve(values.out!);
if (out === resolve('data/enforcement.db')) fail('refusing to overwrite the embedded database, data/enforcement.db: choose another --out');
const penalties = Number(values.penalties);
if (!Number.isSafeInteger(penalties) || penalties < 1) fail(`--penalties must be a positive whole number, not ${values.penalties}`);

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
for (const suffix of ['', '-journal', '-wal', '-shm']) if (existsSync(out + suffix)) rmSync(out + suffix);
migrateDatabase(out);

const db = new Database(out);
useBulkLoadSettings(db);

const tty = process.stdout.isTTY;
let reported = 0;
try {
  await fillSyntheticFile(db, {
    penalties,
    seed: Number(values.seed),
    onProgress: (done, total) => {
      const share = done / total;
      if (tty) {
        const width = 30;
        process.stdout.write(`\r[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${(share * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-GB')} penalties, ${seconds()} s`);
        if (done === total) process.stdout.write('\n');
      } else if (share >= reported + 0.1 || done === total) {
        reported = share;
        console.log(`${(share * 100).toFixed(0)}%: ${done.toLocaleString('en-GB')} penalties, ${seconds()} s`);
      }
    },
    onPhase: (phase, at = Date.now()) => console.log(`${phase}… (${((at - started) / 1000).toFixed(1)} s)`),
  });
} catch (error) {
  // Half-built, the file would pass for a benchmark database.
  db.close();
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(out + suffix, { force: true });
  fail(`bench:data failed, and ${out} was deleted: ${(error as Error).message}`);
}
db.pragma('journal_mode = DELETE');
db.close();
console.log(`wrote ${out}: ${penalties.toLocaleString('en-GB')} penalties in ${seconds()} s`);
