// Counts and sums over the same filters as the lists: facets (counts per value of one field, for
// the current filter) and penalty statistics (counts and sums per currency for one or two fields).
// Sums are per currency, always: amounts in different currencies are never added together.
import { type SQL, and, asc, desc, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { toMajor } from '../../normalise/money.js';
import { penalties, penaltyTotals } from '../schema.js';
import type { Db, Filter, StatementCache } from './shared.js';

export const FACET_LIMIT = 50;

export interface FacetValue {
  value: string | null;
  count: number;
}

/**
 * Counts per value of each field, most frequent first (ties by value, unknown last), the first FACET_LIMIT.
 * `fields` maps a facet name to the SQL expression it counts.
 */
export function facetCounts(
  db: Db,
  cache: StatementCache,
  // `count`: what a row counts for (1 in a table of records; its `count` in a table of totals).
  table: { name: string; from: SQLiteTable; count?: SQL },
  fields: Record<string, SQL | SQLiteColumn>,
  wanted: string[],
  filters: Filter[],
): Record<string, FacetValue[]> {
  const count = table.count ?? sql<number>`count(*)`;
  const shape = filters.map((f) => f.shape).join('&');
  const params = Object.assign({}, ...filters.map((f) => f.params)) as Record<string, unknown>;
  return Object.fromEntries(
    wanted.map((name) => {
      const statement = cache.get(`facet|${table.name}|${name}|${shape}`, () => {
        const value = sql<string | null>`${fields[name]!}`;
        return db
          .select({ value, count: sql<number>`${count}` })
          .from(table.from)
          .where(and(...filters.map((f) => f.condition)))
          .groupBy(value)
          .orderBy(desc(sql`${count}`), sql`${value} IS NULL`, asc(value))
          .limit(FACET_LIMIT)
          .prepare();
      });
      return [name, statement.all(params) as FacetValue[]];
    }),
  );
}

export const penaltyGroupFields = {
  year: sql<string | null>`substr(${penalties.issued_on}, 1, 4)`,
  type: penalties.type,
  status: penalties.status,
  organisation: penalties.organisation_id,
  regulator: penalties.regulator_id,
  currency: penalties.currency,
} as const;

export type PenaltyGroupField = keyof typeof penaltyGroupFields;

// The same fields in penalty_totals, where each row stands for `count` penalties. Organisation is
// not kept there (it would make the table nearly as large as penalties).
export const penaltyTotalFields = {
  year: penaltyTotals.year,
  type: penaltyTotals.type,
  status: penaltyTotals.status,
  regulator: penaltyTotals.regulator_id,
  currency: penaltyTotals.currency,
} as const;

/** Where statistics and facets are read from: every penalty, or the totals table. */
export interface PenaltyCountSource {
  name: string;
  from: SQLiteTable;
  fields: Partial<Record<PenaltyGroupField, SQL | SQLiteColumn>>;
  currency: SQLiteColumn;
  count: SQL;
  amount: SQL;
}

export const penaltyRows: PenaltyCountSource = {
  name: 'penalties',
  from: penalties,
  fields: penaltyGroupFields,
  currency: penalties.currency,
  count: sql`count(*)`,
  amount: sql`sum(${penalties.amount_minor})`,
};

export const penaltyTotalRows: PenaltyCountSource = {
  name: 'penalty_totals',
  from: penaltyTotals,
  fields: penaltyTotalFields,
  currency: penaltyTotals.currency,
  count: sql`sum(${penaltyTotals.count})`,
  amount: sql`sum(${penaltyTotals.amount_minor})`,
};

export interface CurrencySum {
  currency: string;
  amount_minor: number;
  amount_major: string;
  count: number;
}

export interface PenaltyGroup {
  key: Partial<Record<PenaltyGroupField, string | null>>;
  count: number;
  sums: CurrencySum[];
}

/** One row per group, and per currency within it; folded into groups with sums per currency. */
export function penaltyStatistics(
  db: Db,
  cache: StatementCache,
  source: PenaltyCountSource,
  groupBy: PenaltyGroupField[],
  filters: Filter[],
): { groups: PenaltyGroup[]; total: Omit<PenaltyGroup, 'key'> } {
  const shape = filters.map((f) => f.shape).join('&');
  const params = Object.assign({}, ...filters.map((f) => f.params)) as Record<string, unknown>;
  const statement = cache.get(`stats|${source.name}|${groupBy.join(',')}|${shape}`, () => {
    const keys = groupBy.map((field) => sql<string | null>`${source.fields[field]!}`);
    const selection: Record<string, SQL> = Object.fromEntries(groupBy.map((field, i) => [`g${i}`, keys[i]!]));
    return db
      .select({
        ...selection,
        currency: sql<string | null>`${source.currency}`,
        count: sql<number>`${source.count}`,
        amount_minor: sql<number | null>`${source.amount}`,
      })
      .from(source.from)
      .where(and(...filters.map((f) => f.condition)))
      .groupBy(...keys, source.currency)
      // Groups in key order, the unknown (null) last; currencies in code order.
      .orderBy(...keys.flatMap((k) => [sql`${k} IS NULL`, asc(k)]), sql`${source.currency} IS NULL`, asc(source.currency))
      .prepare();
  });
  const rows = statement.all(params) as Record<string, string | number | null>[];

  const groups = new Map<string, PenaltyGroup>();
  const total: Omit<PenaltyGroup, 'key'> = { count: 0, sums: [] };
  const addSum = (sums: CurrencySum[], currency: string, amount: number, count: number) => {
    const existing = sums.find((s) => s.currency === currency);
    if (existing) {
      existing.amount_minor += amount;
      existing.count += count;
      existing.amount_major = toMajor(existing.amount_minor, currency);
    } else sums.push({ currency, amount_minor: amount, amount_major: toMajor(amount, currency), count });
  };
  for (const row of rows) {
    const key = Object.fromEntries(groupBy.map((field, i) => [field, row[`g${i}`] as string | null]));
    const id = JSON.stringify(key);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key, count: 0, sums: [] }));
    const count = row.count as number;
    group.count += count;
    total.count += count;
    if (row.currency !== null && row.amount_minor !== null) {
      addSum(group.sums, row.currency as string, row.amount_minor as number, count);
      addSum(total.sums, row.currency as string, row.amount_minor as number, count);
    }
  }
  total.sums.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return { groups: [...groups.values()], total };
}
