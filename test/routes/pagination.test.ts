// Paging and filtering at a size the seed articles cannot reach: a synthetic database of 600
// penalties with many ties and missing values. Every page sequence is compared with the order the
// contract promises, computed here independently from the raw rows: no repeats, no gaps.
import Database from 'better-sqlite3';
import t from 'tap';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase, testApp } from '../helper.js';

const path = freshDatabase(t);
const writable = new Database(path);
fillSynthetic(writable, { penalties: 600, seed: 7 });
writable.close();

type Row = { id: string; type: string; status: string; organisation_id: string; regulator_id: string; currency: string | null; amount_minor: number | null; issued_start: string | null; issued_end: string | null };
const reader = new Database(path, { readonly: true });
const rows = reader.prepare('SELECT id, type, status, organisation_id, regulator_id, currency, amount_minor, issued_start, issued_end FROM penalties').all() as Row[];
const incidentRows = reader.prepare('SELECT id, name, occurred_start, occurred_end FROM incidents').all() as { id: string; name: string; occurred_start: string | null; occurred_end: string | null }[];
const organisationRows = reader.prepare('SELECT id, name, sector, country FROM organisations').all() as { id: string; name: string; sector: string | null; country: string | null }[];
reader.close();

const { get } = await testApp(t, path);

/** The contract's order: by key in the sort's direction, ties by id in the same direction, missing keys last. */
function expectedOrder<T extends { id: string }>(records: T[], key: ((r: T) => string | number | null) | null, descending: boolean): string[] {
  const sign = descending ? -1 : 1;
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
  if (!key) return [...records].sort(byId).map((r) => r.id);
  const present = records.filter((r) => key(r) !== null);
  const missing = records.filter((r) => key(r) === null);
  present.sort((a, b) => {
    const [x, y] = [key(a)!, key(b)!];
    return x < y ? -sign : x > y ? sign : byId(a, b);
  });
  return [...present, ...missing.sort(byId)].map((r) => r.id);
}

