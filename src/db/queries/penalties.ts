// Penalties: the list with its filters and sorts, and one penalty by id, read as the JSON documents
// the data migration built (penalty_documents), statistics and facets.
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { penalties, penaltyDocuments, penaltyTotals } from '../schema.js';
import {
  type Db,
  type Filter,
  type Keyset,
  type SortSpec,
  StatementCache,
  countUpTo,
  inJsonArray,
  oneOfFilter,
} from './shared.js';
import { searchablePage, textSearchFilter } from './search.js';
import {
  type PenaltyGroupField,
  facetCounts,
  penaltyGroupFields,
  penaltyRows,
  penaltyStatistics,
  penaltyTotalFields,
  penaltyTotalRows,
} from './aggregates.js';

// Filters in the units the database uses: amounts already in minor units, dates as first/last day.
export interface PenaltyFilters {
  type?: string[];
  status?: string[];
  organisation?: string[];
  regulator?: string[];
  incident?: string;
  currency?: string[];
  amount_qualifier?: string[];
  min_amount_minor?: number;
  max_amount_minor?: number;
  from_day?: string;
  to_day?: string;
  q?: string;
}

export type PenaltySort = 'date' | '-date' | 'amount' | '-amount' | 'id' | 'relevance';

const sortSpecs: Record<Exclude<PenaltySort, 'relevance'>, SortSpec> = {
  date: { key: penalties.issued_start, descending: false },
  '-date': { key: penalties.issued_start, descending: true },
  amount: { key: penalties.amount_minor, descending: false },
  '-amount': { key: penalties.amount_minor, descending: true },
  id: { key: null, descending: false },
};

const listColumns: [keyof PenaltyFilters, SQLiteColumn][] = [
  ['type', penalties.type],
  ['status', penalties.status],
  ['organisation', penalties.organisation_id],
  ['regulator', penalties.regulator_id],
  ['currency', penalties.currency],
  ['amount_qualifier', penalties.amount_qualifier],
];

// How an amount range is read when the page is sorted by date. `index`: through the amount index
// (SQLite's own choice), its matches then sorted by date: cheap when few amounts are in range.
// `along-dates`: the date index is walked in order and each entry's amount checked, written
// `+amount_minor` so that SQLite cannot use the amount index: cheap when many are, since a page
// is found after a few entries. Both indexes cover the other key (src/db/schema.ts).
type AmountPlan = 'index' | 'along-dates';

function penaltyFilters(f: PenaltyFilters, amountPlan: AmountPlan = 'index'): Filter[] {
  const filters: Filter[] = [];
  for (const [name, column] of listColumns) {
    const values = f[name] as string[] | undefined;
    if (values?.length) filters.push(oneOfFilter(name, column, values));
  }
  const single = (name: string, condition: ReturnType<typeof sql>, value: unknown, shape = name) =>
    filters.push({ shape, condition, params: { [name]: value } });
  if (f.incident !== undefined) single('incident', sql`${penalties.incident_id} = ${sql.placeholder('incident')}`, f.incident);
  const amount = amountPlan === 'index' ? sql`${penalties.amount_minor}` : sql`+${penalties.amount_minor}`;
  const amountShape = amountPlan === 'index' ? '' : '+';
  if (f.min_amount_minor !== undefined) single('min_amount', sql`${amount} >= ${sql.placeholder('min_amount')}`, f.min_amount_minor, `min_amount${amountShape}`);
  if (f.max_amount_minor !== undefined) single('max_amount', sql`${amount} <= ${sql.placeholder('max_amount')}`, f.max_amount_minor, `max_amount${amountShape}`);
  // A date known to the month or year matches when any day it can mean is in range.
  if (f.from_day !== undefined) single('from', sql`${penalties.issued_end} >= ${sql.placeholder('from')}`, f.from_day);
  if (f.to_day !== undefined) single('to', sql`${penalties.issued_start} <= ${sql.placeholder('to')}`, f.to_day);
  if (f.q !== undefined) filters.push(textSearchFilter(penalties, 'penalties_search', f.q));
  return filters;
}

// Filters and fields the totals table keeps: statistics and facets that use no others are read
// from it, a few thousand rows whatever the number of penalties, instead of a pass over them all.
const totalsColumns: [keyof PenaltyFilters, SQLiteColumn][] = [
  ['type', penaltyTotals.type],
  ['status', penaltyTotals.status],
  ['regulator', penaltyTotals.regulator_id],
  ['currency', penaltyTotals.currency],
];

