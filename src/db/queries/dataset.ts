// What the database holds as a whole: the dataset row, record counts, migration state, and
// which ids exist (so an unknown id in a filter is reported, not silently matched by nothing).
import { sql } from 'drizzle-orm';
import { readJournal } from '../migrations.js';
import { citations, dataset, incidents, organisations, penalties, regulators, sources } from '../schema.js';
import { type Db, StatementCache, inJsonArray } from './shared.js';

const idTables = { organisations, regulators, incidents, penalties, sources } as const;

export function datasetQueries(db: Db, cache: StatementCache) {
  const count = (table: typeof penalties | typeof organisations | typeof incidents | typeof sources | typeof citations) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()!.n;

  return {
    /** The dataset version: it changes exactly when the data does. */
    version(): string {
      const row = db.select({ version: dataset.version }).from(dataset).get();
      if (!row) throw new Error('the database holds no dataset: it has not been migrated');
      return row.version;
    },

    info() {
      const row = db.select().from(dataset).get();
      if (!row) throw new Error('the database holds no dataset: it has not been migrated');
      const applied = db.get<{ created_at: number }>(sql`SELECT max(created_at) AS created_at FROM __drizzle_migrations`);
      return {
        name: row.name,
        version: row.version,
        licence: row.licence,
        built_at: new Date(Number(applied.created_at)).toISOString(),
        counts: {
          penalties: count(penalties),
          organisations: count(organisations),
          incidents: count(incidents),
          sources: count(sources),
          citations: count(citations),
        },
      };
    },

    /** Whether the database has every migration this code ships with, and no other. */
    migrationState(): { applied: number; expected: number; newest_applied: number; newest_known: number } {
      const entries = readJournal().entries;
      const row = db.get<{ applied: number; newest: number | null }>(sql`SELECT count(*) AS applied, max(created_at) AS newest FROM __drizzle_migrations`);
      return { applied: row.applied, expected: entries.length, newest_applied: Number(row.newest ?? 0), newest_known: entries.at(-1)?.when ?? 0 };
    },

    missingIds(kind: keyof typeof idTables, ids: string[]): string[] {
      const table = idTables[kind];
      const statement = cache.get(`exists|${kind}`, () => db.select({ id: table.id }).from(table).where(inJsonArray(table.id)).prepare());
      const found = new Set(statement.all({ ids: JSON.stringify(ids) }).map((r) => r.id));
      return ids.filter((id) => !found.has(id));
    },
  };
}
