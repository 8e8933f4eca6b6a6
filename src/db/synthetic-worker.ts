// bench:data's second thread (fillSyntheticFile in synthetic.ts): builds the derived tables that
// only read the data tables into a file of its own, from the committed rows of the database being
// built, while the main thread builds that database's indexes.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { buildDerived } from './synthetic.js';

const { source, target, statements } = workerData as { source: string; target: string; statements: string[] };
const port = parentPort!;
const db = new Database(target);
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -1000000');
db.pragma('temp_store = MEMORY');
// This file only: the source is being written by the main thread, and is read as WAL readers do.
db.pragma('main.locking_mode = EXCLUSIVE');
db.prepare('ATTACH ? AS source').run(source);

// The derived tables, created here as the migrations created them there: the statements' unqualified
// names then write to this file (searched first) and read the data tables from the source.
const names = statements.flatMap((statement) => /^INSERT INTO (\w+)/u.exec(statement)?.[1] ?? []);
const ddl = db.prepare('SELECT sql FROM source.sqlite_master WHERE name IN (SELECT value FROM json_each(?)) ORDER BY rowid').pluck().all(JSON.stringify(names)) as string[];
try {
  for (const sql of ddl) db.exec(sql);
  db.transaction(() => buildDerived(db, statements, { onPhase: (phase) => port.postMessage({ phase, at: Date.now() }) }))();
  port.postMessage({ done: true });
} catch (error) {
  // An error thrown out of a worker reaches the parent without its message.
  port.postMessage({ failed: `${(error as Error).name}: ${(error as Error).message}` });
} finally {
  db.close();
}
