// HTTP caching, compression and CORS, as a browser, a proxy or a script sees them.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { freshDatabase, testApp } from '../helper.js';

const { app, get } = await testApp(t);

t.test('a strong ETag from the dataset version and the request; If-None-Match gets a 304', async (t) => {
  const first = await get('/penalties?type=undertaking');
  const etag = String(first.headers.etag);
  t.match(etag, /^"[A-Za-z0-9_-]{27}"$/, 'strong, quoted');
  t.equal(first.headers['cache-control'], 'public, max-age=300');
  t.match(first.headers.vary, /Accept/);
  t.match(first.headers.vary, /Accept-Encoding/);

  const again = await app.inject({ url: '/penalties?type=undertaking', headers: { 'if-none-match': etag } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  t.equal(again.headers.etag, etag);
  t.equal((await app.inject({ url: '/penalties?type=undertaking', headers: { 'if-none-match': `"other", W/${etag}` } })).statusCode, 304, 'a list of tags, weak form included');
  t.equal((await app.inject({ url: '/penalties?type=undertaking', headers: { 'if-none-match': '*' } })).statusCode, 304);
  t.equal((await app.inject({ url: '/penalties?type=reprimand', headers: { 'if-none-match': etag } })).statusCode, 200, 'another URL, another tag');
  const csv = await app.inject({ url: '/penalties?type=undertaking', headers: { accept: 'text/csv' } });
  t.not(csv.headers.etag, etag, 'another representation, another tag');
  t.equal((await app.inject({ url: '/penalties/staysure-monetary-penalty', headers: { 'if-none-match': String((await get('/penalties/staysure-monetary-penalty')).headers.etag) } })).statusCode, 304);
});

t.test('errors and health checks are not cached', async (t) => {
  const bad = await app.inject('/penalties?type=fine');
  t.equal(bad.statusCode, 400);
  t.notOk(bad.headers.etag);
  const health = await app.inject('/healthz');
  t.notOk(health.headers.etag);
  t.equal(health.headers['cache-control'], 'no-store');
  t.equal((await app.inject('/readyz')).headers['cache-control'], 'no-store');
});

t.test('a new dataset version changes every ETag', async (t) => {
  const path = freshDatabase(t);
  const db = new Database(path);
  db.prepare("UPDATE dataset SET version = 'abcdef0123456789'").run();
  db.close();
  const other = await buildApp({ databasePath: path, cacheMaxAge: 60 });
  t.teardown(() => other.close());
  const response = await other.inject('/penalties?type=undertaking');
  t.not(response.headers.etag, (await app.inject('/penalties?type=undertaking')).headers.etag);
  t.equal(response.headers['cache-control'], 'public, max-age=60', 'max-age is configurable');
});

t.test('large bodies are compressed with brotli or gzip', async (t) => {
  const plain = await app.inject('/penalties');
  t.notOk(plain.headers['content-encoding']);
  const gzip = await app.inject({ url: '/penalties', headers: { 'accept-encoding': 'gzip' } });
  t.equal(gzip.headers['content-encoding'], 'gzip');
  t.same(JSON.parse(gunzipSync(gzip.rawPayload).toString()), plain.json());
  t.ok(gzip.rawPayload.length < plain.rawPayload.length / 3, `${gzip.rawPayload.length} bytes instead of ${plain.rawPayload.length}`);
  const br = await app.inject({ url: '/penalties', headers: { 'accept-encoding': 'br, gzip' } });
  t.equal(br.headers['content-encoding'], 'br');
  t.same(JSON.parse(brotliDecompressSync(br.rawPayload).toString()), plain.json());
  t.not(br.headers.etag, plain.headers.etag, 'a compressed body has its own strong tag');
  const small = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
  t.notOk(small.headers['content-encoding'], 'small bodies are sent as they are');
});

t.test('CORS: any origin may read, without credentials, and see the paging and caching headers', async (t) => {
  const response = await app.inject({ url: '/penalties?limit=1', headers: { origin: 'https://newsroom.example' } });
  t.equal(response.headers['access-control-allow-origin'], '*');
  t.notOk(response.headers['access-control-allow-credentials']);
  const exposed = String(response.headers['access-control-expose-headers']);
  for (const header of ['Link', 'ETag', 'X-Dataset-Version', 'RateLimit-Remaining', 'Retry-After']) t.match(exposed, header);
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/penalties',
    headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'GET' },
  });
  t.equal(preflight.statusCode, 204);
  t.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD');
});

t.test('a repeated request is answered from the response cache, whatever its parameter order', async (t) => {
  const cached = await buildApp({ databasePath: freshDatabase(t) });
  t.teardown(() => cached.close());
  const stats = async () => (await cached.inject('/readyz')).json().response_cache;
  const first = await cached.inject('/penalties?type=monetary_penalty&sort=-amount&limit=2');
  t.equal((await stats()).hits, 0, 'a first request is a miss');
  const again = await cached.inject('/penalties?limit=2&sort=-amount&type=monetary_penalty');
  t.equal(again.body, first.body, 'the same body');
  t.equal(again.headers.link, first.headers.link, 'and the same Link header');
  t.equal(again.headers['content-type'], first.headers['content-type']);
  const after = await stats();
  t.equal(after.hits, 1);
  t.ok(after.entries >= 1 && after.bytes > first.body.length);
  t.equal(after.hit_rate, Math.round((after.hits / (after.hits + after.misses)) * 1000) / 1000);
  const csv = await cached.inject({ url: '/penalties?limit=2&sort=-amount&type=monetary_penalty', headers: { accept: 'text/csv' } });
  t.match(csv.headers['content-type'], /^text\/csv/, 'another Accept is another entry');
  const bad = await cached.inject('/penalties?type=fine');
  const badAgain = await cached.inject('/penalties?type=fine');
  t.equal(badAgain.statusCode, 400);
  t.equal(badAgain.body, bad.body);
  t.equal((await stats()).entries, 2, 'errors are not cached');

  const uncached = await buildApp({ databasePath: freshDatabase(t), responseCacheBytes: 0 });
  t.teardown(() => uncached.close());
  await uncached.inject('/penalties');
  await uncached.inject('/penalties');
  t.match((await uncached.inject('/readyz')).json().response_cache, { entries: 0, hits: 0 }, 'RESPONSE_CACHE_MB=0 turns it off');
});
