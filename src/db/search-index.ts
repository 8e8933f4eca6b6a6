// The full-text indexes (FTS5 tables created by migrations/0001_search.sql) are derived data:
// these statements rebuild them from the tables. The seed-data migration ends with them, and any
// tool that loads other data into a database runs them too.
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
