// /organisations and /organisations/{id} on the seed dataset.
import t from 'tap';
import { testApp } from '../helper.js';

const { get } = await testApp(t);
const ids = async (url: string) => (await get(url)).json().data.map((o: { id: string }) => o.id);

t.test('lists organisations by name, with citations', async (t) => {
  const body = (await get('/organisations')).json();
  t.same(
    body.data.map((o: { name: string }) => o.name),
    ['Barclays', 'British Airways', 'Co-operative Life Planning', 'Doorstep Dispensaree', 'Inbenta Technologies', 'Keller Lenkner', 'Magecart', 'Staysure.co.uk', 'Ticketmaster', 'ViaSat UK'],
  );
  for (const o of body.data) t.ok(o.citations.length > 0, `${o.id} is cited`);
});

t.test('filters by name (any case), sector, role, penalised, and text', async (t) => {
  t.same(await ids('/organisations?name=staysure.co.uk'), ['staysure']);
  t.same(await ids('/organisations?name=TICKETMASTER'), ['ticketmaster']);
  t.same(await ids('/organisations?name=Staysure'), [], 'a name matches whole, not in part: use q for that');
  t.same(await ids('/organisations?sector=insurance'), ['co-operative-life-planning', 'staysure']);
  t.same(await ids('/organisations?sector=pharmacy&sector=banking'), ['barclays', 'doorstep-dispensaree']);
  t.same(await ids('/organisations?role=vendor'), ['inbenta-technologies']);
  t.same(await ids('/organisations?role=threat_actor&role=legal_representative'), ['keller-lenkner', 'magecart']);
  t.same(await ids('/organisations?penalised=true'), ['british-airways', 'co-operative-life-planning', 'staysure', 'ticketmaster']);
  t.equal((await ids('/organisations?penalised=false')).length, 6);
  t.same(await ids('/organisations?q=skimmers'), ['magecart']);
  t.same(await ids('/organisations?q=insur*&sort=id'), ['co-operative-life-planning', 'staysure']);
  t.same(await ids('/organisations?sort=-name&limit=2'), ['viasat-uk', 'ticketmaster']);
});

t.test('an organisation with its penalties, incidents and roles, and totals per currency', async (t) => {
  const ba = (await get('/organisations/british-airways')).json();
  t.same(ba.penalties.map((p: { id: string }) => p.id), ['british-airways-monetary-penalty', 'british-airways-proposed-monetary-penalty']);
  t.same(ba.totals, [{ currency: 'USD', amount_minor: 2_600_000_000, amount_major: '26000000.00', penalties: 1 }], 'the reduced proposal is not added in');
  t.same(ba.incidents, [{ incident: { id: 'british-airways-data-breach', name: 'British Airways customer data breach' }, role: 'controller', certainty: 'stated' }]);

  const ticketmaster = (await get('/organisations/ticketmaster')).json();
  t.same(ticketmaster.totals, [{ currency: 'USD', amount_minor: 165_000_000, amount_major: '1650000.00', penalties: 1 }], 'a penalty under appeal still stands');

  const magecart = (await get('/organisations/magecart')).json();
  t.same(magecart.penalties, []);
  t.same(magecart.totals, []);
  t.match(magecart.incidents, [{ incident: { id: 'ticketmaster-chatbot-breach' }, role: 'threat_actor', certainty: 'suspected' }]);

  const viasat = (await get('/organisations/viasat-uk')).json();
  t.same(viasat.people, [{ id: 'chris-mcintosh', name: 'Chris McIntosh', job_title: 'chief executive' }]);
  t.equal(viasat.statements.length, 2, 'what its chief executive said');

  const keller = (await get('/organisations/keller-lenkner')).json();
  t.match(keller.statements, [{ speaker: { id: 'keller-lenkner' }, text: 'refusing to accept any blame for the data hack.' }]);
});

t.test('errors', async (t) => {
  t.equal((await get('/organisations/nobody')).statusCode, 404);
  const bad = await get('/organisations?sector=travel&role=hero&penalised=yes');
  t.equal(bad.statusCode, 400);
  t.same(bad.json().invalid_params.map((p: { name: string }) => p.name).sort(), ['penalised', 'role', 'sector']);
});
