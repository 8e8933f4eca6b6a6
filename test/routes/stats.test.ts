// /stats/penalties and facets: counts and sums per currency, never added across currencies,
// checked on the seeds by hand and on a synthetic database against sums computed here.
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import t from 'tap';
import { fillSynthetic } from '../../src/db/synthetic.js';
import { freshDatabase, testApp } from '../helper.js';

t.test('on the seeds', async (t) => {
  const { get } = await testApp(t);
  const byType = (await get('/stats/penalties?group_by=type')).json();
  t.same(byType.groups, [
    {
      key: { type: 'monetary_penalty' },
      count: 4,
      sums: [
        { currency: 'GBP', amount_minor: 17_500_000, amount_major: '175000.00', count: 1 },
        { currency: 'USD', amount_minor: 26_865_000_000, amount_major: '268650000.00', count: 3 },
      ],
    },
    { key: { type: 'undertaking' }, count: 1, sums: [] },
  ]);
  t.equal(byType.total.count, 5);

  const imposed = (await get('/stats/penalties?group_by=organisation&status=imposed&status=under_appeal')).json();
  t.same(
    imposed.groups.map((g: { key: { organisation: string }; sums: { amount_major: string }[] }) => [g.key.organisation, g.sums.map((s) => s.amount_major)]),
    [
      ['british-airways', ['26000000.00']],
      ['co-operative-life-planning', []],
      ['staysure', ['175000.00']],
      ['ticketmaster', ['1650000.00']],
    ],
    'filtering by status leaves out the reduced proposal',
  );
  const undated = (await get('/stats/penalties?group_by=year')).json();
  t.same(undated.groups.map((g: { key: { year: string | null } }) => g.key), [{ year: null }], 'no article dates a penalty');

  const csv = parse((await get('/stats/penalties?group_by=type,currency&format=csv')).body, { columns: true });
  t.same(csv[0], { type: 'monetary_penalty', currency: 'GBP', count: '1', currency_count: '1', amount_minor: '17500000', amount_major: '175000.00' });

  const facets = (await get('/penalties?facets=type,currency&limit=1')).json().facets;
  t.same(facets, {
    type: [
      { value: 'monetary_penalty', count: 4 },
      { value: 'undertaking', count: 1 },
    ],
    currency: [
      { value: 'USD', count: 3 },
      { value: 'GBP', count: 1 },
      { value: null, count: 1 },
    ],
  });
  t.same((await get('/penalties?facets=status&currency=USD')).json().facets, {
    status: [
      { value: 'imposed', count: 1 },
      { value: 'reduced', count: 1 },
      { value: 'under_appeal', count: 1 },
    ],
  }, 'facets count what the filters match');
  t.same((await get('/organisations?facets=sector&penalised=true')).json().facets.sector, [
    { value: 'insurance', count: 2 },
    { value: 'ticketing', count: 1 },
    { value: null, count: 1 },
  ], 'ties by value, the unknown last');
  t.same((await get('/incidents?facets=year')).json().facets.year, [
    { value: '2011', count: 1 },
    { value: '2013', count: 1 },
    { value: '2017', count: 1 },
    { value: null, count: 1 },
  ]);
});

t.test('refuses what it cannot group by', async (t) => {
  const { get } = await testApp(t);
  for (const [url, name] of [
    ['/stats/penalties', 'group_by'],
    ['/stats/penalties?group_by=year,type,status', 'group_by'],
    ['/stats/penalties?group_by=type,type', 'group_by'],
    ['/stats/penalties?group_by=colour', 'group_by'],
    ['/stats/penalties?group_by=year&min_amount=5', 'min_amount'],
    ['/penalties?facets=amount', 'facets'],
  ] as const) {
    const response = await get(url);
    t.equal(response.statusCode, 400, url);
    t.match(response.json().invalid_params, [{ name }]);
  }
  t.match((await get('/stats/penalties')).json().invalid_params, [{ name: 'group_by', reason: 'is required' }]);
});

t.test('on 2,000 synthetic penalties, sums per currency match the rows', async (t) => {
  const path = freshDatabase(t);
  const db = new Database(path);
  fillSynthetic(db, { penalties: 2000, seed: 11 });
  const rows = db.prepare('SELECT type, status, currency, amount_minor, issued_on FROM penalties').all() as {
    type: string;
    status: string;
    currency: string | null;
    amount_minor: number | null;
    issued_on: string | null;
  }[];
  db.close();
  const { get } = await testApp(t, path);

  const expected = new Map<string, { count: number; sums: Map<string, number> }>();
  for (const row of rows.filter((r) => r.status === 'imposed')) {
    const key = JSON.stringify({ year: row.issued_on?.slice(0, 4) ?? null, type: row.type });
    const group = expected.get(key) ?? { count: 0, sums: new Map() };
    group.count += 1;
    if (row.currency) group.sums.set(row.currency, (group.sums.get(row.currency) ?? 0) + row.amount_minor!);
    expected.set(key, group);
  }
  const body = (await get('/stats/penalties?group_by=year,type&status=imposed')).json();
  t.equal(body.groups.length, expected.size);
  for (const group of body.groups) {
    const want = expected.get(JSON.stringify(group.key))!;
    t.equal(group.count, want.count, JSON.stringify(group.key));
    t.same(Object.fromEntries(group.sums.map((s: { currency: string; amount_minor: number }) => [s.currency, s.amount_minor])), Object.fromEntries(want.sums));
  }
  const currencies = new Set(body.total.sums.map((s: { currency: string }) => s.currency));
  t.ok(currencies.size >= 3, 'several currencies, each summed apart');
});
