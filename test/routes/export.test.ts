// Bulk export: every record, NDJSON or CSV, streamed with back-pressure. The memory test exports
// a generated 100,000-penalty database through a real socket and watches the heap stay flat.
import { get as httpGet } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase, testApp } from '../helper.js';

t.test('NDJSON: every record, in id order, as the list gives it', async (t) => {
  const { get } = await testApp(t);
  const response = await get('/export/penalties');
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^application\/x-ndjson/);
  const version = (await get('/')).json().version;
  t.equal(response.headers['x-dataset-version'], version);
  t.equal(response.headers['content-disposition'], `attachment; filename="penalties-${version}.ndjson"`);
  const lines = response.body.trimEnd().split('\n').map((line) => JSON.parse(line));
  t.same(lines, (await get('/penalties?sort=id')).json().data);
});

t.test('CSV export has the list’s columns and every row', async (t) => {
  const { get } = await testApp(t);
  for (const resource of ['penalties', 'organisations', 'incidents', 'sources']) {
    const exported = parse((await get(`/export/${resource}?format=csv`)).body, { columns: true });
    const listed = parse((await get(`/${resource}?format=csv&limit=500${resource === 'sources' ? '' : '&sort=id'}`)).body, { columns: true });
    t.same(exported, listed, resource);
  }
  t.equal((await get('/export/fines')).statusCode, 400);
});

t.test('exporting 100,000 penalties keeps memory flat', async (t) => {
  const path = freshDatabase(t);
  const writable = new Database(path);
  fillSynthetic(writable, { penalties: 100_000, seed: 3 });
  writable.close();
  const app = await buildApp({ databasePath: path });
  t.teardown(() => app.close());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  // Live heap, not garbage not yet collected: collect before each sample.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const liveHeap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const baseline = liveHeap();
  const samples: number[] = [];
  let bytes = 0;
  let lines = 0;
  await new Promise<void>((resolve, reject) => {
    httpGet(`${address}/export/penalties`, (response) => {
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (const byte of chunk) if (byte === 10) lines += 1;
        if (lines > samples.length * 2_500) samples.push(liveHeap());
      });
      response.on('end', resolve);
      response.on('error', reject);
    }).on('error', reject);
  });
  t.equal(lines, 100_000, 'every penalty, one per line');
  t.ok(bytes > 50_000_000, `${(bytes / 1e6).toFixed(0)} MB sent`);
  // A server that built the body, or read ahead of the socket, would hold tens of MB at some sample.
  t.ok(samples.length >= 35, `${samples.length} samples`);
  const peak = Math.max(...samples);
  t.ok(peak - baseline < 16 * 1024 * 1024, `live heap at most ${((peak - baseline) / 1e6).toFixed(1)} MB above its level before the export, while ${(bytes / 1e6).toFixed(0)} MB streamed`);
  t.ok(Math.max(...samples.slice(-10)) - Math.max(...samples.slice(0, 10)) < 4 * 1024 * 1024, 'and no growth from the first tenth to the last');
});

t.test('Accept: text/csv asks for CSV when format does not say', async (t) => {
  const { get } = await testApp(t);
  const response = await get('/export/sources', { accept: 'text/csv' });
  t.match(response.headers['content-type'], /^text\/csv/);
  t.match(response.headers.vary, /Accept/);
  t.match((await get('/export/sources?format=ndjson', { accept: 'text/csv' })).headers['content-type'], /^application\/x-ndjson/, 'the parameter wins');
});
