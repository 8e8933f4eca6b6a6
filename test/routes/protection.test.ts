// Hostile and broken clients: rate limits, load shedding, request limits, security headers and
// request ids, each refusal a problem+json.
import { statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import Database from 'better-sqlite3';
import { buildApp } from '../../src/app.js';
import { freshDatabase } from '../helper.js';

const problemOf = (response: { headers: Record<string, unknown>; json: () => any }) => {
  return { contentType: String(response.headers['content-type']), body: response.json() };
};

t.test('a client over the rate limit gets 429 with Retry-After and RateLimit headers', async (t) => {
  const app = await buildApp({ databasePath: freshDatabase(t), protection: { rateLimitMax: 3, rateLimitWindowMs: 60_000 } });
  t.teardown(() => app.close());
  const first = await app.inject('/penalties?limit=1');
  t.equal(first.headers['ratelimit-limit'], '3');
  t.equal(first.headers['ratelimit-remaining'], '2');
  t.ok(first.headers['ratelimit-reset']);
  await app.inject('/penalties?limit=1');
  await app.inject('/penalties?limit=1');
  const limited = await app.inject('/penalties?limit=1');
  t.equal(limited.statusCode, 429);
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After in seconds');
  const { contentType, body } = problemOf(limited);
  t.match(contentType, /^application\/problem\+json/);
  t.match(body, { type: '/problems/too-many-requests', status: 429, detail: /Rate limit exceeded/ });
  const other = await app.inject({ url: '/penalties?limit=1', remoteAddress: '10.0.0.2' });
  t.equal(other.statusCode, 200, 'the limit is per client IP');
});

t.test('under pressure, 503 with Retry-After rather than collapse', async (t) => {
  const app = await buildApp({ databasePath: freshDatabase(t), protection: { maxEventLoopDelayMs: 100, pressureSampleMs: 50 } });
  t.teardown(() => app.close());
  t.equal((await app.inject('/healthz')).statusCode, 200);
  // Hold the event loop, as a runaway request would; the next sample sees the lag. under-pressure
  // averages the delays of 10 ms ticks since its last sample: at most 5 normal ticks and this one
  // average well over 100 ms whenever the last sample was taken. The overdue sample runs first, then
  // this request; the next sample, 50 ms on, sees no lag. On a loaded machine the request can miss
  // that window, so the block is repeated (at most 5 times) until one request lands in it.
  let shed = await app.inject('/healthz');
  for (let attempt = 0; attempt < 5 && shed.statusCode !== 503; attempt += 1) {
    const until = Date.now() + 1000;
    while (Date.now() < until) {
      // busy
    }
    await sleep(5);
    shed = await app.inject('/penalties');
  }
  t.equal(shed.statusCode, 503);
  t.equal(shed.headers['retry-after'], '5');
  t.match(problemOf(shed).body, { type: '/problems/unavailable', status: 503 });
  let status = 0;
  for (let i = 0; i < 50 && status !== 200; i += 1) {
    await sleep(50);
    status = (await app.inject('/penalties')).statusCode;
  }
  t.equal(status, 200, 'and serves again once the lag is gone');
});

t.test('request limits', async (t) => {
  const app = await buildApp({ databasePath: freshDatabase(t) });
  t.teardown(() => app.close());
  const long = await app.inject(`/penalties?q=${'a'.repeat(5000)}`);
  t.equal(long.statusCode, 414);
  t.match(problemOf(long).body, { status: 414, detail: /longer than 4096/ });
  const withBody = await app.inject({ method: 'GET', url: '/penalties', payload: 'x=1', headers: { 'content-type': 'text/plain' } });
  t.equal(withBody.statusCode, 400);
  t.match(problemOf(withBody).body, { type: '/problems/bad-request', detail: /no body/ });
  t.equal((await app.inject('/penalties?limit=100000')).statusCode, 400, 'limit is bounded');
});

t.test('security headers: strict for the API, its own policy for /docs', async (t) => {
  const app = await buildApp({ databasePath: freshDatabase(t) });
  t.teardown(() => app.close());
  const api = await app.inject('/penalties?limit=1');
  t.equal(api.headers['x-content-type-options'], 'nosniff');
  t.match(api.headers['content-security-policy'], /default-src 'none'/);
  t.match(api.headers['strict-transport-security'], /max-age=/);
  t.equal(api.headers['cross-origin-resource-policy'], 'cross-origin');
  t.notMatch(api.headers['content-security-policy'], /upgrade-insecure-requests/, 'plain HTTP keeps working');
  const docs = await app.inject('/docs');
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-security-policy'], /script-src 'self'/, 'the docs page may run its own scripts');
  t.notMatch(docs.headers['content-security-policy'], /upgrade-insecure-requests/);
});

t.test('request ids: honoured when sensible, generated otherwise, echoed', async (t) => {
  const app = await buildApp({ databasePath: freshDatabase(t) });
  t.teardown(() => app.close());
  t.equal((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-42' } })).headers['x-request-id'], 'trace-42');
  const replaced = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\twith "quotes"' } });
  t.match(replaced.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  t.match((await app.inject('/healthz')).headers['x-request-id'], /^[0-9a-f-]{36}$/);
});

t.test('a database that becomes unreadable: /readyz 503, requests 500 problems without internals', async (t) => {
  const path = freshDatabase(t);
  const app = await buildApp({ databasePath: path });
  t.teardown(() => app.close());
  t.equal((await app.inject('/readyz')).statusCode, 200);
  // Overwrite the header in place (same size): the readiness probe rereads it at each check. The
  // serving connections hold their lock and do not reread it (they have just read these pages).
  writeFileSync(path, Buffer.alloc(4096, 0x41), { flag: 'r+' });
  const ready = await app.inject('/readyz');
  t.equal(ready.statusCode, 503);
  t.match(problemOf(ready).body, { type: '/problems/unavailable', detail: 'The database cannot be read.' });
  // Then every page: the serving connections fail at the next page they read.
  writeFileSync(path, Buffer.alloc(statSync(path).size, 0x41), { flag: 'r+' });
  const failed = await app.inject('/penalties');
  t.equal(failed.statusCode, 500);
  t.same(Object.keys(problemOf(failed).body).sort(), ['detail', 'status', 'title', 'type']);
  t.notMatch(failed.body, /SQLITE|sqlite|malformed|\/tmp|\.tap|at \w+ \(/, 'no SQL error, path or stack');
});

t.test('the database cannot be written while it is served, and can be once the server closes', async (t) => {
  const path = freshDatabase(t);
  const app = await buildApp({ databasePath: path });
  t.equal((await app.inject('/penalties/staysure-monetary-penalty')).statusCode, 200);
  const writer = new Database(path, { timeout: 0 });
  t.teardown(() => writer.close());
  const rename = writer.prepare("UPDATE dataset SET name = 'changed under the server'");
  t.throws(() => rename.run(), { code: 'SQLITE_BUSY' }, 'the served connections hold their shared lock');
  t.equal((await app.inject('/penalties/staysure-monetary-penalty')).statusCode, 200);
  await app.close();
  t.equal(rename.run().changes, 1, 'released on close');
});
