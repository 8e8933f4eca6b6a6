// A client generated from the committed document (openapi-typescript types + openapi-fetch) pages
// through /penalties on a real server, started the way `npm start` starts it.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import t from 'tap';
import type { paths } from '../openapi/schema.js';
import { root } from './helper.js';

function startServer(databasePath: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/u.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ child, baseUrl: listening[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

t.test('a generated client pages through /penalties', async (t) => {
  const { child, baseUrl } = await startServer(join(t.testdir({}), 'enforcement.db'));
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
