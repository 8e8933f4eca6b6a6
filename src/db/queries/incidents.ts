// Incidents: the list with its filters, and one incident with its parties, figures and penalties.
import { asc, eq, sql } from 'drizzle-orm';
import type { Incident, IncidentDetail } from '../../schemas/incidents.js';
import { incidentDataCategories, incidentParties, incidentQuantities, incidents, organisations, penalties } from '../schema.js';
import type { RelatedQueries } from './statements.js';
import { type Db, type Filter, type Keyset, type SortSpec, StatementCache, countUpTo, groupBy, inJsonArray, listPlaceholders, partialDate, summary } from './shared.js';
import { searchableList, textSearchFilter } from './search.js';
import { facetCounts } from './aggregates.js';

export interface IncidentFilters {
  organisation?: string[];
  role?: string[];
  data_category?: string[];
  from_day?: string;
  to_day?: string;
  q?: string;
}

export const incidentFacetFields = { year: sql<string | null>`substr(${incidents.occurred_from}, 1, 4)` } as const;
export type IncidentFacet = keyof typeof incidentFacetFields;

export type IncidentSort = 'date' | '-date' | 'name' | 'id' | 'relevance';

const sortSpecs: Record<Exclude<IncidentSort, 'relevance'>, SortSpec> = {
  date: { key: incidents.occurred_start, descending: false },
  '-date': { key: incidents.occurred_start, descending: true },
  name: { key: incidents.name, descending: false },
  id: { key: null, descending: false },
};

function incidentFilters(f: IncidentFilters): Filter[] {
  const filters: Filter[] = [];
  // organisation and role filter the same party when both are given: "Magecart as threat actor".
  if (f.organisation?.length || f.role?.length) {
    const orgs = listPlaceholders('organisation', f.organisation ?? []);
    const roles = listPlaceholders('role', f.role ?? []);
    const conditions = [
      ...(f.organisation?.length ? [sql`organisation_id IN (${sql.join(orgs.placeholders, sql`, `)})`] : []),
      ...(f.role?.length ? [sql`role IN (${sql.join(roles.placeholders, sql`, `)})`] : []),
    ];
    filters.push({
      shape: `party:${f.organisation?.length ?? 0}:${f.role?.length ?? 0}`,
      condition: sql`${incidents.id} IN (SELECT incident_id FROM incident_parties WHERE ${sql.join(conditions, sql` AND `)})`,
      params: { ...orgs.params, ...roles.params },
    });
  }
  if (f.data_category?.length) {
    const { placeholders, params } = listPlaceholders('data_category', f.data_category);
    filters.push({
      shape: `data_category:${f.data_category.length}`,
      condition: sql`${incidents.id} IN (SELECT incident_id FROM incident_data_categories WHERE category IN (${sql.join(placeholders, sql`, `)}))`,
      params,
    });
  }
  // Any overlap between when it happened and the range asked for counts.
  if (f.from_day !== undefined) filters.push({ shape: 'from', condition: sql`${incidents.occurred_end} >= ${sql.placeholder('from')}`, params: { from: f.from_day } });
  if (f.to_day !== undefined) filters.push({ shape: 'to', condition: sql`${incidents.occurred_start} <= ${sql.placeholder('to')}`, params: { to: f.to_day } });
  if (f.q !== undefined) filters.push(textSearchFilter(incidents, 'incidents_search', f.q));
  return filters;
}

export function incidentQueries(db: Db, cache: StatementCache, related: RelatedQueries) {
  const rows = () => cache.get('incidents|rows', () => db.select().from(incidents).where(inJsonArray(incidents.id)).prepare());
  const categories = () =>
    cache.get('incidents|categories', () =>
      db.select().from(incidentDataCategories).where(inJsonArray(incidentDataCategories.incident_id)).orderBy(asc(incidentDataCategories.category)).prepare(),
    );
  const quantities = () =>
    cache.get('incidents|quantities', () =>
      db.select().from(incidentQuantities).where(inJsonArray(incidentQuantities.incident_id)).orderBy(asc(incidentQuantities.key)).prepare(),
    );
  const parties = () =>
    cache.get('incidents|parties', () =>
      db
        .select({ party: incidentParties, organisation_name: organisations.name })
        .from(incidentParties)
        .leftJoin(organisations, eq(organisations.id, incidentParties.organisation_id))
        .where(inJsonArray(incidentParties.incident_id))
        .orderBy(asc(incidentParties.key))
        .prepare(),
    );
  const penaltiesOf = () =>
    cache.get('incidents|penalties', () =>
      db
        .select({ incident_id: sql<string>`${penalties.incident_id}`, id: penalties.id, name: penalties.name, type: penalties.type, status: penalties.status })
        .from(penalties)
        .where(inJsonArray(penalties.incident_id))
        .orderBy(asc(penalties.id))
        .prepare(),
    );

  function load(ids: string[]): Incident[] {
    if (ids.length === 0) return [];
    const json = { ids: JSON.stringify(ids) };
    const byId = new Map(rows().all(json).map((i) => [i.id, i]));
    const categoriesById = groupBy(categories().all(json), (c) => c.incident_id);
    const quantitiesById = groupBy(quantities().all(json), (q) => q.incident_id);
    const partiesById = groupBy(parties().all(json), (p) => p.party.incident_id);
    const penaltiesById = groupBy(penaltiesOf().all(json), (p) => p.incident_id);
    const cited = related.citationsFor('incident_id', ids);
    return ids.flatMap((id) => {
      const i = byId.get(id);
      if (!i) return [];
      return {
        id: i.id,
        name: i.name,
        summary: i.summary,
        occurred_from: partialDate(i.occurred_from, i.occurred_from_precision, i.occurred_from_text),
        occurred_to: partialDate(i.occurred_to, i.occurred_to_precision, i.occurred_to_text),
        discovered_how: i.discovered_how,
        cause: i.cause,
        remediation: i.remediation,
        data_categories: (categoriesById.get(id) ?? []).map((c) => ({ category: c.category, text: c.text })),
        quantities: (quantitiesById.get(id) ?? []).map(({ incident_id: _, ...q }) => q),
        parties: (partiesById.get(id) ?? []).map(({ party: p, organisation_name }) => ({
          key: p.key,
          organisation: summary(p.organisation_id, organisation_name),
          description: p.description,
          role: p.role,
          certainty: p.certainty,
        })),
        penalties: (penaltiesById.get(id) ?? []).map(({ incident_id: _, ...p }) => p),
        citations: cited.get(id) ?? [],
      } satisfies Incident;
    });
  }

  return {
    list(filters: IncidentFilters, sort: IncidentSort, after: Keyset | null, limit: number, withSnippets = false): { data: Incident[]; next: Keyset | null } {
      const context = { cache, db, table: { id: incidents.id, name: 'incidents', from: incidents }, index: 'incidents_search' as const };
      return searchableList(context, incidentFilters, sortSpecs, load, { filters, sort, after, limit, withSnippets });
    },
    count(filters: IncidentFilters) {
      return countUpTo(cache, db, { name: 'incidents', from: incidents }, incidentFilters(filters));
    },

    facets(filters: IncidentFilters, wanted: IncidentFacet[]) {
      return facetCounts(db, cache, { name: 'incidents', from: incidents }, incidentFacetFields, wanted, incidentFilters(filters));
    },

    /** Full records for these ids, in the order given; unknown ids are left out. */
    byIds: load,

    get(id: string): IncidentDetail | null {
      const [incident] = load([id]);
      if (!incident) return null;
      return { ...incident, statements: related.statementsFor('incident_id', [id]).get(id) ?? [] };
    },
  };
}
