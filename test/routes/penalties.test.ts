// /penalties and /penalties/{id} on the seed dataset: what a journalist or a client sees.
import t from 'tap';
import { testApp } from '../helper.js';

const { get } = await testApp(t);
const ids = async (url: string) => (await get(url)).json().data.map((p: { id: string }) => p.id);

t.test('lists the seed penalties, each with citations', async (t) => {
  const response = await get('/penalties');
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^application\/json/);
  const body = response.json();
  t.equal(body.data.length, 5);
  t.equal(body.next_cursor, null);
  t.notOk(response.headers.link, 'no next page, no Link header');
  for (const penalty of body.data) {
    t.ok(penalty.citations.length > 0, `${penalty.id} cites its source`);
    t.match(penalty.citations[0], { source_id: String, quote: String, quote_start: Number, quote_end: Number });
  }
});

t.test('a penalty carries its amount as reported, linked equivalents and related summaries', async (t) => {
  const staysure = (await get('/penalties/staysure-monetary-penalty')).json();
  t.match(staysure, {
    id: 'staysure-monetary-penalty',
    type: 'monetary_penalty',
    status: 'imposed',
    amount: { amount_minor: 17_500_000, currency: 'GBP', amount_major: '175000.00', amount_text: '£175,000', amount_qualifier: 'exact' },
    regulator: { id: 'ico', name: "Information Commissioner's Office" },
    organisation: { id: 'staysure', name: 'Staysure.co.uk' },
    incident: { id: 'staysure-website-attack-2013' },
    issued_on: null,
  });
  t.ok(staysure.citations.some((c: { field: string; quote: string }) => c.field === 'amount' && c.quote.includes('£175,000')));
  t.equal(staysure.statements.length, 4, 'what the ICO and ViaSat UK said');

  const proposed = (await get('/penalties/british-airways-proposed-monetary-penalty')).json();
  t.match(proposed, {
    status: 'reduced',
    amount: { currency: 'USD', amount_minor: 24_100_000_000, amount_text: '$241 million' },
    amount_equivalents: [{ currency: 'GBP', amount_minor: 18_300_000_000, amount_text: '£183 million' }],
    superseded_by: { id: 'british-airways-monetary-penalty' },
  });
  const final = (await get('/penalties/british-airways-monetary-penalty')).json();
  t.match(final, { status: 'imposed', supersedes: { id: 'british-airways-proposed-monetary-penalty' }, amount: { amount_text: '$26 million' } });

  const undertaking = (await get('/penalties/co-operative-life-planning-undertaking')).json();
  t.match(undertaking, { type: 'undertaking', amount: null, legal_basis: 'Data Protection Act', signed_by: { id: 'ian-mackie', name: 'Ian Mackie' } });
  t.match(undertaking.rationale, /No monetary penalty/);
});

t.test('filters', async (t) => {
  t.same(await ids('/penalties?type=undertaking'), ['co-operative-life-planning-undertaking']);
  t.same((await ids('/penalties?type=undertaking&type=monetary_penalty')).length, 5, 'type repeats');
  t.same(await ids('/penalties?status=under_appeal'), ['ticketmaster-monetary-penalty']);
  t.same(await ids('/penalties?status=reduced&status=under_appeal&sort=id'), ['british-airways-proposed-monetary-penalty', 'ticketmaster-monetary-penalty']);
  t.same(await ids('/penalties?organisation=british-airways&sort=id'), ['british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty']);
  t.same((await ids('/penalties?regulator=ico')).length, 5);
  t.same(await ids('/penalties?incident=staysure-website-attack-2013'), ['staysure-monetary-penalty']);
  t.same(await ids('/penalties?currency=GBP'), ['staysure-monetary-penalty'], 'the GBP equivalent of a USD amount is not its currency');
  t.same(await ids('/penalties?currency=USD&min_amount=1650000&sort=amount'), ['ticketmaster-monetary-penalty', 'british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty']);
  t.same(await ids('/penalties?currency=USD&min_amount=2000000&max_amount=30000000'), ['british-airways-monetary-penalty']);
  t.same(await ids('/penalties?currency=GBP&max_amount=174999.99'), []);
  t.same(await ids('/penalties?amount_qualifier=more_than'), ['ticketmaster-monetary-penalty']);
  t.same(await ids('/penalties?q=appeal'), ['ticketmaster-monetary-penalty']);
  t.same(await ids('/penalties?q=Staysure.co.uk'), ['staysure-monetary-penalty']);
  t.same(await ids('/penalties?q=pandem*&sort=id'), ['british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty']);
  t.same(await ids('/penalties?from=2000'), [], 'no article dates a penalty, so a date filter excludes them all');
});

t.test('sorts put records without the value last, either way', async (t) => {
  const ascending = await ids('/penalties?sort=amount');
  const descending = await ids('/penalties?sort=-amount');
  t.same(ascending, ['staysure-monetary-penalty', 'ticketmaster-monetary-penalty', 'british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty', 'co-operative-life-planning-undertaking']);
  t.same(descending, ['british-airways-proposed-monetary-penalty', 'british-airways-monetary-penalty', 'ticketmaster-monetary-penalty', 'staysure-monetary-penalty', 'co-operative-life-planning-undertaking']);
});

