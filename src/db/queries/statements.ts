// Statements and citations, loaded for a page of records at once (one query each, not one per record).
// A penalty's are in its document (penalty_documents), built by the data migration.
import { asc, eq, sql } from 'drizzle-orm';
import { citations, organisations, people, statements } from '../schema.js';
import { type CitationRow, type Db, StatementCache, citationOf, groupBy, inJsonArray } from './shared.js';
import type { Statement } from '../../schemas/statements.js';

export type CitationSubject = 'regulator_id' | 'organisation_id' | 'person_id' | 'statement_id' | 'incident_id' | 'penalty_id';

export function relatedQueries(db: Db, cache: StatementCache) {
  const citationsFor = (subject: CitationSubject, ids: string[]) => {
    if (ids.length === 0) return new Map<string, ReturnType<typeof citationOf>[]>();
    const statement = cache.get(`citations|${subject}`, () =>
      db
        .select({
          subject: sql<string>`${citations[subject]}`,
          source_id: citations.source_id,
          field: citations.field,
          quote: citations.quote,
          quote_start: citations.quote_start,
          quote_end: citations.quote_end,
        })
        .from(citations)
        .where(inJsonArray(citations[subject]))
        .orderBy(asc(citations.id))
        .prepare(),
    );
    const rows = statement.all({ ids: JSON.stringify(ids) }) as CitationRow[];
    const grouped = new Map<string, ReturnType<typeof citationOf>[]>();
    for (const [id, group] of groupBy(rows, (r) => r.subject)) grouped.set(id, group.map(citationOf));
    return grouped;
  };

  const statementsFor = (about: 'incident_id' | 'speaker', ids: string[]): Map<string, Statement[]> => {
    if (ids.length === 0) return new Map();
    const statement = cache.get(`statements|${about}`, () => {
      const key =
        about === 'speaker' ? sql<string>`coalesce(${statements.person_id}, ${statements.organisation_id})` : sql<string>`${statements[about]}`;
      const where =
        about === 'speaker'
          ? sql`(${inJsonArray(statements.person_id)} OR ${inJsonArray(statements.organisation_id)})`
          : inJsonArray(statements[about]);
      return db
        .select({
          key,
          id: statements.id,
          source_id: statements.source_id,
          text: statements.text,
          person_id: people.id,
          person_name: people.name,
          job_title: people.job_title,
          organisation_id: organisations.id,
          organisation_name: organisations.name,
        })
        .from(statements)
        .leftJoin(people, eq(people.id, statements.person_id))
        .leftJoin(organisations, eq(organisations.id, statements.organisation_id))
        .where(where)
        .orderBy(asc(statements.id))
        .prepare();
    });
    const rows = statement.all({ ids: JSON.stringify(ids) });
    const cited = citationsFor('statement_id', [...new Set(rows.map((r) => r.id))]);
    const grouped = new Map<string, Statement[]>();
    for (const [key, group] of groupBy(rows, (r) => r.key)) {
      grouped.set(
        key,
        group.map((r) => ({
          id: r.id,
          speaker: r.person_id ? { id: r.person_id, name: r.person_name! } : { id: r.organisation_id!, name: r.organisation_name! },
          speaker_role: r.person_id ? r.job_title : null,
          text: r.text,
          source_id: r.source_id,
          citations: cited.get(r.id) ?? [],
        })),
      );
    }
    return grouped;
  };

  return { citationsFor, statementsFor };
}

export type RelatedQueries = ReturnType<typeof relatedQueries>;
