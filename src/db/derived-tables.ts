// Derived data: the full-text indexes (FTS5 tables created by migrations/0001_search.sql) and the
// penalty totals (migrations/0005_penalty_totals.sql). These statements rebuild them from the
// tables; the seed-data migration ends with them, and any tool that loads other data into a
// database runs them too (rebuildDerivedStatements).
export const rebuildSearchIndexStatements = [
  `DELETE FROM penalties_search`,
  `INSERT INTO penalties_search (penalty_id, name, organisation, summary, details, quotes)
SELECT p.id, p.name,
  o.name || coalesce(' ' || (SELECT group_concat(a.alias, ' ') FROM organisation_aliases a WHERE a.organisation_id = o.id), ''),
  p.summary,
  concat_ws(' ', p.legal_basis, p.rationale, p.terms),
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE penalty_id = p.id))
FROM penalties p JOIN organisations o ON o.id = p.organisation_id`,
  `DELETE FROM organisations_search`,
  `INSERT INTO organisations_search (organisation_id, name, aliases, description, quotes)
SELECT o.id, o.name,
  (SELECT group_concat(a.alias, ' ') FROM organisation_aliases a WHERE a.organisation_id = o.id),
  o.description,
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE organisation_id = o.id))
FROM organisations o`,
  `DELETE FROM incidents_search`,
  `INSERT INTO incidents_search (incident_id, name, summary, details, parties, quotes)
SELECT i.id, i.name, i.summary,
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

export const rebuildDerivedStatements = [...rebuildSearchIndexStatements, ...rebuildPenaltyTotalsStatements];
