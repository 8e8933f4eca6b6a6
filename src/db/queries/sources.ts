// Sources: the articles' metadata, and which records cite each.
import { asc, eq, sql } from 'drizzle-orm';
import type { Source, SourceDetail } from '../../schemas/sources.js';
import { citations, incidents, organisations, penalties, people, regulators, sources, statements } from '../schema.js';
import { type Db, type Keyset, StatementCache, inJsonArray, partialDate, readPage } from './shared.js';

export function sourceQueries(db: Db, cache: StatementCache) {
  const rows = () =>
    cache.get('sources|rows', () =>
      db
        .select({
          id: sources.id,
          title: sources.title,
          publisher: sources.publisher,
          author: sources.author,
          stated_date: sources.stated_date,
          stated_date_precision: sources.stated_date_precision,
          stated_date_text: sources.stated_date_text,
          file_name: sources.file_name,
          sha256: sources.sha256,
          byte_length: sources.byte_length,
          char_length: sources.char_length,
          // Written out: drizzle leaves columns in a single-table select unqualified, which would bind "id" to citations.
          citation_count: sql<number>`(SELECT count(*) FROM citations AS c WHERE c.source_id = "sources"."id")`,
        })
        .from(sources)
        .where(inJsonArray(sources.id))
        .prepare(),
    );

  function load(ids: string[]): Source[] {
    if (ids.length === 0) return [];
    const byId = new Map(rows().all({ ids: JSON.stringify(ids) }).map((s) => [s.id, s]));
    return ids.flatMap((id) => {
      const s = byId.get(id);
      if (!s) return [];
      const { stated_date, stated_date_precision, stated_date_text, ...rest } = s;
      return { ...rest, stated_date: partialDate(stated_date, stated_date_precision, stated_date_text) } satisfies Source;
    });
  }

  // The records citing a source, per kind: one statement each, prepared once.
  const citing = (name: string, table: typeof organisations | typeof regulators | typeof people | typeof incidents | typeof penalties | typeof statements, column: keyof typeof citations.$inferSelect) =>
    cache.get(`sources|cited_by|${name}`, () => {
      const label = 'name' in table ? table.name : table.id;
      return db
        .selectDistinct({ id: table.id, name: sql<string>`${label}` })
        .from(table)
        .innerJoin(citations, eq(citations[column as 'organisation_id'], table.id))
        .where(eq(citations.source_id, sql.placeholder('id')))
        .orderBy(asc(table.id))
        .prepare();
    });

  return {
    list(after: Keyset | null, limit: number) {
      const page = readPage(cache, db, { id: sources.id, name: 'sources', from: sources }, [], { key: null, descending: false }, after, limit);
      return { data: load(page.ids), next: page.next };
    },
    /** Full records for these ids, in the order given; unknown ids are left out. */
    byIds: load,

    get(id: string): SourceDetail | null {
      const [source] = load([id]);
      if (!source) return null;
      return {
        ...source,
        cited_by: {
          regulators: citing('regulators', regulators, 'regulator_id').all({ id }),
          organisations: citing('organisations', organisations, 'organisation_id').all({ id }),
          people: citing('people', people, 'person_id').all({ id }),
          incidents: citing('incidents', incidents, 'incident_id').all({ id }),
          penalties: citing('penalties', penalties, 'penalty_id').all({ id }),
          statements: citing('statements', statements, 'statement_id').all({ id }),
        },
      };
    },
  };
}
