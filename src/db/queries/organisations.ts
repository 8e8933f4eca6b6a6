// Organisations: the list with its filters, and one organisation with its penalties, incidents,
// roles, people, statements and totals per currency.
import { asc, eq, sql } from 'drizzle-orm';
import type { Organisation, OrganisationDetail } from '../../schemas/organisations.js';
import { penaltyStatusesInEffect } from '../../vocabulary.js';
import { toMajor } from '../../normalise/money.js';
import { incidentParties, incidents, organisationAliases, organisations, penalties, people } from '../schema.js';
import type { RelatedQueries } from './statements.js';
import { type Db, type Filter, type Keyset, type SortSpec, StatementCache, countUpTo, groupBy, inJsonArray, listPlaceholders, money, oneOfFilter } from './shared.js';
import { searchableList, textSearchFilter } from './search.js';
import { facetCounts } from './aggregates.js';

export interface OrganisationFilters {
  name?: string;
  sector?: string[];
  role?: string[];
  country?: string;
  penalised?: boolean;
  q?: string;
}

export const organisationFacetFields = { sector: organisations.sector, country: organisations.country } as const;
export type OrganisationFacet = keyof typeof organisationFacetFields;

export type OrganisationSort = 'name' | '-name' | 'id' | 'relevance';

const sortSpecs: Record<Exclude<OrganisationSort, 'relevance'>, SortSpec> = {
  name: { key: organisations.name, descending: false },
  '-name': { key: organisations.name, descending: true },
  id: { key: null, descending: false },
};

function organisationFilters(f: OrganisationFilters): Filter[] {
  const filters: Filter[] = [];
  if (f.name !== undefined) {
    filters.push({
      shape: 'name',
      condition: sql`(${organisations.name} = ${sql.placeholder('name')} COLLATE NOCASE OR ${organisations.id} IN (SELECT organisation_id FROM organisation_aliases WHERE alias = ${sql.placeholder('name')} COLLATE NOCASE))`,
      params: { name: f.name },
    });
  }
  if (f.sector?.length) filters.push(oneOfFilter('sector', organisations.sector, f.sector));
  if (f.role?.length) {
    const { placeholders, params } = listPlaceholders('role', f.role);
    filters.push({
      shape: `role:${f.role.length}`,
      condition: sql`${organisations.id} IN (SELECT organisation_id FROM incident_parties WHERE role IN (${sql.join(placeholders, sql`, `)}))`,
      params,
    });
  }
  if (f.country !== undefined) filters.push({ shape: 'country', condition: sql`${organisations.country} = ${sql.placeholder('country')}`, params: { country: f.country } });
  if (f.penalised !== undefined) {
    const exists = sql`EXISTS (SELECT 1 FROM penalties WHERE organisation_id = ${organisations.id})`;
    filters.push({ shape: `penalised:${f.penalised}`, condition: f.penalised ? exists : sql`NOT ${exists}`, params: {} });
  }
  if (f.q !== undefined) filters.push(textSearchFilter(organisations, 'organisations_search', f.q));
  return filters;
}

// Per currency, the amounts of the penalties in effect (not proposed, overturned or withdrawn), from
// the organisation's penalty rows already read for its detail rather than a second pass over them.
function totalsInEffect(rows: { status: string; amount_minor: number | null; currency: string | null }[]) {
  const inEffect = new Set<string>(penaltyStatusesInEffect);
  const byCurrency = new Map<string, { amount_minor: number; penalties: number }>();
  for (const row of rows) {
    if (row.currency === null || row.amount_minor === null || !inEffect.has(row.status)) continue;
    const total = byCurrency.get(row.currency) ?? { amount_minor: 0, penalties: 0 };
    total.amount_minor += row.amount_minor;
    total.penalties += 1;
    byCurrency.set(row.currency, total);
  }
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, total]) => ({ currency, amount_minor: total.amount_minor, amount_major: toMajor(total.amount_minor, currency), penalties: total.penalties }));
}

