// A client generated from the committed document (openapi-typescript types + openapi-fetch) pages
// through /penalties on a real server, started the way `npm start` starts it.
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import t from 'tap';
import type { paths } from '../openapi/schema.js';
import { startServer } from './helper.js';

t.test('a generated client pages through /penalties', async (t) => {
  const { child, baseUrl } = await startServer({ DATABASE_PATH: join(t.testdir({}), 'enforcement.db') });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  t.teardown(() => child.kill('SIGKILL'));

  // The JSON representation: lists also answer CSV, which a typed client asks for separately.
  const client = createClient<paths, 'application/json'>({ baseUrl });
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const { data, error, response } = await client.GET('/penalties', { params: { query: { limit: 2, sort: 'amount', cursor } } });
    t.equal(response.status, 200);
    t.notOk(error);
    seen.push(...data!.data.map((p) => p.id));
    // Typed access to nested fields, as an integrator would write it.
    for (const penalty of data!.data) t.ok(penalty.citations.every((c) => typeof c.quote === 'string'));
    cursor = data!.next_cursor ?? undefined;
    pages += 1;
  } while (cursor);
  t.equal(pages, 3);
  t.same(seen, [
    'staysure-monetary-penalty',
    'ticketmaster-monetary-penalty',
    'british-airways-monetary-penalty',
    'british-airways-proposed-monetary-penalty',
    'co-operative-life-planning-undertaking',
  ]);

  const refused = await client.GET('/penalties', { params: { query: { type: ['fine' as 'reprimand'] } } });
  t.equal(refused.response.status, 400);
  t.match(refused.error, { status: 400, invalid_params: [{ name: 'type' }] });

  const one = await client.GET('/penalties/{id}', { params: { path: { id: 'ticketmaster-monetary-penalty' } } });
  t.equal(one.data?.amount?.amount_text, 'over $1.65 million');

  child.kill('SIGTERM');
  t.equal(await exited, 0, 'SIGTERM closes the server gracefully, exit 0');
});