export function answeredByTotals(f: PenaltyFilters, fields: PenaltyGroupField[]): boolean {
  const used = Object.entries(f).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  return used.every(([name]) => totalsColumns.some(([column]) => column === name)) && fields.every((field) => field in penaltyTotalFields);
}

function totalsFilters(f: PenaltyFilters): Filter[] {
  return totalsColumns.flatMap(([name, column]) => {
    const values = f[name] as string[] | undefined;
    return values?.length ? [oneOfFilter(name, column, values)] : [];
  });
}

/** A page of penalties as their JSON documents (each with its `snippet` when asked for). */
export interface PenaltyPage {
  documents: string[];
  next: Keyset | null;
}

/** The document with one more field: `{…}` becomes `{…,"name":value}` (value already JSON). */
const withField = (document: string, name: string, json: string) => `${document.slice(0, -1)},"${name}":${json}}`;

export function penaltyQueries(db: Db, cache: StatementCache) {
  // A page reads only the documents; statements are read for one penalty at a time.
  const documentsByIds = () =>
    cache.get('penalties|documents', () =>
      db
        .select({ id: penaltyDocuments.penalty_id, document: penaltyDocuments.document })
        .from(penaltyDocuments)
        .where(inJsonArray(penaltyDocuments.penalty_id))
        .prepare(),
    );
  const detailById = () =>
    cache.get('penalties|detail', () =>
      db
        .select({ document: penaltyDocuments.document, statements: penaltyDocuments.statements })
        .from(penaltyDocuments)
        .where(eq(penaltyDocuments.penalty_id, sql.placeholder('id')))
        .prepare(),
    );

  /** The documents of these ids, in the order given; unknown ids are left out. */
  function documents(ids: string[]): string[] {
    if (ids.length === 0) return [];
    const byId = new Map(documentsByIds().all({ ids: JSON.stringify(ids) }).map((r) => [r.id, r.document]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One penalty with its statements (PenaltyDetail) as JSON, or null. */
  function detailDocument(id: string): string | null {
    const row = detailById().get({ id });
    return row ? withField(row.document, 'statements', row.statements) : null;
  }

  /**
   * The cheaper way to read this list's amount range: along the dates when more than COUNT_CAP
   * penalties are in range (at least 1 in 100 of a million-penalty currency: a page is found within
   * a few thousand index entries), else through the amount index (at most COUNT_CAP to sort).
   * Counting them reads at most COUNT_CAP + 1 entries of the amount index.
   */
  function amountPlan(filters: PenaltyFilters, sort: PenaltySort): AmountPlan {
    const ranged = filters.min_amount_minor !== undefined || filters.max_amount_minor !== undefined;
    if (!ranged || (sort !== 'date' && sort !== '-date')) return 'index';
    const range = { currency: filters.currency, min_amount_minor: filters.min_amount_minor, max_amount_minor: filters.max_amount_minor };
    return countUpTo(cache, db, { name: 'penalties', from: penalties }, penaltyFilters(range)).exact ? 'index' : 'along-dates';
  }

  return {
    list(filters: PenaltyFilters, sort: PenaltySort, after: Keyset | null, limit: number, withSnippets = false): PenaltyPage {
      const context = { cache, db, table: { id: penalties.id, name: 'penalties', from: penalties }, index: 'penalties_search' as const };
      const plan = amountPlan(filters, sort);
      const page = searchablePage(context, (f: PenaltyFilters) => penaltyFilters(f, plan), sortSpecs, { filters, sort, after, limit, withSnippets });
      const { snippets } = page;
      const found = documents(page.ids);
      if (!snippets) return { documents: found, next: page.next };
      return {
        documents: found.map((document, i) => withField(document, 'snippet', JSON.stringify(snippets.get(page.ids[i]!) ?? null))),
        next: page.next,
      };
    },

    detailDocument,

    count(filters: PenaltyFilters) {
      return countUpTo(cache, db, { name: 'penalties', from: penalties }, penaltyFilters(filters));
    },

    facets(filters: PenaltyFilters, wanted: PenaltyGroupField[]) {
      if (answeredByTotals(filters, wanted)) {
        return facetCounts(db, cache, penaltyTotalRows, penaltyTotalFields, wanted, totalsFilters(filters));
      }
      return facetCounts(db, cache, penaltyRows, penaltyGroupFields, wanted, penaltyFilters(filters));
    },

    statistics(filters: PenaltyFilters, groupBy: PenaltyGroupField[]) {
      if (answeredByTotals(filters, groupBy)) return penaltyStatistics(db, cache, penaltyTotalRows, groupBy, totalsFilters(filters));
      return penaltyStatistics(db, cache, penaltyRows, groupBy, penaltyFilters(filters));
    },
  };
}
