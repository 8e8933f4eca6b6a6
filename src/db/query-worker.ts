// One worker of the query pool (query-pool.ts): its own read-only connection and repositories,
// answering one call at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnly } from './connection.js';
import { createRepositories } from './queries/index.js';
import type { WorkerReply } from './query-pool.js';

const { databasePath } = workerData as { databasePath: string };
const repositories = createRepositories(openReadOnly(databasePath)) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>;
const port = parentPort!;

port.on('message', ({ repository, method, args }: { repository: string; method: string; args: unknown[] }) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: repositories[repository]![method]!(...args) };
  } catch (error) {
    reply = { ok: false, name: (error as Error).name, message: (error as Error).message };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
