// The penalty documents (penalty_documents, built in SQL by src/db/derived-tables.ts) are what
// /penalties and /penalties/{id} send. Checked on 2,000 synthetic penalties: every page of every
// penalty is valid against the OpenAPI document (the test helper checks each response), each
// document holds what the tables hold, and amounts in major units read as toMajor writes them, for
// currencies with 0, 2 and 3 decimals.
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { rebuildPenaltyDocumentsStatements } from '../../src/db/derived-tables.js';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { toMajor } from '../../src/normalise/money.js';
import { freshDatabase, testApp } from '../helper.js';

const path = (t: Test) => {
  const file = freshDatabase(t);
  const writable = new Database(file);
  fillSynthetic(writable, { penalties: 2000, seed: 29 });
  // No synthetic currency has three decimals: one penalty is given a Kuwaiti dinar amount, and the
  // documents rebuilt as every data migration rebuilds them.
  writable.prepare(`UPDATE penalties SET currency = 'KWD', amount_minor = 1234567, amount_text = 'KWD 1,234.567' WHERE id = (SELECT min(id) FROM penalties WHERE amount_minor IS NOT NULL)`).run();
  for (const statement of rebuildPenaltyDocumentsStatements) writable.prepare(statement).run();
  writable.close();
  return file;
};

type Doc = { id: string; amount: { amount_minor: number; currency: string; amount_major: string } | null; amount_equivalents: { amount_minor: number; currency: string; amount_major: string }[]; citations: unknown[]; regulator: { id: string }; organisation: { id: string }; incident: { id: string } | null };

t.test('every penalty, paged through /penalties, is valid and holds what the tables hold', async (t) => {
  const file = path(t);
  const { get } = await testApp(t, file);
  const sqlite = new Database(file, { readonly: true });
  t.teardown(() => sqlite.close());
  const rows = new Map(
    (sqlite.prepare('SELECT id, regulator_id, organisation_id, incident_id, amount_minor, currency, (SELECT count(*) FROM citations c WHERE c.penalty_id = p.id) AS citations, (SELECT count(*) FROM penalty_amount_equivalents e WHERE e.penalty_id = p.id) AS equivalents FROM penalties p').all() as {
      id: string; regulator_id: string; organisation_id: string; incident_id: string | null; amount_minor: number | null; currency: string | null; citations: number; equivalents: number;
    }[]).map((r) => [r.id, r]),
  );
  t.equal(rows.size, 2000);

  const seen = new Set<string>();
  const currencies = new Set<string>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await get(`/penalties?sort=id&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    t.equal(response.statusCode, 200);
    const body = response.json<{ data: Doc[]; next_cursor: string | null }>();
    for (const doc of body.data) {
      const row = rows.get(doc.id)!;
      seen.add(doc.id);
      if (
        doc.regulator.id !== row.regulator_id ||
        doc.organisation.id !== row.organisation_id ||
        (doc.incident?.id ?? null) !== row.incident_id ||
        (doc.amount?.amount_minor ?? null) !== row.amount_minor ||
        doc.citations.length !== row.citations ||
        doc.amount_equivalents.length !== row.equivalents
      ) {
        t.fail(`${doc.id}: the document does not hold what the tables hold: ${JSON.stringify(doc).slice(0, 400)}`);
      }
      for (const amount of [doc.amount, ...doc.amount_equivalents]) {
        if (!amount) continue;
        currencies.add(amount.currency);
        if (amount.amount_major !== toMajor(amount.amount_minor, amount.currency)) t.fail(`${doc.id}: ${amount.amount_major} for ${amount.amount_minor} ${amount.currency}`);
      }
    }
    cursor = body.next_cursor;
    pages += 1;
  } while (cursor);
  t.equal(seen.size, rows.size, `every penalty once, in ${pages} pages`);
  t.ok(['GBP', 'EUR', 'USD', 'JPY', 'KWD'].every((c) => currencies.has(c)), `amounts in ${[...currencies].join(', ')}`);
  const kwd = (await get(`/penalties?currency=KWD`)).json<{ data: Doc[] }>().data[0]!;
  t.match(kwd.amount, { amount_minor: 1234567, currency: 'KWD', amount_major: '1234.567', amount_text: 'KWD 1,234.567' });
});

t.test('a penalty by id is its document with its statements, whatever the options', async (t) => {
  // The seed data: synthetic penalties have no statements.
  const file = freshDatabase(t);
  const { get } = await testApp(t, file);
  const sqlite = new Database(file, { readonly: true });
  t.teardown(() => sqlite.close());
  const { penalty_id: id, said } = sqlite
    .prepare('SELECT penalty_id, count(*) AS said FROM statements WHERE penalty_id IS NOT NULL GROUP BY penalty_id ORDER BY count(*) DESC LIMIT 1')
    .get() as { penalty_id: string; said: number };
  const plain = (await get(`/penalties/${id}`)).json<Doc & { statements: { id: string; speaker: { id: string }; citations: unknown[] }[] }>();
  t.equal(plain.statements.length, said, `${said} statements about ${id}`);
  const statementCitations = sqlite.prepare('SELECT count(*) AS n FROM citations WHERE statement_id IN (SELECT id FROM statements WHERE penalty_id = ?)').get(id) as { n: number };
  t.equal(plain.statements.reduce((n, s) => n + s.citations.length, 0), statementCitations.n, 'each statement with its citations');
  // With include=, the document is read as an object and the summaries replaced: the rest is the same.
  const included = (await get(`/penalties/${id}?include=organisation`)).json<typeof plain>();
  t.same({ ...included, organisation: plain.organisation }, plain);
  t.match(included.organisation, { id: plain.organisation.id, aliases: Array, citations: Array }, 'the organisation in full');
  // The list and the record agree.
  const listed = (await get(`/penalties?organisation=${plain.organisation.id}&limit=100`)).json<{ data: Doc[] }>().data.find((p) => p.id === id);
  const { statements: _, ...withoutStatements } = plain;
  t.same(listed, withoutStatements, 'the list sends the same document, without statements');
});
