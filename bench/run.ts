// npm run bench -- --db <path> [--duration 4] [--rounds 2] [--connections 10]
// Starts the built API (dist/server.js) on the database, and in the same run a bare Fastify server
// answering the same URLs with the same bytes already serialised (bench/ceiling.ts), then loads
// both with autocannon in alternating rounds, scenario by scenario. Prints req/s, p50, p99 and the
// ratio to the ceiling, and writes them to bench/results/bench.json.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { prng } from '../src/db/synthetic.js';
import { encodeCursor } from '../src/routes/pagination.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
if (!options.db) {
  console.error('usage: npm run bench -- --db <path>   (build one with: npm run bench:data -- --out <path> --penalties 1000000)');
  process.exit(1);
}
const databasePath = resolve(options.db);
const duration = Number(options.duration);
const rounds = Number(options.rounds);
const connections = Number(options.connections);

// --- servers ------------------------------------------------------------------------------------

interface Server {
  child: ChildProcess;
  url: string;
  startMs: number;
}

// Servers started here stop with this process, also when a scenario fails: none is left listening.
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

/** The API as `npm start` runs it, timed from spawn to its first 200 on /penalties. */
async function startApi(name: string, extraEnv: Record<string, string>): Promise<Server> {
  const started = performance.now();
  // Its log goes to a file, as it would go to a collector: read through a pipe, it would be read by
  // this process, which is also the load generator, and slow the load rather than the API.
  const logFile = join(scratch, `${name}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js')], {
    // No rate limit or load shedding: this one client is the whole load. Per-request logs at info
    // are part of the product's cost, so they stay on.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', MAX_RSS_MB: '0', LOG_LEVEL: 'info',
      // Protections off, so what is measured is the cost of each query: statistics with a date filter
      // over a million rows take longer than the default 2 s query budget, which would answer them 503.
      QUERY_TIMEOUT_MS: '60000', ...extraEnv },
    stdio: ['ignore', log, 'inherit'],
  });
  closeSync(log);
  children.push(child);
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  let url: string | undefined;
  while (!url) {
    if (exited !== undefined) throw new Error(`the API exited with ${exited}: ${readFileSync(logFile, 'utf8')}`);
    url = /listening at (http:\/\/[^\s"]+)/u.exec(readFileSync(logFile, 'utf8'))?.[1];
    if (!url) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  for (;;) {
    const response = await fetch(`${url}/penalties?limit=1`).catch(() => null);
    if (response?.status === 200) break;
  }
  const startMs = performance.now() - started;
  return { child, url, startMs };
}

async function startCeiling(responsesFile: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'ceiling.ts'), responsesFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const url = await new Promise<string>((ok) => child.stdout!.once('data', (chunk: Buffer) => ok(chunk.toString().trim())));
  return { child, url, startMs: 0 };
}

const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

// --- scenarios ------------------------------------------------------------------------------------

const db = new Database(databasePath, { readonly: true });
const random = prng(42);
const count = (db.prepare('SELECT count(*) AS n FROM penalties').get() as { n: number }).n;
const pick = <T>(sql: string, n: number): T[] => {
  const rows = db.prepare(sql).all() as T[];
  return Array.from({ length: n }, () => rows[random.int(0, rows.length - 1)]!);
};
const penaltyIds = pick<{ id: string }>(`SELECT id FROM penalties WHERE rowid % ${Math.max(1, Math.floor(count / 20_000))} = 0`, 2000).map((r) => r.id);
const organisationIds = pick<{ id: string }>('SELECT id FROM organisations WHERE rowid % 10 = 0', 2000).map((r) => r.id);
// What someone looking for an organisation types: the two words of its name, without the legal form.
const organisationNames = pick<{ name: string }>('SELECT name FROM organisations WHERE rowid % 10 = 5', 300).map((r) => r.name.split(' ').slice(0, 2).join(' '));
const years = Array.from({ length: 20 }, (_, i) => 2005 + i);

// The cursor of page 10,000 of the default sort (-date: dated newest first, then undated, ties by
// id descending), computed the way the API pages: the 499,999th row's key and id.
function deepCursor(page: number, limit = 50): string {
  const offset = page * limit - 1;
  const dated = (db.prepare('SELECT count(*) AS n FROM penalties WHERE issued_start IS NOT NULL').get() as { n: number }).n;
  if (offset < dated) {
    const row = db.prepare('SELECT id, issued_start FROM penalties WHERE issued_start IS NOT NULL ORDER BY issued_start DESC, id DESC LIMIT 1 OFFSET ?').get(offset) as { id: string; issued_start: string };
    return encodeCursor('-date', { phase: 'values', value: row.issued_start, id: row.id });
  }
  const row = db.prepare('SELECT id FROM penalties WHERE issued_start IS NULL ORDER BY id DESC LIMIT 1 OFFSET ?').get(offset - dated) as { id: string };
  return encodeCursor('-date', { phase: 'nulls', value: null, id: row.id });
}

// Distinct requests for the default page: the first page of many different, equally broad queries
// would not be "the default page", so distinct pages of the default list are used instead.
function defaultPages(n: number): string[] {
  const urls: string[] = [];
  const rows = db.prepare('SELECT id, issued_start FROM penalties WHERE issued_start IS NOT NULL ORDER BY issued_start DESC, id DESC LIMIT ?').all(n * 50) as { id: string; issued_start: string }[];
  for (let i = 49; i < rows.length; i += 50) urls.push(`/penalties?limit=50&cursor=${encodeCursor('-date', { phase: 'values', value: rows[i]!.issued_start, id: rows[i]!.id })}`);
  return urls;
}

const words = ['phishing', 'ransomware', 'laptop', 'misdirected', 'database', 'employee', 'nuisance', 'server'];
const sometimes = <T>(items: T[], n: number) => Array.from({ length: n }, () => items[random.int(0, items.length - 1)]!);

interface Scenario {
  name: string;
  api: 'uncached' | 'cached';
  urls: string[];
}

const scenarios: Scenario[] = [
  { name: '/penalties?limit=50, repeated', api: 'cached', urls: ['/penalties?limit=50'] },
  { name: '/penalties?limit=50, distinct requests', api: 'uncached', urls: defaultPages(400) },
  { name: 'filter type', api: 'uncached', urls: sometimes(['reprimand', 'undertaking', 'enforcement_notice', 'prosecution', 'monetary_penalty', 'other'], 200).map((v, i) => `/penalties?type=${v}&limit=${40 + (i % 20)}`) },
  { name: 'filter status', api: 'uncached', urls: sometimes(['proposed', 'imposed', 'reduced', 'under_appeal', 'upheld', 'overturned', 'withdrawn'], 200).map((v, i) => `/penalties?status=${v}&limit=${40 + (i % 20)}`) },
  { name: 'filter organisation', api: 'uncached', urls: organisationIds.slice(0, 500).map((id) => `/penalties?organisation=${id}`) },
  { name: 'filter regulator', api: 'uncached', urls: sometimes(['ico', 'cnil', 'dpc'], 200).map((v, i) => `/penalties?regulator=${v}&limit=${40 + (i % 20)}`) },
  { name: 'filter currency', api: 'uncached', urls: sometimes(['GBP', 'EUR', 'USD', 'JPY'], 200).map((v, i) => `/penalties?currency=${v}&limit=${40 + (i % 20)}`) },
  { name: 'filter min_amount/max_amount', api: 'uncached', urls: Array.from({ length: 500 }, () => { const min = random.int(0, 10_000_000); return `/penalties?currency=GBP&min_amount=${min}&max_amount=${min + random.int(1000, 5_000_000)}`; }) },
  { name: 'filter from/to', api: 'uncached', urls: Array.from({ length: 500 }, () => { const y = random.pick(years); return `/penalties?from=${y}-${String(random.int(1, 12)).padStart(2, '0')}&to=${y + random.int(0, 2)}`; }) },
  ...(['date', '-date', 'amount', '-amount'] as const).map((sort) => ({
    name: `sort ${sort}`,
    api: 'uncached' as const,
    urls: Array.from({ length: 200 }, (_, i) => `/penalties?sort=${sort}&limit=${40 + (i % 20)}`),
  })),
  { name: 'deep cursor (page 10,000)', api: 'uncached', urls: Array.from({ length: 40 }, (_, i) => `/penalties?limit=50&cursor=${deepCursor(10_000 + i)}`) },
  { name: '/penalties/{id}, random ids', api: 'uncached', urls: penaltyIds.map((id) => `/penalties/${id}`) },
  { name: '/organisations/{id}, random ids', api: 'uncached', urls: organisationIds.map((id) => `/organisations/${id}`) },
  { name: "q, an organisation's name", api: 'uncached', urls: organisationNames.map((name) => `/penalties?q=${encodeURIComponent(name)}&limit=${random.int(10, 50)}`) },
  { name: 'q, a topic word (1 in 8 penalties)', api: 'uncached', urls: Array.from({ length: 300 }, () => `/penalties?q=${random.pick(words)}&limit=${random.int(10, 50)}`) },
  { name: '/stats/penalties?group_by=year', api: 'uncached', urls: ['/stats/penalties?group_by=year', ...years.map((y) => `/stats/penalties?group_by=year&to=${y}`)] },
];

const selected = options.only ? scenarios.filter((s) => s.name.includes(options.only!)) : scenarios;

// --- run ------------------------------------------------------------------------------------------

const apis = { uncached: await startApi('uncached', { RESPONSE_CACHE_MB: '0' }), cached: await startApi('cached', { RESPONSE_CACHE_MB: '64' }) };
console.log(`API start to first 200: ${apis.uncached.startMs.toFixed(0)} ms (uncached), ${apis.cached.startMs.toFixed(0)} ms (cached)`);

// The ceiling answers with exactly what the API answered.
const recorded: Record<string, { type: string; body: string }> = {};
for (const scenario of selected) {
  for (const url of new Set(scenario.urls)) {
    const response = await fetch(`${apis.uncached.url}${url}`);
    if (response.status !== 200) throw new Error(`${url} → ${response.status}: ${await response.text()}`);
    recorded[url] = { type: response.headers.get('content-type')!, body: await response.text() };
  }
}
const responsesFile = join(scratch, 'responses.json');
writeFileSync(responsesFile, JSON.stringify(recorded));
const ceiling = await startCeiling(responsesFile);

let peakRss = 0;
const sampler = setInterval(() => {
  for (const api of Object.values(apis)) peakRss = Math.max(peakRss, rssOf(api.child.pid!));
}, 250);

async function load(url: string, urls: string[], seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, requests: urls.map((path) => ({ method: 'GET', path })) });
  if (result.errors || result.non2xx || result.timeouts) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  return result;
}

const table: Record<string, unknown>[] = [];
for (const scenario of selected) {
  const api = apis[scenario.api];
  await load(api.url, scenario.urls, 1);
  await load(ceiling.url, scenario.urls, 1);
  const ours = { rps: [] as number[], p50: [] as number[], p99: [] as number[] };
  const bare: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const a = await load(api.url, scenario.urls, duration);
    ours.rps.push(a.requests.average);
    ours.p50.push(a.latency.p50);
    ours.p99.push(a.latency.p99);
    bare.push((await load(ceiling.url, scenario.urls, duration)).requests.average);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const row = {
    scenario: scenario.name,
    'req/s': Math.round(mean(ours.rps)),
    'p50 ms': +mean(ours.p50).toFixed(1),
    'p99 ms': +Math.max(...ours.p99).toFixed(1),
    'ceiling req/s': Math.round(mean(bare)),
    ratio: +(mean(ours.rps) / mean(bare)).toFixed(2),
  };
  table.push(row);
  console.log(`${row.scenario}: ${row['req/s']} req/s, p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, ceiling ${row['ceiling req/s']}, ratio ${row.ratio}`);
}
clearInterval(sampler);

const cacheStats = ((await (await fetch(`${apis.cached.url}/readyz`)).json()) as { response_cache: unknown }).response_cache;
for (const server of [...Object.values(apis), ceiling]) server.child.kill('SIGTERM');

const result = {
  date: new Date().toISOString(),
  database: { path: databasePath, penalties: count },
  connections,
  duration_s: duration,
  rounds,
  start_to_first_200_ms: Math.round(Math.max(apis.uncached.startMs, apis.cached.startMs)),
  peak_rss_mb: +(peakRss / 1e6).toFixed(1),
  response_cache: cacheStats,
  scenarios: table,
};
console.table(table);
console.log(`start to first 200: ${result.start_to_first_200_ms} ms; peak RSS under load: ${result.peak_rss_mb} MB; response cache: ${JSON.stringify(cacheStats)}`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
db.close();
process.exit(0);
