// Lists, facets and statistics run in worker threads under a time budget: one that overruns is
// answered 503 at the budget while the server goes on serving, and the pool refuses callers
// beyond its queue rather than let them pile up. A synthetic database of 30,000 penalties makes
// an unfiltered grouping take tens of milliseconds, far over the budgets set here.
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase, testApp } from '../helper.js';

const path = freshDatabase(t);
const writable = new Database(path);
fillSynthetic(writable, { penalties: 30_000, seed: 5 });
writable.close();

// No response cache: every request must reach the pool.
const appWith = (t: Test, options: { queryBudgetMs: number; queryWorkers?: number }) => testApp(t, path, { responseCacheBytes: 0, ...options });

const slowQuery = '/stats/penalties?group_by=year,type';

t.test('a query past its budget is answered 503 problem+json, and the server goes on serving', async (t) => {
  const { get } = await appWith(t, { queryBudgetMs: 5 });
  const cutOff = await get(slowQuery);
  t.equal(cutOff.statusCode, 503);
  t.match(cutOff.headers['content-type'], /^application\/problem\+json/);
  t.equal(cutOff.headers['retry-after'], '5');
  t.match(cutOff.json(), { type: '/problems/unavailable', status: 503, detail: /budget of 5 ms/ });

  // Reads bounded by a key do not go through the pool.
  const id = (await (await appWith(t, { queryBudgetMs: 60_000 })).get('/penalties?limit=1')).json().data[0].id;
  t.equal((await get(`/penalties/${id}`)).statusCode, 200);

  const pool = (await get('/readyz')).json().query_pool;
  t.equal(pool.timed_out, 1);
  t.equal(pool.busy, 0, 'the cut-off worker no longer counts as running a query');

  // The cut-off worker exits once SQLite returns, and a new one takes its place on demand.
  for (let waited = 0; (await get('/readyz')).json().query_pool.draining > 0; waited += 50) {
    if (waited > 30_000) throw new Error('the cut-off worker never exited');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  t.equal((await get('/readyz')).json().query_pool.draining, 0);
});

t.test('with time enough, the same query answers, and the event loop stays free while it runs', async (t) => {
  const { get } = await appWith(t, { queryBudgetMs: 60_000 });
  const order: string[] = [];
  const statistics = get(slowQuery).then((response) => {
    order.push('statistics');
    return response;
  });
  await get('/healthz');
  order.push('healthz');
  const response = await statistics;
  t.equal(response.statusCode, 200);
  t.ok(response.json().groups.length > 10);
  t.same(order, ['healthz', 'statistics'], 'a cheap request answers while the long one runs in a worker');
  t.match((await get('/readyz')).json().query_pool, { workers: 2, busy: 0, queued: 0, timed_out: 0, refused: 0 });
});

t.test('a total stops counting at 10,000: exact: false', async (t) => {
  const { get } = await appWith(t, { queryBudgetMs: 60_000 });
  t.same((await get('/penalties?count=true&limit=1')).json().total, { value: 10_000, exact: false });
  const reprimands = (await get('/penalties?count=true&type=reprimand&currency=GBP&limit=1')).json().total;
  t.ok(reprimands.exact && reprimands.value > 0 && reprimands.value < 10_000, `a narrower filter is counted exactly (${reprimands.value})`);
});

t.test('beyond the queue, long queries are refused at once with 503', async (t) => {
  // One worker and 16 places in its queue.
  const { get } = await appWith(t, { queryBudgetMs: 60_000, queryWorkers: 1 });
  const urls = Array.from({ length: 24 }, (_, i) => `${slowQuery}&min_amount=${i}&currency=GBP`);
  const responses = await Promise.all(urls.map((url) => get(url)));
  const refused = responses.filter((r) => r.statusCode === 503);
  t.ok(refused.length >= 24 - 17, `${refused.length} of 24 refused`);
  for (const response of refused) t.match(response.json(), { status: 503, detail: /Too many long-running queries/ });
  t.ok(responses.every((r) => r.statusCode === 200 || r.statusCode === 503));
  t.equal((await get('/readyz')).json().query_pool.refused, refused.length);
});