t.test('pages with a cursor and a Link header', async (t) => {
  const first = await get('/penalties?sort=id&limit=2&type=monetary_penalty');
  const body = first.json();
  t.equal(body.data.length, 2);
  t.type(body.next_cursor, 'string');
  t.equal(first.headers.link, `</penalties?sort=id&limit=2&type=monetary_penalty&cursor=${body.next_cursor}>; rel="next"`);
  const next = await get(first.headers.link!.toString().slice(1, first.headers.link!.toString().indexOf('>')));
  t.same(next.json().data.map((p: { id: string }) => p.id), ['staysure-monetary-penalty', 'ticketmaster-monetary-penalty']);
  t.equal(next.json().next_cursor, null);
});

const invalid: [string, string, RegExp][] = [
  ['/penalties?type=fine', 'type', /expected one of/i],
  ['/penalties?type=undertaking&type=fine', 'type', /expected one of/i],
  ['/penalties?status=pending', 'status', /expected one of/i],
  ['/penalties?colour=red', 'colour', /not a parameter/],
  ['/penalties?limit=0', 'limit', /too small|>=1/i],
  ['/penalties?limit=501', 'limit', /too big|<=500/i],
  ['/penalties?limit=ten', 'limit', /expected number/i],
  ['/penalties?sort=size', 'sort', /expected one of/i],
  ['/penalties?min_amount=100', 'min_amount', /exactly one currency/],
  ['/penalties?currency=GBP&currency=USD&max_amount=5', 'max_amount', /exactly one currency/],
  ['/penalties?currency=GBP&min_amount=1.001', 'min_amount', /more decimals than GBP/],
  ['/penalties?currency=GBP&min_amount=-5', 'min_amount', /non-negative decimal/],
  ['/penalties?currency=GBP&min_amount=10&max_amount=5', 'min_amount', /more than max_amount/],
  ['/penalties?currency=XYZ', 'currency', /not an ISO 4217 currency code/],
  ['/penalties?currency=gbp', 'currency', /ISO 4217/],
  ['/penalties?from=2013-13', 'from', /YYYY, YYYY-MM or YYYY-MM-DD/],
  ['/penalties?from=2013-02-30', 'from', /not a calendar date/],
  ['/penalties?from=2020&to=2019', 'from', /after to/],
  ['/penalties?organisation=staysur', 'organisation', /no organisation has the id "staysur"/],
  ['/penalties?regulator=cnil', 'regulator', /no regulator has the id "cnil"/],
  ['/penalties?incident=Nope!', 'incident', /must be an id/],
  ['/penalties?cursor=not-a-cursor', 'cursor', /not a cursor this API issued/],
];

for (const [url, name, reason] of invalid) {
  t.test(`400 for ${url}`, async (t) => {
    const response = await get(url);
    t.equal(response.statusCode, 400);
    t.match(response.headers['content-type'], /^application\/problem\+json/);
    const problem = response.json();
    t.match(problem, { type: '/problems/invalid-parameters', title: 'Invalid parameters', status: 400, detail: String });
    t.ok(
      problem.invalid_params.some((p: { name: string; reason: string }) => p.name === name && reason.test(p.reason)),
      `names ${name}`,
      { invalid_params: problem.invalid_params },
    );
  });
}

t.test('a cursor is bound to the sort it was issued for', async (t) => {
  const { next_cursor } = (await get('/penalties?sort=amount&limit=1')).json();
  const response = await get(`/penalties?sort=-amount&cursor=${next_cursor}`);
  t.equal(response.statusCode, 400);
  t.match(response.json().invalid_params, [{ name: 'cursor', reason: /issued for sort=amount/ }]);
});

t.test('text that would be FTS5 syntax is searched as words', async (t) => {
  for (const q of ['"', 'NEAR(', 'appeal AND', '*', 'OR', '(appeal', 'appeal"', 'ticket^master', 'col:umn', '—', 'Zürich', '日本', "'; DROP TABLE penalties; --"]) {
    const response = await get(`/penalties?q=${encodeURIComponent(q)}`);
    t.equal(response.statusCode, 200, `q=${q}`);
  }
  t.same(await ids(`/penalties?q=${encodeURIComponent('"appeal')}`), ['ticketmaster-monetary-penalty']);
});

t.test('an unknown id is a 404 problem', async (t) => {
  const response = await get('/penalties/no-such-penalty');
  t.equal(response.statusCode, 404);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  t.match(response.json(), { type: '/problems/not-found', status: 404, detail: 'No penalty has the id "no-such-penalty".' });
  const malformed = await get('/penalties/NOT%20AN%20ID');
  t.equal(malformed.statusCode, 400);
  t.match(malformed.json().invalid_params, [{ name: 'id' }]);
});
