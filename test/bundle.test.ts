// The server as the build leaves it (scripts/bundle.ts): dist/server.js and the query worker, each
// one bundled file, as `npm start`, the bench and the Docker image run them. Bundled here into the
// test's own directory laid out like the project (the migrations beside dist/).
import { join } from 'node:path';
import t from 'tap';
import { bundle } from '../scripts/bundle.js';
import { root, startServer } from './helper.js';

t.test('the bundled server migrates a new database, answers from a query worker, serves the docs page and exits 0', async (t) => {
  const dir = t.testdir({ migrations: t.fixture('symlink', join(root, 'migrations')) });
  await bundle(join(dir, 'dist'));
  const server = await startServer({ DATABASE_PATH: join(dir, 'data', 'enforcement.db') }, [join(dir, 'dist', 'server.js')]);
  t.teardown(() => server.child.kill('SIGKILL'));
  const exited = new Promise<number | null>((resolve) => server.child.on('exit', resolve));

  // A list runs in the query pool, so this answer came through the bundled worker.
  const list = await fetch(`${server.baseUrl}/penalties?limit=1`);
  t.equal(list.status, 200);
  t.equal(((await list.json()) as { data: unknown[] }).data.length, 1);
  // Swagger UI's page and assets are read from its own folder in node_modules.
  const page = await fetch(`${server.baseUrl}/docs/`);
  t.equal(page.status, 200);
  t.match(await page.text(), /<title>Swagger UI<\/title>/u);
  const logo = await fetch(`${server.baseUrl}/docs/static/logo.svg`);
  t.equal(logo.status, 200);
  t.match(logo.headers.get('content-type'), /^image\/svg\+xml/u);
  await logo.arrayBuffer();

  server.child.kill('SIGTERM');
  t.equal(await exited, 0, server.output());
});
