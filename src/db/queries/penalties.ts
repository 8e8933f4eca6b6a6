// Penalties: the list with its filters and sorts, one penalty by id, and the records they embed.
import { asc, eq, sql } from 'drizzle-orm';
import { type SQLiteColumn, alias } from 'drizzle-orm/sqlite-core';
import type { Penalty, PenaltyDetail } from '../../schemas/penalties.js';
import { incidents, organisations, penalties, penaltyAmountEquivalents, penaltyTotals, people, regulators } from '../schema.js';
import type { RelatedQueries } from './statements.js';
import {
  type Db,
  type Filter,
  type Keyset,
  type SortSpec,
  StatementCache,
  countUpTo,
  groupBy,
  inJsonArray,
  oneOfFilter,
  money,
  partialDate,
  summary,
} from './shared.js';
import { searchableList, textSearchFilter } from './search.js';
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

export function penaltyQueries(db: Db, cache: StatementCache, related: RelatedQueries) {
  const supersedes = alias(penalties, 'supersedes');
  const supersededBy = alias(penalties, 'superseded_by');

  const rowsByIds = () =>
    cache.get('penalties|rows', () =>
      db
        .select({
          penalty: penalties,
          regulator_name: regulators.name,
          organisation_name: organisations.name,
          incident_name: incidents.name,
          signed_by_name: people.name,
          supersedes_name: supersedes.name,
          superseded_by_id: supersededBy.id,
          superseded_by_name: supersededBy.name,
        })
        .from(penalties)
        .innerJoin(regulators, eq(regulators.id, penalties.regulator_id))
        .innerJoin(organisations, eq(organisations.id, penalties.organisation_id))
        .leftJoin(incidents, eq(incidents.id, penalties.incident_id))
        .leftJoin(people, eq(people.id, penalties.signed_by_person_id))
        .leftJoin(supersedes, eq(supersedes.id, penalties.supersedes_penalty_id))
        .leftJoin(supersededBy, eq(supersededBy.supersedes_penalty_id, penalties.id))
        .where(inJsonArray(penalties.id))
        .prepare(),
    );

  const equivalentsByIds = () =>
    cache.get('penalties|equivalents', () =>
      db
        .select()
        .from(penaltyAmountEquivalents)
        .where(inJsonArray(penaltyAmountEquivalents.penalty_id))
        .orderBy(asc(penaltyAmountEquivalents.currency))
        .prepare(),
    );

  /** Full records for these ids, in the order given. */
  function load(ids: string[]): Penalty[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const rows = new Map(rowsByIds().all({ ids: json }).map((r) => [r.penalty.id, r]));
    const equivalents = groupBy(equivalentsByIds().all({ ids: json }), (e) => e.penalty_id);
    const cited = related.citationsFor('penalty_id', ids);
    return ids.flatMap((id) => {
      const r = rows.get(id);
      if (!r) return [];
      const p = r.penalty;
      return {
        id: p.id,
        name: p.name,
        type: p.type,
        status: p.status,
        summary: p.summary,
        regulator: { id: p.regulator_id, name: r.regulator_name },
        organisation: { id: p.organisation_id, name: r.organisation_name },
        incident: summary(p.incident_id, r.incident_name),
        amount: money(p.amount_minor, p.currency, p.amount_text, p.amount_qualifier),
        amount_equivalents: (equivalents.get(id) ?? []).map((e) => money(e.amount_minor, e.currency, e.amount_text, e.amount_qualifier)!),
        issued_on: partialDate(p.issued_on, p.issued_on_precision, p.issued_on_text),
        legal_basis: p.legal_basis,
        rationale: p.rationale,
        terms: p.terms,
        signed_by: summary(p.signed_by_person_id, r.signed_by_name),
        supersedes: summary(p.supersedes_penalty_id, r.supersedes_name),
        superseded_by: summary(r.superseded_by_id, r.superseded_by_name),
        citations: cited.get(id) ?? [],
      } satisfies Penalty;
    });
  }

  return {
    list(filters: PenaltyFilters, sort: PenaltySort, after: Keyset | null, limit: number, withSnippets = false): { data: Penalty[]; next: Keyset | null } {
      const context = { cache, db, table: { id: penalties.id, name: 'penalties', from: penalties }, index: 'penalties_search' as const };
      return searchableList(context, penaltyFilters, sortSpecs, load, { filters, sort, after, limit, withSnippets });
    },

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
      const [penalty] = load([id]);
      if (!penalty) return null;
      return { ...penalty, statements: related.statementsFor('penalty_id', [id]).get(id) ?? [] };
    },
  };
}
