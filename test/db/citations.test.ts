// What a journalist relies on: every quote in the built database is the article's own text at the
// offsets it gives, and every amount, count and date is in the words quoted for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { parsePartialDate } from '../../src/normalise/dates.js';
import { parseMoney } from '../../src/normalise/money.js';
import { parseQuantity } from '../../src/normalise/quantity.js';
import { foldWhitespace } from '../../src/normalise/text.js';
import { freshDatabase, seedsDir } from '../helper.js';

const db = new Database(freshDatabase(t), { readonly: true });
t.teardown(() => db.close());

type Citation = { id: number; source_id: string; field: string | null; quote: string; quote_start: number; quote_end: number };
const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

const citationsOf = (column: string, id: string, field?: string) =>
  all<Citation>(`SELECT * FROM citations WHERE ${column} = ? ${field ? 'AND field = ?' : ''}`, ...(field ? [id, field] : [id]));

// Folding whitespace only, U+00A0 included, as the issue asks.
const contains = (quote: string, words: string) => foldWhitespace(quote).includes(foldWhitespace(words));

t.test('each source is its article byte for byte', async (t) => {
  for (const source of all<{ id: string; file_name: string; sha256: string; byte_length: number; text: string }>('SELECT * FROM sources')) {
    const bytes = readFileSync(join(seedsDir, 'articles', source.file_name));
    t.equal(source.byte_length, bytes.length, `${source.id} length`);
    t.equal(source.text, bytes.toString('utf8'), `${source.id} text`);
    const { createHash } = await import('node:crypto');
    t.equal(source.sha256, createHash('sha256').update(bytes).digest('hex'), `${source.id} sha256`);
  }
});

t.test('each quote occurs in its article at its offsets', async (t) => {
  const articles = new Map(
    all<{ id: string; file_name: string }>('SELECT id, file_name FROM sources').map((s) => [
      s.id,
      Array.from(readFileSync(join(seedsDir, 'articles', s.file_name), 'utf8')),
    ]),
  );
  const citations = all<Citation>('SELECT * FROM citations');
  t.ok(citations.length > 150, `${citations.length} citations`);
  let exact = 0;
  for (const c of citations) {
    const text = articles.get(c.source_id)!.slice(c.quote_start, c.quote_end).join('');
    if (foldWhitespace(text) !== foldWhitespace(c.quote)) t.fail(`citation ${c.id} is not at ${c.quote_start}..${c.quote_end}`, { quote: c.quote, found: text });
    else exact += text === c.quote ? 1 : 0;
  }
  t.equal(exact, citations.length, 'every stored quote is the article’s own characters, whitespace included');
});

t.test('every organisation, incident, penalty, person and statement cites a quote', async (t) => {
  for (const [table, column] of [
    ['regulators', 'regulator_id'],
    ['organisations', 'organisation_id'],
    ['incidents', 'incident_id'],
    ['penalties', 'penalty_id'],
    ['people', 'person_id'],
    ['statements', 'statement_id'],
  ]) {
    const uncited = all<{ id: string }>(`SELECT id FROM ${table} WHERE id NOT IN (SELECT ${column} FROM citations WHERE ${column} IS NOT NULL)`);
    t.same(uncited, [], `${table} without a citation`);
  }
});

t.test('each amount is in a quote cited for it, and reads back to the stored figure', async (t) => {
  const penalties = all<{ id: string; amount_minor: number; currency: string; amount_text: string; amount_qualifier: string }>(
    'SELECT * FROM penalties WHERE amount_minor IS NOT NULL',
  );
  t.equal(penalties.length, 4);
  for (const p of penalties) {
    const quotes = citationsOf('penalty_id', p.id, 'amount');
    t.ok(quotes.some((c) => contains(c.quote, p.amount_text)), `${p.id}: "${p.amount_text}" is quoted`);
    const read = parseMoney(p.amount_text, p.currency);
    t.equal(read.amount_minor, p.amount_minor, `${p.id}: amount`);
    t.ok(read.currencies.includes(p.currency), `${p.id}: currency`);
    t.equal(read.amount_qualifier, p.amount_qualifier, `${p.id}: qualifier`);
  }
  for (const e of all<{ penalty_id: string; amount_minor: number; currency: string; amount_text: string }>('SELECT * FROM penalty_amount_equivalents')) {
    const quotes = citationsOf('penalty_id', e.penalty_id, `amount_equivalents[${e.currency}]`);
    t.ok(quotes.some((c) => contains(c.quote, e.amount_text)), `${e.penalty_id}: "${e.amount_text}" is quoted`);
    t.equal(parseMoney(e.amount_text, e.currency).amount_minor, e.amount_minor);
  }
});

