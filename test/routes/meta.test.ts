// /, /healthz, /readyz, /openapi.json, /docs, problem types, and the error shape for what no route serves.
import Database from 'better-sqlite3';
import t from 'tap';
import { readJournal } from '../../src/db/migrations.js';
import { freshDatabase, testApp } from '../helper.js';

const { app, get } = await testApp(t);

t.test('/ describes the dataset', async (t) => {
  const body = (await get('/')).json();
  t.match(body, {
    name: 'Data-protection enforcement actions',
    version: /^[0-9a-f]{16}$/,
    built_at: /^\d{4}-\d{2}-\d{2}T/,
    licence: /CC BY 4\.0/,
    counts: { penalties: 5, organisations: 10, incidents: 4, sources: 3 },
    links: { penalties: '/penalties', docs: '/docs', openapi: '/openapi.json' },
  });
});

t.test('/healthz and /readyz', async (t) => {
  t.same((await get('/healthz')).json(), { status: 'ok' });
  t.match((await get('/readyz')).json(), { status: 'ready', migrations: readJournal().entries.length, response_cache: { hits: Number, misses: Number } });
});

t.test('/readyz is 503 on a database that is not fully migrated', async (t) => {
  const path = freshDatabase(t);
  const db = new Database(path);
  db.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
  db.close();
  const other = await testApp(t, path);
  const response = await other.get('/readyz');
  t.equal(response.statusCode, 503);
  const known = readJournal().entries.length;
  t.match(response.json(), { type: '/problems/unavailable', status: 503, detail: `${known - 1} of the ${known} migrations` });
});

t.test('/openapi.json serves the document, /docs the interactive docs', async (t) => {
  const spec = await app.inject('/openapi.json');
  t.equal(spec.statusCode, 200);
  t.equal(spec.json().openapi, '3.1.0');
  const docs = await app.inject('/docs/');
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /text\/html/);
});

t.test('problem types are documented where their type points', async (t) => {
  const body = (await get('/penalties?type=nope')).json();
  const described = (await get(body.type)).json();
  t.match(described, { type: '/problems/invalid-parameters', title: 'Invalid parameters', description: /invalid_params/ });
});

t.test('what no route serves is a problem too', async (t) => {
  const missing = await app.inject('/fines');
  t.equal(missing.statusCode, 404);
  t.match(missing.headers['content-type'], /^application\/problem\+json/);
  t.match(missing.json(), { type: '/problems/not-found', status: 404 });
  const post = await app.inject({ method: 'POST', url: '/penalties', payload: {} });
  t.equal(post.statusCode, 405);
  t.equal(post.headers.allow, 'GET, HEAD');
  t.match(post.json(), { type: '/problems/method-not-allowed', status: 405 });
  const head = await app.inject({ method: 'HEAD', url: '/penalties' });
  t.equal(head.statusCode, 200, 'HEAD works wherever GET does');
});

t.test('no response leaks internals', async (t) => {
  const urls = ['/penalties?cursor=%FF%FE', '/penalties/%00', '/penalties?q=%00', '/penalties?limit=1e309', '/penalties?type[]=x', '/../../etc/passwd'];
  for (const url of urls) {
    const response = await app.inject(url);
    t.ok(response.statusCode < 500, `${url} → ${response.statusCode}`);
    t.notMatch(response.body, /at \w+ \(|\.ts:\d+|\/work\/|node_modules|SELECT |sqlite/i, `${url} shows no stack, path or SQL`);
  }
});
