// Derived data: the full-text indexes (FTS5 tables created by migrations/0001_search.sql), the
// penalty totals (migrations/0005_penalty_totals.sql) and the penalty documents (0007). These
// statements rebuild them from the tables; the seed-data migration ends with them, and any tool
// that loads other data into a database runs them too (rebuildDerivedStatements).
import { minorDigits } from '../normalise/money.js';

// Each index row takes the rowid of the record it indexes, so a search joins and filters on rowids
// (src/db/queries/search.ts): matching reads only the index, never the stored text to find an id.
export const rebuildSearchIndexStatements = [
  `DELETE FROM penalties_search`,
  `INSERT INTO penalties_search (rowid, penalty_id, name, organisation, summary, details, quotes)
SELECT p.rowid, p.id, p.name,
  o.name || coalesce(' ' || (SELECT group_concat(a.alias, ' ') FROM organisation_aliases a WHERE a.organisation_id = o.id), ''),
  p.summary,
  concat_ws(' ', p.legal_basis, p.rationale, p.terms),
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE penalty_id = p.id))
FROM penalties p JOIN organisations o ON o.id = p.organisation_id`,
  `DELETE FROM organisations_search`,
  `INSERT INTO organisations_search (rowid, organisation_id, name, aliases, description, quotes)
SELECT o.rowid, o.id, o.name,
  (SELECT group_concat(a.alias, ' ') FROM organisation_aliases a WHERE a.organisation_id = o.id),
  o.description,
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE organisation_id = o.id))
FROM organisations o`,
  `DELETE FROM incidents_search`,
  `INSERT INTO incidents_search (rowid, incident_id, name, summary, details, parties, quotes)
SELECT i.rowid, i.id, i.name, i.summary,
  concat_ws(' ', i.discovered_how, i.cause, i.remediation),
  (SELECT group_concat(coalesce(o.name, p.description), ' ') FROM incident_parties p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.incident_id = i.id),
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE incident_id = i.id))
FROM incidents i`,
];

// The same grouping as the statistics' (src/db/queries/aggregates.ts): the year of issued_on.
export const rebuildPenaltyTotalsStatements = [
  `DELETE FROM penalty_totals`,
  `INSERT INTO penalty_totals (year, type, status, regulator_id, currency, count, amount_minor)
SELECT substr(issued_on, 1, 4), type, status, regulator_id, currency, count(*), sum(amount_minor)
FROM penalties GROUP BY 1, 2, 3, 4, 5`,
];

// --- penalty documents ------------------------------------------------------------------------
//
// Each penalty as the API sends it (the Penalty schema, src/schemas/penalties.ts), and what people
// said about it (the `statements` of PenaltyDetail), built once here rather than assembled from
// six tables on every request: a page is then its index walk plus one key lookup per penalty.
// Every response made from them is checked against the OpenAPI document by the route tests.

const jsonOrNull = (present: string, object: string) => `json(CASE WHEN ${present} IS NULL THEN NULL ELSE ${object} END)`;
const summaryJson = (alias: string) => jsonOrNull(`${alias}.id`, `json_object('id', ${alias}.id, 'name', ${alias}.name)`);

// Minor units as a decimal string in major units, as toMajor (src/normalise/money.ts) writes it:
// the digits after the point are the currency's (0 for JPY, 3 for KWD, 2 for most).
function majorAmountSql(minor: string, currency: string): string {
  const byDigits = new Map<number, string[]>();
  for (const code of Intl.supportedValuesOf('currency')) {
    const digits = minorDigits(code);
    if (digits !== 2) byDigits.set(digits, [...(byDigits.get(digits) ?? []), code]);
  }
  const format = (digits: number) =>
    digits === 0 ? `printf('%d', ${minor})` : `printf('%d.%0${digits}d', ${minor} / ${10 ** digits}, ${minor} % ${10 ** digits})`;
  const cases = [...byDigits].map(([digits, codes]) => `WHEN ${currency} IN (${codes.map((c) => `'${c}'`).join(', ')}) THEN ${format(digits)}`);
  return `CASE ${cases.join(' ')} ELSE ${format(2)} END`;
}

const moneyJson = (t: string) =>
  `json_object('amount_minor', ${t}.amount_minor, 'currency', ${t}.currency, 'amount_major', ${majorAmountSql(`${t}.amount_minor`, `${t}.currency`)}, 'amount_text', ${t}.amount_text, 'amount_qualifier', ${t}.amount_qualifier)`;

const citationsJson = (subject: string, id: string) =>
  `(SELECT json_group_array(json_object('source_id', c.source_id, 'field', c.field, 'quote', c.quote, 'quote_start', c.quote_start, 'quote_end', c.quote_end) ORDER BY c.id) FROM citations c WHERE c.${subject} = ${id})`;

export const rebuildPenaltyDocumentsStatements = [
  `DELETE FROM penalty_documents`,
  `INSERT INTO penalty_documents (penalty_id, document, statements)
SELECT p.id,
  json_object(
    'id', p.id, 'name', p.name, 'type', p.type, 'status', p.status, 'summary', p.summary,
    'regulator', json_object('id', r.id, 'name', r.name),
    'organisation', json_object('id', o.id, 'name', o.name),
    'incident', ${summaryJson('i')},
    'amount', ${jsonOrNull('p.amount_minor', moneyJson('p'))},
    'amount_equivalents', (SELECT json_group_array(${moneyJson('e')} ORDER BY e.currency) FROM penalty_amount_equivalents e WHERE e.penalty_id = p.id),
    'issued_on', ${jsonOrNull('p.issued_on', `json_object('date', p.issued_on, 'precision', p.issued_on_precision, 'text', p.issued_on_text)`)},
    'legal_basis', p.legal_basis, 'rationale', p.rationale, 'terms', p.terms,
    'signed_by', ${summaryJson('signer')},
    'supersedes', ${summaryJson('earlier')},
    'superseded_by', json((SELECT json_object('id', later.id, 'name', later.name) FROM penalties later WHERE later.supersedes_penalty_id = p.id ORDER BY later.id LIMIT 1)),
    'citations', ${citationsJson('penalty_id', 'p.id')}
  ),
  (SELECT json_group_array(json_object(
      'id', s.id,
      'speaker', json_object('id', coalesce(speaker.id, firm.id), 'name', coalesce(speaker.name, firm.name)),
      'speaker_role', CASE WHEN speaker.id IS NULL THEN NULL ELSE speaker.job_title END,
      'text', s.text, 'source_id', s.source_id,
      'citations', ${citationsJson('statement_id', 's.id')}
    ) ORDER BY s.id)
   FROM statements s LEFT JOIN people speaker ON speaker.id = s.person_id LEFT JOIN organisations firm ON firm.id = s.organisation_id
   WHERE s.penalty_id = p.id)
FROM penalties p
JOIN regulators r ON r.id = p.regulator_id
JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN incidents i ON i.id = p.incident_id
LEFT JOIN people signer ON signer.id = p.signed_by_person_id
LEFT JOIN penalties earlier ON earlier.id = p.supersedes_penalty_id`,
];

export const rebuildDerivedStatements = [...rebuildSearchIndexStatements, ...rebuildPenaltyTotalsStatements, ...rebuildPenaltyDocumentsStatements];