async function pageThrough(url: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await get(`${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    const body = response.json();
    seen.push(...body.data.map((r: { id: string }) => r.id));
    cursor = body.next_cursor;
    // Thrown, not asserted on the file's top-level test: the failure then belongs to the subtest paging.
    if (cursor && !String(response.headers.link ?? '').includes(`cursor=${cursor}`)) throw new Error(`${url}: no Link header to the next page`);
    pages += 1;
  } while (cursor && pages < 1000);
  return seen;
}

t.test('the synthetic data has the ties and gaps this test needs', async (t) => {
  const amounts = rows.map((r) => r.amount_minor).filter((a) => a !== null);
  t.ok(new Set(amounts).size < amounts.length - 50, 'many amounts are tied');
  t.ok(rows.some((r) => r.amount_minor === null) && rows.some((r) => r.issued_start === null), 'some have no amount, some no date');
});

for (const [sort, key, descending] of [
  ['id', null, false],
  ['date', (r: Row) => r.issued_start, false],
  ['-date', (r: Row) => r.issued_start, true],
  ['amount', (r: Row) => r.amount_minor, false],
  ['-amount', (r: Row) => r.amount_minor, true],
] as const) {
  t.test(`paging /penalties?sort=${sort} visits every record once, in order`, async (t) => {
    const expected = expectedOrder(rows, key, descending);
    for (const limit of [7, 50, 500]) {
      const seen = await pageThrough(`/penalties?sort=${sort}`, limit);
      t.equal(new Set(seen).size, seen.length, `limit=${limit}: no record twice`);
      t.same(seen, expected, `limit=${limit}: all ${expected.length}, in the promised order`);
    }
  });
}

t.test('filters agree with the rows, across pages', async (t) => {
  const cases: [string, (r: Row) => boolean][] = [
    ['type=reprimand&type=undertaking', (r) => r.type === 'reprimand' || r.type === 'undertaking'],
    ['status=imposed', (r) => r.status === 'imposed'],
    ['regulator=cnil', (r) => r.regulator_id === 'cnil'],
    ['currency=EUR', (r) => r.currency === 'EUR'],
    ['currency=GBP&min_amount=100000&max_amount=5000000', (r) => r.currency === 'GBP' && r.amount_minor! >= 10_000_000 && r.amount_minor! <= 500_000_000],
    ['currency=JPY&min_amount=500000', (r) => r.currency === 'JPY' && r.amount_minor! >= 500_000],
    // A date matches when any day it can mean is in range.
    ['from=2019', (r) => r.issued_end !== null && r.issued_end >= '2019-01-01'],
    ['to=2010-06', (r) => r.issued_start !== null && r.issued_start <= '2010-06-30'],
    ['from=2012-02-10&to=2012-03', (r) => r.issued_end !== null && r.issued_end >= '2012-02-10' && r.issued_start! <= '2012-03-31'],
    ['organisation=org-0000003&organisation=org-0000004', (r) => r.organisation_id === 'org-0000003' || r.organisation_id === 'org-0000004'],
  ];
  for (const [filter, keep] of cases) {
    const expected = expectedOrder(rows.filter(keep), (r) => r.amount_minor, true);
    t.ok(expected.length > 0, `${filter} matches something`);
    t.same(await pageThrough(`/penalties?${filter}&sort=-amount`, 13), expected, filter);
    // The total is the same on every page, and it is the number of rows the filter keeps.
    const first = (await get(`/penalties?${filter}&count=true&limit=13`)).json();
    const second = first.next_cursor ? (await get(`/penalties?${filter}&count=true&limit=13&cursor=${first.next_cursor}`)).json() : first;
    t.same([first.total, second.total], [{ value: expected.length, exact: true }, { value: expected.length, exact: true }], `${filter}: total`);
  }
  t.notOk('total' in (await get('/penalties?status=imposed')).json(), 'no total unless asked for');
});

t.test('incidents page by date, undated last, and filter by period with any overlap', async (t) => {
  const expected = expectedOrder(incidentRows, (r) => r.occurred_start, true);
  t.same(await pageThrough('/incidents?sort=-date', 23), expected);
  const inRange = incidentRows.filter((r) => r.occurred_end !== null && r.occurred_end >= '2015-06-01' && r.occurred_start! <= '2016-12-31');
  t.same(await pageThrough('/incidents?from=2015-06&to=2016&sort=date', 9), expectedOrder(inRange, (r) => r.occurred_start, false));
});

t.test('organisations page by name, ties by id', async (t) => {
  t.same(await pageThrough('/organisations?sort=name', 17), expectedOrder(organisationRows, (r) => r.name, false));
  t.same(await pageThrough('/organisations?sort=-name', 17), expectedOrder(organisationRows, (r) => r.name, true));
  const insurers = organisationRows.filter((r) => r.sector === 'insurance');
  t.same(await pageThrough('/organisations?sector=insurance', 5), expectedOrder(insurers, (r) => r.name, false));
  const irish = organisationRows.filter((r) => r.country === 'IE');
  t.ok(irish.length > 0);
  t.same(await pageThrough('/organisations?country=IE&sort=id', 5), expectedOrder(irish, null, false));
});

t.test("an organisation's totals add up its penalties in effect, per currency", async (t) => {
  const inEffect = new Set(['imposed', 'under_appeal', 'upheld']);
  const byOrganisation = new Map<string, Row[]>();
  for (const r of rows) byOrganisation.set(r.organisation_id, [...(byOrganisation.get(r.organisation_id) ?? []), r]);
  // Organisations whose penalties mix currencies and statuses, so that both the grouping and the
  // statuses left out are tested.
  const mixed = [...byOrganisation].filter(([, own]) => new Set(own.flatMap((r) => r.currency ?? [])).size > 1 && own.some((r) => r.currency && !inEffect.has(r.status)));
  t.ok(mixed.length >= 5, `${mixed.length} organisations with mixed currencies and statuses`);
  for (const [id, own] of mixed.slice(0, 20)) {
    const expected = new Map<string, { amount_minor: number; penalties: number }>();
    for (const r of own) {
      if (r.currency === null || !inEffect.has(r.status)) continue;
      const total = expected.get(r.currency) ?? { amount_minor: 0, penalties: 0 };
      expected.set(r.currency, { amount_minor: total.amount_minor + r.amount_minor!, penalties: total.penalties + 1 });
    }
    const { totals } = (await get(`/organisations/${id}`)).json() as { totals: { currency: string; amount_minor: number; penalties: number }[] };
    t.same(
      totals.map(({ currency, amount_minor, penalties }) => ({ currency, amount_minor, penalties })),
      [...expected].sort(([a], [b]) => a.localeCompare(b)).map(([currency, total]) => ({ currency, ...total })),
      id,
    );
  }
});
