// Full-text search: ranked by relevance unless another sort is asked for, with optional
// highlighted snippets; any text is searched as words.
import t from 'tap';
import { testApp } from '../helper.js';

const { get } = await testApp(t);
const ids = async (url: string) => (await get(url)).json().data.map((r: { id: string }) => r.id);

t.test('q ranks by relevance by default, and pages in that order', async (t) => {
  const ranked = await ids('/penalties?q=fine');
  t.same([...ranked].sort(), ['british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty', 'staysure-monetary-penalty', 'ticketmaster-monetary-penalty']);
  const paged: string[] = [];
  let url: string | null = '/penalties?q=fine&limit=1';
  while (url) {
    const response = await get(url);
    paged.push(...response.json().data.map((r: { id: string }) => r.id));
    url = response.headers.link ? String(response.headers.link).slice(1, String(response.headers.link).indexOf('>')) : null;
  }
  t.same(paged, ranked, 'one record a page gives the same ranking');
  t.same(await ids('/penalties?q=fine&sort=id'), [...ranked].sort(), 'another sort can be asked for');
  t.same(await ids('/penalties?q=british%20airways'), (await ids('/penalties?q=british%20airways&sort=relevance')));
});

t.test('the better match ranks first', async (t) => {
  // "airways" is in the name, summary and quotes of the BA penalties, and in no other.
  t.same((await ids('/penalties?q=airways')).length, 2);
  const incidents = await ids('/incidents?q=chatbot%20payment');
  t.equal(incidents[0], 'ticketmaster-chatbot-breach');
});

t.test('snippet=true highlights the matched words', async (t) => {
  const body = (await get('/penalties?q=appeal&snippet=true')).json();
  t.match(body.data, [{ id: 'ticketmaster-monetary-penalty', snippet: /<mark>appeal<\/mark>/ }]);
  const organisations = (await get('/organisations?q=skimmers&snippet=true')).json();
  t.match(organisations.data[0].snippet, /<mark>skimmers<\/mark>/);
  const incidents = (await get('/incidents?q=researcher&snippet=true')).json();
  t.match(incidents.data[0].snippet, /<mark>researcher<\/mark>/);
  t.notOk('snippet' in (await get('/penalties?q=appeal')).json().data[0], 'no snippet unless asked for');
});

t.test('relevance and snippets need text', async (t) => {
  for (const [url, name] of [
    ['/penalties?sort=relevance', 'sort'],
    ['/organisations?snippet=true', 'snippet'],
    ['/incidents?sort=relevance', 'sort'],
  ] as const) {
    const response = await get(url);
    t.equal(response.statusCode, 400, url);
    t.match(response.json().invalid_params, [{ name, reason: /needs q/ }]);
  }
});

t.test('text with nothing to search matches nothing, without an error', async (t) => {
  for (const q of ['***', '"', '()', '^:-']) {
    const response = await get(`/penalties?q=${encodeURIComponent(q)}`);
    t.equal(response.statusCode, 200, q);
    t.same(response.json().data, []);
  }
});
