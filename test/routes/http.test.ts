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
