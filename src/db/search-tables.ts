// The FTS5 tables of migrations/0001_search.sql, declared for querying only. drizzle-kit does
// not read this file (drizzle.config.ts points at schema.ts), so it never tries to create them.
import { real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const penaltiesSearch = sqliteTable('penalties_search', {
  penalty_id: text('penalty_id').notNull(),
  // FTS5's hidden bm25 column: lower is a better match.
  rank: real('rank').notNull(),
});

export const organisationsSearch = sqliteTable('organisations_search', {
  organisation_id: text('organisation_id').notNull(),
  rank: real('rank').notNull(),
});

export const incidentsSearch = sqliteTable('incidents_search', {
  incident_id: text('incident_id').notNull(),
  rank: real('rank').notNull(),
});
