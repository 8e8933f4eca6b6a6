// The rules of the model are SQL constraints, not only TypeScript: each insert below breaks one
// rule and the database itself refuses it. The valid row beside each proves the refusal is the rule's.
import Database from 'better-sqlite3';
import t from 'tap';
import { freshDatabase } from '../helper.js';

const db = new Database(freshDatabase(t));
db.pragma('foreign_keys = ON');
t.teardown(() => db.close());

type Row = Record<string, string | number | null>;

const insert = (table: string, row: Row) => {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((c) => row[c]),
  );
};

// Each case runs in a transaction that is rolled back, so cases cannot affect each other.
function attempt(table: string, row: Row): Error | null {
  db.exec('SAVEPOINT attempt');
  try {
    insert(table, row);
    return null;
  } catch (error) {
    return error as Error;
  } finally {
    db.exec('ROLLBACK TO attempt');
    db.exec('RELEASE attempt');
  }
}

const validPenalty: Row = {
  id: 'test-penalty',
  name: 'Test: monetary penalty of £1',
  type: 'monetary_penalty',
  status: 'imposed',
  regulator_id: 'ico',
  organisation_id: 'staysure',
  summary: 'A test penalty.',
  amount_minor: 100,
  currency: 'GBP',
  amount_text: '£1',
  amount_qualifier: 'exact',
  issued_on: '2014-01',
  issued_on_precision: 'month',
  issued_on_text: 'January 2014',
};
const validOrganisation: Row = { id: 'test-organisation', name: 'Test Ltd', sector: 'retail' };
const validIncident: Row = {
  id: 'test-incident',
  name: 'Test incident',
  summary: 'Something happened.',
  occurred_from: '2017-09',
  occurred_from_precision: 'month',
  occurred_from_text: 'September 2017',
  occurred_to: '2018-06',
  occurred_to_precision: 'month',
  occurred_to_text: 'June 2018',
};
const validQuantity: Row = { incident_id: 'staysure-website-attack-2013', key: 'test', measure: 'people_affected', value: 10, qualifier: 'exact', unit: 'people', text: 'ten' };
const validCitation: Row = { source_id: 'ico-fines-staysure', penalty_id: 'staysure-monetary-penalty', field: 'amount', quote: '£175,000', quote_start: 71, quote_end: 79 };

t.test('the valid rows are accepted', async (t) => {
  for (const [table, row] of [
    ['penalties', validPenalty],
    ['organisations', validOrganisation],
    ['incidents', validIncident],
    ['incident_quantities', validQuantity],
    ['citations', validCitation],
  ] as const) {
    t.equal(attempt(table, row), null, table);
  }
});

