// The queries whose cost grows with the number of matching rows (a list with `q` or filters,
// facets, statistics) run here: in worker threads with their own read-only connections, under a
// time budget. The event loop never waits on them, and one that overruns is answered 503 at the
// budget. better-sqlite3 cannot interrupt a statement, so a cut-off worker is terminated but keeps
// its thread until SQLite returns; it still counts against the pool's size while it drains, which
// bounds the CPU that runaway queries can take to the pool's size.
import type { Worker } from 'node:worker_threads';
import type { Repositories } from './queries/index.js';
import { startSiblingWorker } from './worker-thread.js';

// Which repository methods run in the pool. Single records and id lookups are bounded by the
// primary key and stay on the main thread (fastify.repositories).
const pooledMethods = {
  penalties: ['list', 'count', 'facets', 'statistics'],
  organisations: ['list', 'count', 'facets'],
  incidents: ['list', 'count', 'facets'],
} as const;

type PooledMethods = typeof pooledMethods;
type Pooled<F> = F extends (...args: infer A) => infer T ? (...args: A) => Promise<T> : never;
export type PooledRepositories = {
  [R in keyof PooledMethods]: { [M in PooledMethods[R][number]]: Pooled<Repositories[R][M & keyof Repositories[R]]> };
};

export interface QueryPoolOptions {
  databasePath: string;
  workers: number;
  // Milliseconds from the call to the answer, time spent waiting for a worker included.
  budgetMs: number;
  // Calls that may wait for a worker; more are refused at once.
  maxQueued: number;
}

/** The query ran past its budget and was stopped. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(readonly budgetMs: number) {
    super(`The query ran longer than this server's budget of ${budgetMs} ms and was stopped. Narrow it with more filters, or try again later.`);
  }
}

/** Too many long queries are already waiting. */
export class QueryPoolBusyError extends Error {
  override name = 'QueryPoolBusyError';
  constructor() {
    super('Too many long-running queries are waiting for the database; try again shortly.');
  }
}

interface Job {
  repository: string;
  method: string;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export type WorkerReply = { ready: true } | { ok: true; result: unknown } | { ok: false; name: string; message: string };

export interface QueryPoolStats {
  workers: number;
  busy: number;
  draining: number;
  queued: number;
  completed: number;
  timed_out: number;
  refused: number;
}

export class QueryPool {
  readonly repositories: PooledRepositories;
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly draining = new Set<Worker>();
  private readonly queue: Job[] = [];
  private spawned = 0;
  private closed = false;
  private counts = { completed: 0, timed_out: 0, refused: 0 };

  constructor(private readonly options: QueryPoolOptions) {
    this.repositories = Object.fromEntries(
      Object.entries(pooledMethods).map(([repository, methods]) => [
        repository,
        Object.fromEntries(methods.map((method) => [method, (...args: unknown[]) => this.run(repository, method, args)])),
      ]),
    ) as PooledRepositories;
  }

  private warming: Promise<unknown> | null = null;

  /** Starts every worker; resolves once each has opened the database. */
  warm(): Promise<unknown> {
    this.warming ??= this.startAll();
    return this.warming;
  }

  private async startAll() {
    const started: Promise<unknown>[] = [];
    while (this.spawned < this.options.workers) {
      const worker = this.spawn();
      started.push(
        new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
      );
      this.idle.push(worker);
    }
    await Promise.all(started);
  }

  stats(): QueryPoolStats {
    return {
      workers: this.spawned,
      busy: this.running.size,
      draining: this.draining.size,
      queued: this.queue.length,
      ...this.counts,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.timer);
      job.reject(new Error('the query pool is closed'));
    }
    // Idle workers are awaited, so their connections (and the lock each holds) are closed when
    // this returns. Busy ones are not: a worker inside a long statement cannot stop before SQLite
    // returns, and it is unref'd, so it does not hold the process open.
    for (const worker of this.running.keys()) void worker.terminate();
    await Promise.all(this.idle.map((worker) => worker.terminate()));
  }

  private run(repository: string, method: string, args: unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the query pool is closed'));
    if (this.queue.length >= this.options.maxQueued) {
      this.counts.refused += 1;
      return Promise.reject(new QueryPoolBusyError());
    }
    return new Promise((resolve, reject) => {
      const job: Job = { repository, method, args, resolve, reject, timer: setTimeout(() => this.cutOff(job), this.options.budgetMs) };
      this.queue.push(job);
      this.dispatch();
    });
  }

  private dispatch() {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.spawned < this.options.workers) worker = this.spawn();
      if (!worker) return;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ repository: job.repository, method: job.method, args: job.args });
    }
  }

  private spawn(): Worker {
    const worker = startSiblingWorker(import.meta.url, 'query-worker', { workerData: { databasePath: this.options.databasePath } });
    worker.unref();
    this.spawned += 1;
    worker.on('message', (reply: WorkerReply) => {
      const job = this.running.get(worker);
      if (!job || 'ready' in reply) return;
      this.running.delete(worker);
      clearTimeout(job.timer);
      this.counts.completed += 1;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(Object.assign(new Error(reply.message), { name: reply.name }));
      if (!this.closed) {
        this.idle.push(worker);
        this.dispatch();
      }
    });
    // A worker that fails to start (say, the database became unreadable) fails its query, not the server.
    worker.on('error', (error) => {
      const job = this.running.get(worker);
      if (!job) return;
      this.running.delete(worker);
      clearTimeout(job.timer);
      job.reject(error);
    });
    worker.on('exit', () => {
      this.spawned -= 1;
      this.draining.delete(worker);
      this.running.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
      if (!this.closed) this.dispatch();
    });
    return worker;
  }

  private cutOff(job: Job) {
    this.counts.timed_out += 1;
    job.reject(new QueryTimeoutError(this.options.budgetMs));
    const queued = this.queue.indexOf(job);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      return;
    }
    for (const [worker, running] of this.running) {
      if (running !== job) continue;
      this.running.delete(worker);
      this.draining.add(worker);
      void worker.terminate();
      return;
    }
  }
}