export function organisationQueries(db: Db, cache: StatementCache, related: RelatedQueries) {
  const rows = () => cache.get('organisations|rows', () => db.select().from(organisations).where(inJsonArray(organisations.id)).prepare());
  const aliases = () =>
    cache.get('organisations|aliases', () =>
      db.select().from(organisationAliases).where(inJsonArray(organisationAliases.organisation_id)).orderBy(asc(organisationAliases.alias)).prepare(),
    );

  function load(ids: string[]): Organisation[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const byId = new Map(rows().all({ ids: json }).map((o) => [o.id, o]));
    const aliasesById = groupBy(aliases().all({ ids: json }), (a) => a.organisation_id);
    const cited = related.citationsFor('organisation_id', ids);
    return ids.flatMap((id) => {
      const o = byId.get(id);
      if (!o) return [];
      return {
        id: o.id,
        name: o.name,
        aliases: (aliasesById.get(id) ?? []).map((a) => a.alias),
        sector: o.sector,
        description: o.description,
        country: o.country,
        citations: cited.get(id) ?? [],
      } satisfies Organisation;
    });
  }

  const penaltiesOf = () =>
    cache.get('organisations|penalties', () =>
      db
        .select({
          id: penalties.id,
          name: penalties.name,
          type: penalties.type,
          status: penalties.status,
          amount_minor: penalties.amount_minor,
          currency: penalties.currency,
          amount_text: penalties.amount_text,
          amount_qualifier: penalties.amount_qualifier,
        })
        .from(penalties)
        .where(eq(penalties.organisation_id, sql.placeholder('id')))
        .orderBy(asc(penalties.id))
        .prepare(),
    );

  const rolesOf = () =>
    cache.get('organisations|roles', () =>
      db
        .select({ incident_id: incidents.id, incident_name: incidents.name, role: incidentParties.role, certainty: incidentParties.certainty })
        .from(incidentParties)
        .innerJoin(incidents, eq(incidents.id, incidentParties.incident_id))
        .where(eq(incidentParties.organisation_id, sql.placeholder('id')))
        .orderBy(asc(incidents.id), asc(incidentParties.role))
        .prepare(),
    );

  const peopleOf = () =>
    cache.get('organisations|people', () =>
      db
        .select({ id: people.id, name: people.name, job_title: people.job_title })
        .from(people)
        .where(eq(people.organisation_id, sql.placeholder('id')))
        .orderBy(asc(people.id))
        .prepare(),
    );

  return {
    list(filters: OrganisationFilters, sort: OrganisationSort, after: Keyset | null, limit: number, withSnippets = false): { data: Organisation[]; next: Keyset | null } {
      const context = { cache, db, table: { id: organisations.id, name: 'organisations', from: organisations }, index: 'organisations_search' as const };
      return searchableList(context, organisationFilters, sortSpecs, load, { filters, sort, after, limit, withSnippets });
    },

    count(filters: OrganisationFilters) {
      return countUpTo(cache, db, { name: 'organisations', from: organisations }, organisationFilters(filters));
    },

    facets(filters: OrganisationFilters, wanted: OrganisationFacet[]) {
      return facetCounts(db, cache, { name: 'organisations', from: organisations }, organisationFacetFields, wanted, organisationFilters(filters));
    },

    /** Full records for these ids, in the order given; unknown ids are left out. */
    byIds: load,

    get(id: string): OrganisationDetail | null {
      const [organisation] = load([id]);
      if (!organisation) return null;
      const staff = peopleOf().all({ id });
      // What it said, and what its people said.
      const speakers = [id, ...staff.map((p) => p.id)];
      const said = related.statementsFor('speaker', speakers);
      const penaltyRows = penaltiesOf().all({ id });
      return {
        ...organisation,
        penalties: penaltyRows.map((p) => ({ id: p.id, name: p.name, type: p.type, status: p.status, amount: money(p.amount_minor, p.currency, p.amount_text, p.amount_qualifier) })),
        incidents: rolesOf()
          .all({ id })
          .map((r) => ({ incident: { id: r.incident_id, name: r.incident_name }, role: r.role, certainty: r.certainty })),
        totals: totalsInEffect(penaltyRows),
        people: staff,
        statements: speakers.flatMap((speaker) => said.get(speaker) ?? []),
      };
    },
  };
}
