// /incidents and /incidents/{id} on the seed dataset.
import t from 'tap';
import { testApp } from '../helper.js';

const { get } = await testApp(t);
const ids = async (url: string) => (await get(url)).json().data.map((o: { id: string }) => o.id);

t.test('lists incidents newest first, undated last', async (t) => {
  t.same(await ids('/incidents'), ['ticketmaster-chatbot-breach', 'staysure-website-attack-2013', 'co-operative-life-planning-contractor-breach-2011', 'british-airways-data-breach']);
  t.same(await ids('/incidents?sort=date'), ['co-operative-life-planning-contractor-breach-2011', 'staysure-website-attack-2013', 'ticketmaster-chatbot-breach', 'british-airways-data-breach']);
});

t.test('an incident with its parties, figures and penalties', async (t) => {
  const incident = (await get('/incidents/ticketmaster-chatbot-breach')).json();
  t.match(incident, {
    occurred_from: { date: '2017-09', precision: 'month', text: 'September 2017' },
    occurred_to: { date: '2018-06', precision: 'month', text: 'late June 2018' },
    penalties: [{ id: 'ticketmaster-monetary-penalty', type: 'monetary_penalty', status: 'under_appeal' }],
  });
  const roles = Object.fromEntries(incident.parties.map((p: { key: string; role: string }) => [p.key, p.role]));
  t.same(roles, {
    barclays: 'affected_third_party',
    'inbenta-technologies': 'vendor',
    'keller-lenkner': 'legal_representative',
    magecart: 'threat_actor',
    'several-banks': 'reporter',
    ticketmaster: 'controller',
  });
  t.match(incident.parties.find((p: { key: string }) => p.key === 'several-banks'), { organisation: null, description: 'several banks (not named)' });
  t.match(incident.quantities.find((q: { key: string }) => q.key === 'customers-affected-europe'), { value: 9_000_000, qualifier: 'more_than', unit: 'customers', scope: 'Europe', text: 'more than nine million' });
  t.match(incident.quantities.find((q: { key: string }) => q.key === 'time-to-act'), { value: 9, unit: 'weeks' });
  t.ok(incident.citations.some((c: { field: string }) => c.field === 'quantities[customers-affected-europe]'));
  t.equal(incident.statements.length, 2);
});

t.test('filters by party, role, data and period', async (t) => {
  t.same(await ids('/incidents?organisation=magecart'), ['ticketmaster-chatbot-breach']);
  t.same(await ids('/incidents?role=contractor'), ['co-operative-life-planning-contractor-breach-2011']);
  t.same(await ids('/incidents?organisation=magecart&role=controller'), [], 'organisation and role apply to the same party');
  t.same(await ids('/incidents?data_category=card_verification_values&sort=date'), ['staysure-website-attack-2013', 'ticketmaster-chatbot-breach']);
  t.same(await ids('/incidents?from=2018'), ['ticketmaster-chatbot-breach'], 'a period from 2017 to 2018 overlaps 2018');
  t.same(await ids('/incidents?to=2011-03-01'), ['co-operative-life-planning-contractor-breach-2011'], 'March 2011 can mean 1 March');
  t.same(await ids('/incidents?from=2012&to=2016'), ['staysure-website-attack-2013']);
  t.same(await ids('/incidents?q=chatbot'), ['ticketmaster-chatbot-breach']);
  t.same(await ids('/incidents?q=researcher'), ['british-airways-data-breach']);
});

t.test('errors', async (t) => {
  t.equal((await get('/incidents/nothing-happened')).statusCode, 404);
  const bad = await get('/incidents?organisation=nobody&data_category=secrets');
  t.equal(bad.statusCode, 400);
  t.match(bad.json().invalid_params, [{ name: 'data_category' }]);
  const unknown = await get('/incidents?organisation=nobody');
  t.match(unknown.json().invalid_params, [{ name: 'organisation', reason: /no organisation has the id "nobody"/ }]);
});
