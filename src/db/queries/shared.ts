// What the repositories share: the drizzle handle, prepared statements cached by the shape of the
// query (so a request never builds SQL, it only binds values), keyset pages, and row mappers.
import { type SQL, type SQLWrapper, and, inArray, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { toMajor } from '../../normalise/money.js';
import type { SqliteDatabase } from '../connection.js';
import type * as schema from '../schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: SqliteDatabase };

/** Prepared statements, built once per distinct query shape and reused for every request of that shape. */
export class StatementCache {
  private readonly statements = new Map<string, unknown>();
  get<T>(key: string, build: () => T): T {
    let statement = this.statements.get(key) as T | undefined;
    if (statement === undefined) {
      statement = build();
      this.statements.set(key, statement);
    }
    return statement;
  }
}

/** Placeholders for a list of n values: `name0, name1, …`, and the parameters that fill them. */
export function listPlaceholders(name: string, values: readonly (string | number)[]) {
  return {
    placeholders: values.map((_, i) => sql.placeholder(`${name}${i}`)),
    params: Object.fromEntries(values.map((v, i) => [`${name}${i}`, v])),
  };
}

/** `column IN (:name0, :name1, …)`: a repeatable filter parameter. */
export function oneOfFilter(name: string, column: SQLiteColumn, values: readonly string[]): Filter {
  const { placeholders, params } = listPlaceholders(name, values);
  return { shape: `${name}:${values.length}`, condition: inArray(column, placeholders), params };
}

/** `column IN (SELECT value FROM json_each(:ids))`: one placeholder, however many ids. */
export const inJsonArray = (column: SQLiteColumn, name = 'ids') => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;

// --- keyset pagination ------------------------------------------------------------------------
//
// A sort is a nullable key column plus the id as tiebreak, both in the sort's direction. Rows with
// a null key come after all others whatever the direction, so a page is read in two phases: rows
// with a value, in key order, then rows without, in id order. Each phase is one range scan of an
// index on (key, id), and the position between pages is (phase, key, id): nothing repeats or skips.

export interface Keyset {
  phase: 'values' | 'nulls';
  value: string | number | null;
  id: string;
}

export interface SortSpec {
  // null sorts by id alone.
  key: SQLiteColumn | null;
  descending: boolean;
  // A key that is never null (a search's rank) needs no second pass for the nulls: for a search
  // with fewer matches than a page, that pass would match the text again.
  neverNull?: boolean;
}

export interface Filter {
  // Part of the statement-cache key: what makes the SQL differ.
  shape: string;
  condition: SQL;
  params: Record<string, unknown>;
}

type IdRow = { id: string; key: string | number | null };

/**
 * Reads one page of ids in the sort order, after `after`. Returns the ids and the keyset of the
 * last one when there are more to come.
 */
export function readPage(
  cache: StatementCache,
  db: Db,
  table: { id: SQLiteColumn; name: string; from: SQLiteTable; join?: { table: SQLiteTable; on: SQL } },
  filters: Filter[],
  sort: SortSpec,
  after: Keyset | null,
  limit: number,
): { ids: string[]; next: Keyset | null } {
  const filterShape = filters.map((f) => f.shape).join('&');
  const filterParams = Object.assign({}, ...filters.map((f) => f.params)) as Record<string, unknown>;
  const rows: IdRow[] = [];
  const want = limit + 1;
  const direction = sort.descending ? 'desc' : 'asc';
  const id = table.id;
  const cmp = (a: SQLiteColumn | SQL, b: SQLWrapper) => (sort.descending ? sql`${a} < ${b}` : sql`${a} > ${b}`);
  const order = (c: SQLiteColumn) => (sort.descending ? sql`${c} desc` : sql`${c} asc`);

  const run = (phase: 'values' | 'nulls', from: Keyset | null) => {
    const key = sort.key;
    const cacheKey = `${table.name}${table.join ? '+join' : ''}|${phase}|${key?.name ?? 'id'}|${direction}|${from ? 'after' : 'first'}|${filterShape}`;
    const statement = cache.get(cacheKey, () => {
      const conditions: SQL[] = filters.map((f) => f.condition);
      if (key && phase === 'values') {
        if (!sort.neverNull) conditions.push(sql`${key} IS NOT NULL`);
        // A row-value comparison, not "key > v OR (key = v AND id > i)": SQLite seeks an index on
        // (key, id) straight to a row value, where the OR form made it walk from the first row.
        if (from) conditions.push(cmp(sql`(${key}, ${id})`, sql`(${sql.placeholder('after_value')}, ${sql.placeholder('after_id')})`));
      } else {
        if (key) conditions.push(sql`${key} IS NULL`);
        if (from) conditions.push(cmp(id, sql.placeholder('after_id')));
      }
      const orderBy = key && phase === 'values' ? [order(key), order(id)] : [order(id)];
      let query = db
        .select({ id, key: key ? sql<string | number | null>`${key}` : sql<null>`NULL` })
        .from(table.from)
        .$dynamic();
      if (table.join) query = query.innerJoin(table.join.table, table.join.on);
      return query
        .where(and(...conditions))
        .orderBy(...orderBy)
        .limit(sql.placeholder('limit'))
        .prepare();
    });
    const params: Record<string, unknown> = { ...filterParams, limit: want - rows.length };
    if (from) {
      params.after_id = from.id;
      if (phase === 'values') params.after_value = from.value;
    }
    rows.push(...(statement.all(params) as IdRow[]));
  };

  const phase = sort.key === null ? 'values' : (after?.phase ?? 'values');
  run(phase, after);
  if (sort.key !== null && !sort.neverNull && phase === 'values' && rows.length < want) run('nulls', null);

  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next: Keyset | null =
    more && last ? { phase: sort.key === null || last.key !== null ? 'values' : 'nulls', value: sort.key ? last.key : null, id: last.id } : null;
  return { ids: page.map((r) => r.id), next };
}

// A total is counted up to this many matches and no further: enough to size a result, and a count
// of a broad filter over a million rows stays a bounded read of at most this many index entries.
export const COUNT_CAP = 10_000;

/** How many rows match `filters`, counting at most COUNT_CAP + 1 of them. */
export function countUpTo(cache: StatementCache, db: Db, table: { name: string; from: SQLiteTable }, filters: Filter[]): { value: number; exact: boolean } {
  const shape = filters.map((f) => f.shape).join('&');
  const statement = cache.get(`${table.name}|count|${shape}`, () => {
    const matches = db
      .select({ one: sql`1` })
      .from(table.from)
      .where(and(...filters.map((f) => f.condition)))
      .limit(sql.placeholder('cap'));
    return db.select({ n: sql<number>`count(*)` }).from(matches.as('matches')).prepare();
  });
  const params = Object.assign({ cap: COUNT_CAP + 1 }, ...filters.map((f) => f.params)) as Record<string, unknown>;
  const n = (statement.get(params) as { n: number }).n;
  return { value: Math.min(n, COUNT_CAP), exact: n <= COUNT_CAP };
}

// --- row mappers shared by the resources -------------------------------------------------------

export interface CitationRow {
  subject: string;
  source_id: string;
  field: string | null;
  quote: string;
  quote_start: number;
  quote_end: number;
}

export const citationOf = (c: CitationRow) => ({
  source_id: c.source_id,
  field: c.field,
  quote: c.quote,
  quote_start: c.quote_start,
  quote_end: c.quote_end,
});

export function money(amountMinor: number | null, currency: string | null, text: string | null, qualifier: string | null) {
  if (amountMinor === null || currency === null || text === null || qualifier === null) return null;
  return {
    amount_minor: amountMinor,
    currency,
    amount_major: toMajor(amountMinor, currency),
    amount_text: text,
    amount_qualifier: qualifier as 'exact',
  };
}

export function partialDate(date: string | null, precision: string | null, text: string | null) {
  if (date === null || precision === null || text === null) return null;
  return { date, precision: precision as 'year' | 'month' | 'day', text };
}

export const summary = (id: string | null, name: string | null) => (id === null || name === null ? null : { id, name });

/** Groups rows by a key, keeping the order they came in. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
