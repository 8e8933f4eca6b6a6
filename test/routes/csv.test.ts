// CSV: every list answers it when asked, with the same filters, sort and paging, parsed back by a
// CSV parser; cells a spreadsheet would run as formulas are neutralised.
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import t from 'tap';
import { incidentColumns, neutralise, organisationColumns, penaltyColumns, sourceColumns } from '../../src/representations/csv.js';
import { freshDatabase, testApp } from '../helper.js';

// A database where some text starts like a formula, as scraped text sometimes does.
const path = freshDatabase(t);
const writable = new Database(path);
writable.prepare(`UPDATE organisations SET name = '=HYPERLINK("http://example.invalid","x")', description = '+44 20 7946 0000' WHERE id = 'barclays'`).run();
writable.prepare(`UPDATE organisations SET description = '@SUM(A1:A9)' WHERE id = 'magecart'`).run();
writable.prepare(`UPDATE organisations SET description = '-1+2' WHERE id = 'keller-lenkner'`).run();
writable.close();
const { get } = await testApp(t, path);

const rowsOf = (body: string) => parse(body, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

t.test('format=csv and Accept: text/csv give the same CSV, round-tripping the JSON', async (t) => {
  const json = (await get('/penalties?sort=id')).json();
  const byParameter = await get('/penalties?sort=id&format=csv');
  const byHeader = await get('/penalties?sort=id', { accept: 'text/csv' });
  for (const response of [byParameter, byHeader]) {
    t.equal(response.statusCode, 200);
    t.match(response.headers['content-type'], /^text\/csv; charset=utf-8/);
    t.match(response.headers.vary, /Accept/);
  }
  t.equal(byParameter.body, byHeader.body);
  t.match(byParameter.body, /\r\n/, 'RFC 4180 line breaks');

  const rows = rowsOf(byParameter.body);
  t.same(Object.keys(rows[0]!), penaltyColumns.map((c) => c.name), 'the documented columns, in order');
  t.equal(rows.length, json.data.length);
  rows.forEach((row, i) => {
    const penalty = json.data[i];
    t.equal(row.id, penalty.id);
    t.equal(row.organisation_name, penalty.organisation.name);
    t.equal(row.amount_minor, penalty.amount ? String(penalty.amount.amount_minor) : '');
    t.equal(row.amount_text, penalty.amount?.amount_text ?? '');
    t.equal(row.summary, penalty.summary, 'text with commas and quotes survives');
  });
  const proposed = rows.find((r) => r.id === 'british-airways-proposed-monetary-penalty')!;
  t.equal(proposed.amount_equivalents, '183000000.00 GBP (£183 million)');
  t.match(proposed.amount_quote, /\$241 million \(£183 million\)/, 'the sentence to cite travels with the figure');
});

t.test('JSON stays the default, and wins when preferred', async (t) => {
  t.match((await get('/penalties', { accept: 'application/json, text/csv;q=0.5' })).headers['content-type'], /^application\/json/);
  t.match((await get('/penalties', { accept: 'text/html,*/*;q=0.8' })).headers['content-type'], /^application\/json/);
  t.match((await get('/penalties?format=json', { accept: 'text/csv' })).headers['content-type'], /^application\/json/, 'the parameter wins');
});

t.test('filters, sort and paging apply to CSV too', async (t) => {
  t.same(rowsOf((await get('/penalties?type=undertaking&format=csv')).body).map((r) => r.id), ['co-operative-life-planning-undertaking']);
  const first = await get('/penalties?sort=amount&limit=2&format=csv');
  t.same(rowsOf(first.body).map((r) => r.id), ['staysure-monetary-penalty', 'ticketmaster-monetary-penalty']);
  const next = String(first.headers.link).match(/<([^>]+)>/u)![1]!;
  t.match(next, /format=csv/);
  t.same(rowsOf((await get(next)).body).map((r) => r.id), ['british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty']);
});

t.test('every list has its CSV', async (t) => {
  for (const [url, columns] of [
    ['/organisations', organisationColumns],
    ['/incidents', incidentColumns],
    ['/sources', sourceColumns],
  ] as const) {
    const rows = rowsOf((await get(`${url}?format=csv`)).body);
    t.same(Object.keys(rows[0]!), columns.map((c) => c.name), url);
    t.equal(rows.length, (await get(url)).json().data.length);
  }
  const incident = rowsOf((await get('/incidents?format=csv&q=chatbot')).body)[0]!;
  t.match(incident.parties, /threat_actor: magecart/);
  t.match(incident.quantities, /customers-affected-europe: more than nine million \(9000000 customers\)/);
});

t.test('cells that would be formulas are neutralised', async (t) => {
  const rows = rowsOf((await get('/organisations?format=csv&sort=id')).body);
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  t.equal(byId.barclays!.name, `'=HYPERLINK("http://example.invalid","x")`);
  t.equal(byId.barclays!.description, "'+44 20 7946 0000");
  t.equal(byId.magecart!.description, "'@SUM(A1:A9)");
  t.equal(byId['keller-lenkner']!.description, "'-1+2");
  t.equal(byId.staysure!.name, 'Staysure.co.uk', 'ordinary text is untouched');
  t.equal(neutralise('\tcmd'), "'\tcmd");
  t.equal(neutralise('a=b'), 'a=b');
});

t.test('a bad format is a 400', async (t) => {
  const response = await get('/penalties?format=xml');
  t.equal(response.statusCode, 400);
  t.match(response.json().invalid_params, [{ name: 'format' }]);
});
