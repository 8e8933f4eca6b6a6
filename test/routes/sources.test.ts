// /sources and /sources/{id}: the articles, and what cites them.
import t from 'tap';
import { testApp } from '../helper.js';

const { get } = await testApp(t);

t.test('lists the three articles with their metadata, not their text', async (t) => {
  const body = (await get('/sources')).json();
  t.same(body.data.map((s: { id: string }) => s.id), ['co-operative-life-planning-customer-details-released-online', 'ico-fines-staysure', 'ico-fines-ticketmaster']);
  const ticketmaster = body.data[2];
  t.match(ticketmaster, {
    title: 'ICO Issues $1.65 Million Fine to Ticketmaster Following Customer Data Leak',
    publisher: 'iTech Post',
    stated_date: { date: '2021', precision: 'year', text: '© 2021' },
    file_name: '002_075003a18688f306.txt',
    sha256: 'f7ebf3e58a1b2ee5d414e0556f79677611594a70db04979ab7ce5fe2a3160918',
  });
  t.notOk('text' in ticketmaster, 'the article text is not redistributed');
  const staysure = body.data[1];
  t.match(staysure, { title: null, publisher: null, stated_date: null }, 'the Staysure article gives no title, publisher or date');
});

t.test('a source lists the records that cite it', async (t) => {
  const source = (await get('/sources/ico-fines-staysure')).json();
  t.same(source.cited_by.penalties, [{ id: 'staysure-monetary-penalty', name: 'Staysure.co.uk: monetary penalty of £175,000' }]);
  t.same(source.cited_by.organisations.map((o: { id: string }) => o.id), ['staysure', 'viasat-uk']);
  t.same(source.cited_by.regulators.map((o: { id: string }) => o.id), ['ico']);
  t.ok(source.citation_count > 20);
  t.equal((await get('/sources/no-such-article')).statusCode, 404);
});

t.test('pages', async (t) => {
  const first = (await get('/sources?limit=2')).json();
  t.equal(first.data.length, 2);
  const second = (await get(`/sources?limit=2&cursor=${first.next_cursor}`)).json();
  t.same(second.data.map((s: { id: string }) => s.id), ['ico-fines-ticketmaster']);
  t.equal(second.next_cursor, null);
});
