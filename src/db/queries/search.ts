// Full-text search: turns what a user typed into an FTS5 query that cannot be a syntax error.
// Each whitespace-separated chunk becomes a quoted phrase of its letters and digits, so FTS5
// operators (AND, OR, NOT, NEAR), quotes, brackets, colons and carets are searched as words or
// ignored, never interpreted. A `*` at the end of a chunk keeps its meaning: a prefix ("tick*").
import { getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { incidentsSearch, organisationsSearch, penaltiesSearch } from '../search-tables.js';
import { type Db, type Filter, type Keyset, type SortSpec, type StatementCache, readPage } from './shared.js';

export function matchExpression(text: string): string | null {
  const phrases: string[] = [];
  for (const chunk of text.normalize('NFKC').split(/\s+/u)) {
    const words = chunk.match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    phrases.push(`"${words.join(' ')}"${chunk.endsWith('*') ? '*' : ''}`);
  }
  return phrases.length > 0 ? phrases.join(' ') : null;
}

// The FTS5 tables of migrations/0001_search.sql, and the column naming the record each row indexes.
// Each row also has the rowid of its record (src/db/derived-tables.ts): matches are joined and
// filtered by rowid, so finding them never reads the indexed text itself.
const indexes = {
  penalties_search: 'penalty_id',
  organisations_search: 'organisation_id',
  incidents_search: 'incident_id',
} as const;

const rowidOf = (table: SQLiteTable | keyof typeof indexes) => sql`${sql.identifier(typeof table === 'string' ? table : getTableName(table))}.rowid`;

/** Records whose index row matches `text`. Text with no letters or digits matches nothing, rather than being an error. */
export function textSearchFilter(records: SQLiteTable, index: keyof typeof indexes, text: string): Filter {
  const match = matchExpression(text);
  if (match === null) return { shape: 'q:none', condition: sql`0`, params: {} };
  const table = sql.identifier(index);
  return {
    shape: 'q',
    condition: sql`${rowidOf(records)} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ${sql.placeholder('q')})`,
    params: { q: match },
  };
}

const tables = { penalties_search: penaltiesSearch, organisations_search: organisationsSearch, incidents_search: incidentsSearch } as const;

/**
 * How to read a page ranked by relevance: join the index, match the text, order by FTS5's bm25
 * rank (ties by id). Null when the text has nothing to search for.
 */
export function relevancePlan(records: SQLiteTable, index: keyof typeof indexes, text: string) {
  const match = matchExpression(text);
  if (match === null) return null;
  const table = tables[index];
  return {
    join: { table, on: sql`${rowidOf(index)} = ${rowidOf(records)}` },
    filter: { shape: 'match', condition: sql`${sql.identifier(index)} MATCH ${sql.placeholder('q')}`, params: { q: match } } satisfies Filter,
    sort: { key: table.rank, descending: false, neverNull: true } satisfies SortSpec,
  };
}

/** Highlighted extracts of the best-matching column, for a page of records. */
export function snippetsFor(db: Db, cache: StatementCache, index: keyof typeof indexes, text: string, ids: string[]): Map<string, string> {
  const match = matchExpression(text);
  if (match === null || ids.length === 0) return new Map();
  // Names from the fixed map above, never from a request; the values are bound.
  const statement = cache.get(`snippets|${index}`, () =>
    db.$client.prepare<[string, string], { id: string; snippet: string }>(
      `SELECT ${indexes[index]} AS id, snippet(${index}, -1, '<mark>', '</mark>', '…', 16) AS snippet
       FROM ${index} WHERE ${index} MATCH ? AND ${indexes[index]} IN (SELECT value FROM json_each(?))`,
    ),
  );
  return new Map(statement.all(match, JSON.stringify(ids)).map((row) => [row.id, row.snippet]));
}

/**
 * One page of ids of a searchable list: in `sort` order, or ranked by relevance to `filters.q` when
 * the sort is `relevance`, with highlighted snippets when asked for. `filtersFor` turns the list's
 * filters into conditions; ranking leaves `q` out of them, because joining the index does that.
 */
export function searchablePage<F extends { q?: string | undefined }, S extends string>(
  context: { cache: StatementCache; db: Db; table: { id: SQLiteColumn; name: string; from: SQLiteTable }; index: keyof typeof indexes },
  filtersFor: (filters: F) => Filter[],
  sortSpecs: Record<Exclude<S, 'relevance'>, SortSpec>,
  request: { filters: F; sort: S | 'relevance'; after: Keyset | null; limit: number; withSnippets: boolean },
): { ids: string[]; next: Keyset | null; snippets: Map<string, string> | null } {
  const { cache, db, table, index } = context;
  const { filters, sort, after, limit } = request;
  let page: { ids: string[]; next: Keyset | null };
  if (sort === 'relevance' && filters.q !== undefined) {
    const plan = relevancePlan(table.from, index, filters.q);
    page = plan
      ? readPage(cache, db, { ...table, join: plan.join }, [...filtersFor({ ...filters, q: undefined }), plan.filter], plan.sort, after, limit)
      : { ids: [], next: null };
  } else {
    page = readPage(cache, db, table, filtersFor(filters), sortSpecs[(sort === 'relevance' ? 'id' : sort) as Exclude<S, 'relevance'>], after, limit);
  }
  const snippets = request.withSnippets && filters.q !== undefined ? snippetsFor(db, cache, index, filters.q, page.ids) : null;
  return { ...page, snippets };
}

/** searchablePage, with the records loaded and each given its snippet when asked for. */
export function searchableList<F extends { q?: string | undefined }, S extends string, R extends { id: string; snippet?: string | null }>(
  context: Parameters<typeof searchablePage<F, S>>[0],
  filtersFor: (filters: F) => Filter[],
  sortSpecs: Record<Exclude<S, 'relevance'>, SortSpec>,
  load: (ids: string[]) => R[],
  request: Parameters<typeof searchablePage<F, S>>[3],
): { data: R[]; next: Keyset | null } {
  const page = searchablePage(context, filtersFor, sortSpecs, request);
  const data = load(page.ids);
  if (page.snippets) for (const record of data) record.snippet = page.snippets.get(record.id) ?? null;
  return { data, next: page.next };
}
