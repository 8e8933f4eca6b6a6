// Penalties: the list with its filters and sorts, and one penalty by id, read as the JSON documents
// the data migration built (penalty_documents), statistics and facets.
import { sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Penalty, PenaltyDetail } from '../../schemas/penalties.js';
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

function penaltyFilters(f: PenaltyFilters): Filter[] {
  const filters: Filter[] = [];
  for (const [name, column] of listColumns) {
    const values = f[name] as string[] | undefined;
    if (values?.length) filters.push(oneOfFilter(name, column, values));
  }
  const single = (shape: string, condition: ReturnType<typeof sql>, value: unknown) =>
    filters.push({ shape, condition, params: { [shape]: value } });
  if (f.incident !== undefined) single('incident', sql`${penalties.incident_id} = ${sql.placeholder('incident')}`, f.incident);
  if (f.min_amount_minor !== undefined) single('min_amount', sql`${penalties.amount_minor} >= ${sql.placeholder('min_amount')}`, f.min_amount_minor);
  if (f.max_amount_minor !== undefined) single('max_amount', sql`${penalties.amount_minor} <= ${sql.placeholder('max_amount')}`, f.max_amount_minor);
  // A date known to the month or year matches when any day it can mean is in range.
  if (f.from_day !== undefined) single('from', sql`${penalties.issued_end} >= ${sql.placeholder('from')}`, f.from_day);
  if (f.to_day !== undefined) single('to', sql`${penalties.issued_start} <= ${sql.placeholder('to')}`, f.to_day);
  if (f.q !== undefined) filters.push(textSearchFilter(penalties.id, 'penalties_search', f.q));
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

/** A page of penalties as their JSON documents, with a highlighted snippet per penalty when asked for. */
export interface PenaltyPage {
  documents: string[];
  snippets: (string | null)[] | null;
  next: Keyset | null;
}

/** The document with one more field: `{…}` becomes `{…,"name":value}` (value already JSON). */
export const withField = (document: string, name: string, json: string) => `${document.slice(0, -1)},"${name}":${json}}`;

export function penaltyQueries(db: Db, cache: StatementCache) {
  const documentsByIds = () =>
    cache.get('penalties|documents', () =>
      db
        .select({ id: penaltyDocuments.penalty_id, document: penaltyDocuments.document, statements: penaltyDocuments.statements })
        .from(penaltyDocuments)
        .where(inJsonArray(penaltyDocuments.penalty_id))
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
    const [row] = documentsByIds().all({ ids: JSON.stringify([id]) });
    return row ? withField(row.document, 'statements', row.statements) : null;
  }

  return {
    list(filters: PenaltyFilters, sort: PenaltySort, after: Keyset | null, limit: number, withSnippets = false): PenaltyPage {
      const context = { cache, db, table: { id: penalties.id, name: 'penalties', from: penalties }, index: 'penalties_search' as const };
      const page = searchablePage(context, penaltyFilters, sortSpecs, { filters, sort, after, limit, withSnippets });
      return { documents: documents(page.ids), snippets: page.snippets && page.ids.map((id) => page.snippets!.get(id) ?? null), next: page.next };
    },

    /** Full records for these ids, in the order given (for CSV and `include`, which need objects). */
    byIds(ids: string[]): Penalty[] {
      return documents(ids).map((document) => JSON.parse(document) as Penalty);
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

    get(id: string): PenaltyDetail | null {
      const document = detailDocument(id);
      return document === null ? null : (JSON.parse(document) as PenaltyDetail);
    },
  };
}
