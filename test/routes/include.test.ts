// include=: related records in full instead of summaries; the default stays summaries.
import t from 'tap';
import { testApp } from '../helper.js';

const { get } = await testApp(t);

t.test('summaries by default', async (t) => {
  const penalty = (await get('/penalties/staysure-monetary-penalty')).json();
  t.same(penalty.organisation, { id: 'staysure', name: 'Staysure.co.uk' });
  t.same(penalty.incident, { id: 'staysure-website-attack-2013', name: 'Staysure.co.uk website attack' });
  t.notOk('source' in penalty.citations[0]);
});

t.test('include=organisation,incident,citations embeds them in full', async (t) => {
  const penalty = (await get('/penalties/staysure-monetary-penalty?include=organisation,incident,citations')).json();
  t.match(penalty.organisation, { id: 'staysure', sector: 'insurance', aliases: [], citations: Array });
  t.match(penalty.incident, { id: 'staysure-website-attack-2013', occurred_from: { date: '2013-10' }, quantities: Array, parties: Array });
  t.match(penalty.citations[0].source, { id: 'ico-fines-staysure', sha256: '7ce049e5309abcfa7d7ff05f20d3a85195f525bccddcd22706f834649b14581f' });
});

t.test('on a list, and with records that have no incident', async (t) => {
  const body = (await get('/penalties?include=incident&sort=id')).json();
  t.equal(body.data.length, 5);
  for (const penalty of body.data) t.ok(penalty.incident.summary, `${penalty.id} has its incident in full`);
  const organisations = (await get('/penalties?include=organisation&organisation=british-airways')).json();
  t.ok(organisations.data.every((p: { organisation: { citations?: unknown } }) => p.organisation.citations));
});

t.test('unknown includes are refused', async (t) => {
  const response = await get('/penalties?include=regulator');
  t.equal(response.statusCode, 400);
  t.match(response.json().invalid_params, [{ name: 'include' }]);
  t.equal((await get('/penalties/staysure-monetary-penalty?include=statements')).statusCode, 400);
});
