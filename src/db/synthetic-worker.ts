// bench:data's second thread (fillSyntheticFile in synthetic.ts): builds the derived tables that
// only read the data tables into a file of its own, from the committed rows of the database being
// built, while the main thread builds that database's indexes.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { buildDerived, derivedStatementParts, useBulkLoadSettings } from './synthetic.js';

const { source, target, statements } = workerData as { source: string; target: string; statements: string[] };
const port = parentPort!;
let db: Database.Database | null = null;
try {
  db = new Database(target);
  useBulkLoadSettings(db); // this file's lock only: the source is read with an ordinary shared lock
  db.prepare('ATTACH ? AS source').run(source);
  const connection = db;
  connection.transaction(() => {
    // The derived tables, created here as the migrations created them there: the statements'
    // unqualified names then write to this file (searched first) and read the data tables from the
    // source. Reading the source's schema takes the shared lock that this transaction keeps.
    const names = statements.flatMap((statement) => derivedStatementParts(statement)?.table ?? []);
    const ddl = connection.prepare('SELECT sql FROM source.sqlite_master WHERE name IN (SELECT value FROM json_each(?)) ORDER BY rowid').pluck().all(JSON.stringify(names)) as string[];
    for (const sql of ddl) connection.exec(sql);
    port.postMessage({ reading: true });
    buildDerived(connection, statements, { onPhase: (phase) => port.postMessage({ phase, at: Date.now() }) });
  })();
  db.close();
  db = null;
  port.postMessage({ done: true });
} catch (error) {
  // An error thrown out of a worker reaches the parent without its message.
  db?.close();
  port.postMessage({ failed: `${(error as Error).name}: ${(error as Error).message}` });
}
