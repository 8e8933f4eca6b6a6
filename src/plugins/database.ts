// The database, as named decorators: `repositories` on the main thread's read-only connection for
// reads bounded by a key, and `queryPool` for the queries whose cost grows with the rows they match
// (run in worker threads under a time budget). Both open when the app starts and close when it stops.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openReadOnly } from '../db/connection.js';
import { type Repositories, createRepositories } from '../db/queries/index.js';
import { QueryPool } from '../db/query-pool.js';

declare module 'fastify' {
  interface FastifyInstance {
    repositories: Repositories;
    queryPool: QueryPool;
    readiness: Repositories['dataset'];
  }
}

export interface DatabaseOptions {
  path: string;
  // Worker threads for long queries, and how long one may take (ms) before it is answered 503.
  queryWorkers: number;
  queryBudgetMs: number;
}

async function database(fastify: FastifyInstance, options: DatabaseOptions) {
  // Key-bounded reads only on this connection: a small cache does.
  const sqlite = openReadOnly(options.path, { cacheMb: 16 });
  // The readiness probe's own connection, which does not hold the lock: each check rereads the
  // file's header, so a database changed or damaged under the server is reported.
  const probe = openReadOnly(options.path, { cacheMb: 1, holdLock: false });
  const queryPool = new QueryPool({
    databasePath: options.path,
    workers: options.queryWorkers,
    budgetMs: options.queryBudgetMs,
    // Enough for every worker to have a few callers waiting; beyond that waiting only adds latency.
    maxQueued: options.queryWorkers * 16,
  });
  fastify.decorate('repositories', createRepositories(sqlite));
  fastify.decorate('queryPool', queryPool);
  fastify.decorate('readiness', createRepositories(probe).dataset);
  // The workers load while the rest of the app is built (on two cores that overlaps most of their
  // start), and the app is ready once they are: the first long query does not pay for loading one.
  const warming = queryPool.warm();
  warming.catch(() => {}); // awaited, and so reported, by onReady
  fastify.addHook('onReady', () => warming);
  fastify.addHook('onClose', async () => {
    await queryPool.close();
    sqlite.close();
    probe.close();
  });
}

export default fp(database, { name: 'database' });
