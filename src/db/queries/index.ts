// The repositories the routes use. Built once per database connection; each prepares its
// statements on first use and reuses them.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SqliteDatabase } from '../connection.js';
import * as schema from '../schema.js';
import { datasetQueries } from './dataset.js';
import { incidentQueries } from './incidents.js';
import { organisationQueries } from './organisations.js';
import { penaltyQueries } from './penalties.js';
import { StatementCache } from './shared.js';
import { sourceQueries } from './sources.js';
import { relatedQueries } from './statements.js';

export function createRepositories(sqlite: SqliteDatabase) {
  const db = drizzle(sqlite, { schema });
  const cache = new StatementCache();
  const related = relatedQueries(db, cache);
  return {
    penalties: penaltyQueries(db, cache),
    organisations: organisationQueries(db, cache, related),
    incidents: incidentQueries(db, cache, related),
    sources: sourceQueries(db, cache),
    dataset: datasetQueries(db, cache),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { Keyset } from './shared.js';
