// The server as a process: start-up faults end in one line and a non-zero exit; SIGTERM and
// SIGINT finish what is in flight, close the database and exit 0; one log line per request.
import { get as httpGet } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { readJournal } from '../src/db/migrations.js';
import { fillSynthetic } from '../src/db/synthetic.js';
import { failedStart, freshDatabase, startServer } from './helper.js';

const oneLine = (text: string) => text.trim().split('\n').length === 1;
const known = readJournal().entries.length;

t.test('start-up faults: one line, non-zero exit', async (t) => {
  const dir = t.testdir({ 'a-file': 'not a directory' });

  const invalid = await failedStart({ PORT: 'eighty', DATABASE_PATH: join(dir, 'x.db') });
  t.equal(invalid.code, 1);
  t.ok(oneLine(invalid.stderr), invalid.stderr);
  t.match(invalid.stderr, /^invalid environment: PORT="eighty"/);

  // A path that cannot be created (its parent is a file), so the needed migration cannot run.
  const unwritable = await failedStart({ DATABASE_PATH: join(dir, 'a-file', 'enforcement.db') });
  t.equal(unwritable.code, 1);
  t.ok(oneLine(unwritable.stderr), unwritable.stderr);
  t.match(unwritable.stderr, /^cannot use the database at .*a-file\/enforcement\.db: /);

  const corrupt = join(dir, 'corrupt.db');
  writeFileSync(corrupt, 'these are not the bytes of a SQLite database, however long they go on'.repeat(100));
  const notADatabase = await failedStart({ DATABASE_PATH: corrupt });
  t.equal(notADatabase.code, 1);
  t.ok(oneLine(notADatabase.stderr), notADatabase.stderr);
  t.match(notADatabase.stderr, /file is not a database/);

  const newer = freshDatabase(t);
  const db = new Database(newer);
  db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.parse('2099-01-01'));
  db.close();
  const ahead = await failedStart({ DATABASE_PATH: newer });
  t.equal(ahead.code, 1);
  t.ok(oneLine(ahead.stderr), ahead.stderr);
  t.match(ahead.stderr, `was migrated by a newer version of this API (${known + 1} migrations, the newest from 2099-01-01T00:00:00.000Z; this version knows ${known})`);
});

t.test('a fresh path is created and migrated at start; a current database is opened read-only', async (t) => {
  const dir = join(t.testdir({}), 'nested', 'data');
  mkdirSync(dir, { recursive: true });
  const server = await startServer({ DATABASE_PATH: join(dir, 'enforcement.db') });
  t.teardown(() => server.child.kill('SIGKILL'));
  const body = await (await fetch(`${server.baseUrl}/readyz`)).json();
  t.match(body, { status: 'ready', migrations: known });
});

t.test('one structured log line per request, with the request id', async (t) => {
  const server = await startServer({ DATABASE_PATH: freshDatabase(t) });
  t.teardown(() => server.child.kill('SIGKILL'));
  await fetch(`${server.baseUrl}/penalties?limit=1`, { headers: { 'x-request-id': 'journalist-7' } });
  await fetch(`${server.baseUrl}/nowhere`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const lines = server
    .output()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.msg === 'request');
  t.equal(lines.length, 2, 'one line per request, no "incoming"/"completed" pair');
  t.match(lines[0], { request_id: 'journalist-7', method: 'GET', url: '/penalties?limit=1', status: 200, duration_ms: Number });
  t.match(lines[1], { status: 404, request_id: /^[0-9a-f-]{36}$/ });
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  t.test(`${signal}: stops accepting, finishes what is in flight, exits 0 within 10 s`, async (t) => {
    const path = freshDatabase(t);
    const db = new Database(path);
    fillSynthetic(db, { penalties: 20_000, seed: 5 });
    db.close();
    const server = await startServer({ DATABASE_PATH: path });
    t.teardown(() => server.child.kill('SIGKILL'));
    const exited = new Promise<number | null>((resolve) => server.child.on('exit', resolve));

    // A slow reader of a long export: the signal arrives while it is being sent.
    let lines = 0;
    const finished = new Promise<void>((resolve, reject) => {
      httpGet(`${server.baseUrl}/export/penalties`, (response) => {
        let sent = false;
        response.on('data', (chunk: Buffer) => {
          for (const byte of chunk) if (byte === 10) lines += 1;
          if (!sent) {
            sent = true;
            response.pause();
            server.child.kill(signal);
            setTimeout(() => response.resume(), 300);
          }
        });
        response.on('end', resolve);
        response.on('error', reject);
      }).on('error', reject);
    });
    const started = Date.now();
    await finished;
    t.equal(lines, 20_000, 'the export in flight is sent whole');
    const code = await exited;
    t.equal(code, 0, 'exit 0');
    t.ok(Date.now() - started < 10_000, `closed in ${Date.now() - started} ms`);
    t.match(server.output(), new RegExp(`"signal":"${signal}"`), 'it says why it is closing');
  });
}
