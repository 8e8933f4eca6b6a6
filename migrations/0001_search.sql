-- Full-text search (SQLite FTS5) over names, aliases, summaries and cited quotes.
-- Filled from the tables by the statements in src/db/search-index.ts, which the seed-data migration runs.
-- porter stems English words ("fined" finds "fine"); remove_diacritics folds accents.
CREATE VIRTUAL TABLE `penalties_search` USING fts5(penalty_id UNINDEXED, name, organisation, summary, details, quotes, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `organisations_search` USING fts5(organisation_id UNINDEXED, name, aliases, description, quotes, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `incidents_search` USING fts5(incident_id UNINDEXED, name, summary, details, parties, quotes, tokenize = 'porter unicode61 remove_diacritics 2');