t.test('each count is in a quote cited for it, and reads back to the stored value', async (t) => {
  const quantities = all<{ incident_id: string; key: string; value: number; value_max: number | null; qualifier: string; text: string }>(
    'SELECT * FROM incident_quantities',
  );
  t.equal(quantities.length, 11);
  for (const q of quantities) {
    const quotes = citationsOf('incident_id', q.incident_id, `quantities[${q.key}]`);
    t.ok(quotes.some((c) => contains(c.quote, q.text)), `${q.incident_id} ${q.key}: "${q.text}" is quoted`);
    t.match(parseQuantity(q.text), { value: q.value, value_max: q.value_max, qualifier: q.qualifier }, `${q.key} reads back`);
  }
});

t.test('each date is in a quote cited for it, and reads back at its precision', async (t) => {
  const dates = [
    ...all<{ id: string; field: string; date: string; precision: string; text: string }>(
      `SELECT id, 'occurred_from' AS field, occurred_from AS date, occurred_from_precision AS precision, occurred_from_text AS text FROM incidents WHERE occurred_from IS NOT NULL
       UNION ALL SELECT id, 'occurred_to', occurred_to, occurred_to_precision, occurred_to_text FROM incidents WHERE occurred_to IS NOT NULL`,
    ),
  ];
  t.equal(dates.length, 4);
  for (const d of dates) {
    t.ok(citationsOf('incident_id', d.id, d.field).some((c) => contains(c.quote, d.text)), `${d.id} ${d.field}: "${d.text}" is quoted`);
    t.same(parsePartialDate(d.text), { date: d.date, precision: d.precision }, `${d.id} ${d.field} reads back`);
  }
});

t.test('the facts the issue lists are there, and unknowns are null', async (t) => {
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  t.match(one('SELECT * FROM incidents WHERE id = ?', 'staysure-website-attack-2013'), { occurred_from: '2013-10', occurred_from_precision: 'month' });
  t.match(one('SELECT * FROM incidents WHERE id = ?', 'ticketmaster-chatbot-breach'), {
    occurred_from: '2017-09',
    occurred_to: '2018-06',
    occurred_to_text: 'late June 2018',
  });
  t.match(one("SELECT * FROM incident_quantities WHERE incident_id = 'ticketmaster-chatbot-breach' AND key = 'customers-affected-europe'"), {
    value: 9_000_000,
    qualifier: 'more_than',
    unit: 'customers',
    scope: 'Europe',
  });
  t.match(one("SELECT * FROM incident_quantities WHERE incident_id = 'co-operative-life-planning-contractor-breach-2011' AND key = 'customers-in-file'"), {
    value: 10_000,
    value_max: 99_999,
    qualifier: 'approximate',
  });
  t.match(one("SELECT * FROM incident_parties WHERE incident_id = 'ticketmaster-chatbot-breach' AND organisation_id = 'magecart'"), {
    role: 'threat_actor',
    certainty: 'suspected',
  });
  t.match(one("SELECT * FROM incident_parties WHERE incident_id = 'co-operative-life-planning-contractor-breach-2011' AND role = 'contractor'"), {
    organisation_id: null,
  });
  t.same(
    all('SELECT id FROM penalties WHERE issued_on IS NOT NULL'),
    [],
    'no article dates an enforcement action, so no penalty has a date',
  );
  t.match(one('SELECT * FROM regulators WHERE id = ?', 'ico'), { abbreviation: 'ICO', jurisdiction: null });
  t.match(one('SELECT * FROM sources WHERE id = ?', 'ico-fines-ticketmaster'), { publisher: 'iTech Post', stated_date: '2021', stated_date_text: '© 2021' });
});