const refused: [string, string, Row, RegExp][] = [
  // foreign keys
  ['a penalty of an unknown organisation', 'penalties', { ...validPenalty, organisation_id: 'nobody' }, /FOREIGN KEY constraint failed/],
  ['a penalty of an unknown regulator', 'penalties', { ...validPenalty, regulator_id: 'nobody' }, /FOREIGN KEY constraint failed/],
  ['a penalty superseding an unknown penalty', 'penalties', { ...validPenalty, supersedes_penalty_id: 'nothing' }, /FOREIGN KEY constraint failed/],
  ['a citation of an unknown source', 'citations', { ...validCitation, source_id: 'nowhere' }, /FOREIGN KEY constraint failed/],
  ['a party that is no organisation', 'incident_parties', { incident_id: 'staysure-website-attack-2013', key: 'x', organisation_id: 'nobody', role: 'vendor', certainty: 'stated' }, /FOREIGN KEY constraint failed/],
  // enums
  ['an unknown penalty type', 'penalties', { ...validPenalty, type: 'fine' }, /penalties_type_known/],
  ['an unknown penalty status', 'penalties', { ...validPenalty, status: 'pending' }, /penalties_status_known/],
  ['an unknown amount qualifier', 'penalties', { ...validPenalty, amount_qualifier: 'roughly' }, /penalties_amount_qualifier_known/],
  ['an unknown sector', 'organisations', { ...validOrganisation, sector: 'travel' }, /organisations_sector_known/],
  ['an unknown party role', 'incident_parties', { incident_id: 'staysure-website-attack-2013', key: 'x', description: 'someone', role: 'villain', certainty: 'stated' }, /incident_parties_role_known/],
  ['an unknown party certainty', 'incident_parties', { incident_id: 'staysure-website-attack-2013', key: 'x', description: 'someone', role: 'reporter', certainty: 'rumoured' }, /incident_parties_certainty_known/],
  ['an unknown quantity unit', 'incident_quantities', { ...validQuantity, unit: 'souls' }, /incident_quantities_unit_known/],
  ['an unknown quantity measure', 'incident_quantities', { ...validQuantity, measure: 'vibes' }, /incident_quantities_measure_known/],
  ['an unknown data category', 'incident_data_categories', { incident_id: 'staysure-website-attack-2013', category: 'secrets', text: 'secrets' }, /incident_data_categories_known/],
  ['an unknown date precision', 'penalties', { ...validPenalty, issued_on_precision: 'week' }, /issued_on_precision_known/],
  // amounts
  ['a negative amount', 'penalties', { ...validPenalty, amount_minor: -100 }, /penalties_amount_whole/],
  ['a fractional amount', 'penalties', { ...validPenalty, amount_minor: 100.5 }, /penalties_amount_whole/],
  ['an amount without a currency', 'penalties', { ...validPenalty, currency: null }, /penalties_amount_complete/],
  ['an amount without its as-reported text', 'penalties', { ...validPenalty, amount_text: null }, /penalties_amount_complete/],
  ['a currency that is not a code', 'penalties', { ...validPenalty, currency: 'gbp' }, /penalties_currency_code/],
  ['a negative equivalent', 'penalty_amount_equivalents', { penalty_id: 'staysure-monetary-penalty', amount_minor: -1, currency: 'USD', amount_text: '$0', amount_qualifier: 'exact' }, /penalty_amount_equivalents_whole/],
  ['a negative count', 'incident_quantities', { ...validQuantity, value: -1 }, /incident_quantities_value_whole/],
  ['a range whose top is below its bottom', 'incident_quantities', { ...validQuantity, value_max: 5 }, /incident_quantities_value_max_whole/],
  // dates
  ['a month that does not exist', 'penalties', { ...validPenalty, issued_on: '2014-13' }, /issued_on_format/],
  ['a day at month precision', 'penalties', { ...validPenalty, issued_on: '2014-01-05' }, /issued_on_format/],
  ['a date without its words', 'penalties', { ...validPenalty, issued_on_text: null }, /issued_on_complete/],
  ['a range that ends before it starts', 'incidents', { ...validIncident, occurred_to: '2016-06', occurred_to_text: 'June 2016' }, /incidents_range_ordered/],
  ['a range without a start', 'incidents', { ...validIncident, occurred_from: null, occurred_from_precision: null, occurred_from_text: null }, /incidents_range_has_start/],
  // NOT NULL and uniqueness
  ['a penalty without a type', 'penalties', { ...validPenalty, type: null }, /NOT NULL constraint failed: penalties.type/],
  ['a penalty without an organisation', 'penalties', { ...validPenalty, organisation_id: null }, /NOT NULL constraint failed: penalties.organisation_id/],
  ['a citation without a quote', 'citations', { ...validCitation, quote: null }, /NOT NULL constraint failed: citations.quote/],
  ['a duplicate penalty id', 'penalties', { ...validPenalty, id: 'staysure-monetary-penalty' }, /UNIQUE constraint failed: penalties.id/],
  ['a duplicate organisation id', 'organisations', { ...validOrganisation, id: 'staysure' }, /UNIQUE constraint failed: organisations.id/],
  ['a duplicate source file', 'sources', { id: 'another', file_name: '000_f2d0d3df44b55b27.txt', sha256: 'a'.repeat(64), byte_length: 1, char_length: 1, text: 'x' }, /UNIQUE constraint failed: sources.file_name/],
  // slugs and text
  ['an id that is not a slug', 'organisations', { ...validOrganisation, id: 'Test Ltd' }, /organisations_id_slug/],
  ['an id with a trailing hyphen', 'penalties', { ...validPenalty, id: 'test-' }, /penalties_id_slug/],
  ['a blank name', 'organisations', { ...validOrganisation, name: '   ' }, /organisations_name_non_empty/],
  ['a source whose length is not its text’s', 'sources', { id: 'another', file_name: 'x.txt', sha256: 'a'.repeat(64), byte_length: 1, char_length: 2, text: 'x' }, /sources_lengths/],
  ['a source hash that is not a sha256', 'sources', { id: 'another', file_name: 'x.txt', sha256: 'xyz', byte_length: 1, char_length: 1, text: 'x' }, /sources_sha256_hex/],
  // citations and parties
  ['a citation of two records at once', 'citations', { ...validCitation, organisation_id: 'staysure' }, /citations_one_subject/],
  ['a citation of no record', 'citations', { ...validCitation, penalty_id: null }, /citations_one_subject/],
  ['a citation whose offsets do not span its quote', 'citations', { ...validCitation, quote_end: 90 }, /citations_offsets/],
  ['a party with neither organisation nor description', 'incident_parties', { incident_id: 'staysure-website-attack-2013', key: 'x', role: 'reporter', certainty: 'stated' }, /incident_parties_identified/],
  ['a statement with two speakers', 'statements', { id: 'x', source_id: 'ico-fines-staysure', person_id: 'steve-eckersley', organisation_id: 'staysure', text: 'words' }, /statements_one_speaker/],
  ['a person employed by both an organisation and a regulator', 'people', { id: 'x', name: 'X', organisation_id: 'staysure', regulator_id: 'ico' }, /people_one_employer/],
  ['a penalty that supersedes itself', 'penalties', { ...validPenalty, supersedes_penalty_id: 'test-penalty' }, /penalties_not_self_superseding/],
  ['a second dataset row', 'dataset', { id: 2, name: 'x', version: 'abc', licence: 'x' }, /dataset_single_row/],
];

for (const [name, table, row, expected] of refused) {
  t.test(`refuses ${name}`, async (t) => {
    t.match(attempt(table, row)?.message, expected);
  });
}

t.test('generated columns give the days a partial date can mean', async (t) => {
  db.exec('SAVEPOINT generated');
  insert('penalties', { ...validPenalty, id: 'by-year', issued_on: '2016', issued_on_precision: 'year', issued_on_text: '2016' });
  insert('penalties', { ...validPenalty, id: 'by-month', issued_on: '2016-02', issued_on_precision: 'month', issued_on_text: 'February 2016' });
  insert('penalties', { ...validPenalty, id: 'by-day', issued_on: '2016-02-03', issued_on_precision: 'day', issued_on_text: '3 February 2016' });
  const rows = db.prepare("SELECT id, issued_start, issued_end FROM penalties WHERE id LIKE 'by-%' ORDER BY id").all();
  db.exec('ROLLBACK TO generated');
  db.exec('RELEASE generated');
  t.same(rows, [
    { id: 'by-day', issued_start: '2016-02-03', issued_end: '2016-02-03' },
    { id: 'by-month', issued_start: '2016-02-01', issued_end: '2016-02-29' },
    { id: 'by-year', issued_start: '2016-01-01', issued_end: '2016-12-31' },
  ]);
});
