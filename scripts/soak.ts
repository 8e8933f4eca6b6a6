// npm run soak [-- --duration 60 --connections 10 --db <path>]
// Runs the built server (dist/) as its own process and loads it at saturation with autocannon,
// cycling through a mix of real requests, while sampling the server's resident memory. Passes when
// no request failed and RSS grew less than 10% from the end of the warm-up to the end of the run.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '10' },
    db: { type: 'string' },
  },
});
const duration = Number(options.duration);
const warmup = Number(options.warmup);

const scratch = mkdtempSync(join(tmpdir(), 'soak-'));
const databasePath = options.db ?? join(scratch, 'enforcement.db');

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

const paths = [
  '/penalties',
  '/penalties?sort=-amount&limit=2',
  '/penalties?type=monetary_penalty&currency=USD&min_amount=1000000',
  '/penalties?q=fine&snippet=true',
  '/penalties?format=csv',
  '/penalties?facets=type,currency',
  '/penalties/staysure-monetary-penalty',
  '/penalties/british-airways-monetary-penalty?include=organisation,incident,citations',
  '/organisations',
  '/organisations/ticketmaster',
  '/incidents?from=2011&to=2018',
  '/incidents/ticketmaster-chatbot-breach',
  '/sources/ico-fines-staysure',
  '/stats/penalties?group_by=year,type',
  '/',
];

// The server as `npm start` runs it, with its per-request log lines on (they are part of the cost),
// and no rate limit (this one client is the whole load).
const { child, url } = await (async () => {
  const server = spawn(process.execPath, [join(root, 'dist', 'server.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening at (http:\/\/[^\s"]+)/u.exec(output);
      if (match) resolve({ child: server, url: match[1]! });
    };
    server.stdout!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
})();
// Keep reading its log so a full pipe never blocks it.
child.stdout!.resume();

const samples: { t: number; rss: number }[] = [];
const began = Date.now();
const sampler = setInterval(() => samples.push({ t: (Date.now() - began) / 1000, rss: rssOf(child.pid!) }), 1000);

console.log(`soak: ${duration} s, ${options.connections} connections, ${paths.length} request kinds, against ${url}`);
const result = await autocannon({
  url,
  connections: Number(options.connections),
  duration,
  requests: paths.map((path) => ({ method: 'GET', path })),
});
clearInterval(sampler);
child.kill('SIGTERM');

const afterWarmup = samples.find((s) => s.t >= warmup) ?? samples[0]!;
const last = samples.at(-1)!;
const peak = Math.max(...samples.filter((s) => s.t >= warmup).map((s) => s.rss));
const growth = (last.rss - afterWarmup.rss) / afterWarmup.rss;
const figures = {
  date: new Date().toISOString(),
  duration_s: duration,
  connections: Number(options.connections),
  requests: result.requests.total,
  requests_per_s: Math.round(result.requests.average),
  latency_p50_ms: result.latency.p50,
  latency_p99_ms: result.latency.p99,
  errors: result.errors,
  timeouts: result.timeouts,
  non_2xx: result.non2xx,
  rss_after_warmup_mb: +(afterWarmup.rss / 1e6).toFixed(1),
  rss_end_mb: +(last.rss / 1e6).toFixed(1),
  rss_peak_mb: +(peak / 1e6).toFixed(1),
  rss_growth_percent: +(growth * 100).toFixed(1),
};
console.table(figures);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'soak.json'), `${JSON.stringify(figures, null, 2)}\n`);
if (!options.db) rmSync(scratch, { recursive: true, force: true });

const passed = figures.errors === 0 && figures.timeouts === 0 && figures.non_2xx === 0 && growth < 0.1;
console.log(passed ? 'soak passed' : 'soak FAILED: errors, timeouts, non-2xx answers, or RSS grew 10% or more');
process.exit(passed ? 0 : 1);
