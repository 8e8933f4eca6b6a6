import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../plugins/errors.js';
import { idSchema, jsonResponse, listResponse200, problemResponses } from '../schemas/common.js';
import { penaltyColumns, describeColumns } from '../representations/csv.js';
import type { PenaltyFilters } from '../db/queries/penalties.js';
import type { Repositories } from '../db/queries/index.js';
import {
  type Penalty,
  type PenaltyDetail,
  type PenaltyFilterQuery,
  type PenaltyInclude,
  penaltyDetailQuerySchema,
  penaltyDetailSchema,
  penaltyListSchema,
  penaltyQuerySchema,
} from '../schemas/penalties.js';
import { ParameterCheck } from './filters.js';
import { decodeCursor } from './pagination.js';
import { sendDocuments, sendList } from './representation.js';

/** The filters of /penalties and /stats/penalties, checked and in the database's units. */
export function penaltyFilters(query: PenaltyFilterQuery, check: ParameterCheck): PenaltyFilters {
  check.ids('organisation', 'organisations', query.organisation);
  check.ids('regulator', 'regulators', query.regulator);
  check.ids('incident', 'incidents', query.incident === undefined ? undefined : [query.incident]);
  check.currencies('currency', query.currency);
  return {
    type: query.type,
    status: query.status,
    organisation: query.organisation,
    regulator: query.regulator,
    incident: query.incident,
    currency: query.currency,
    amount_qualifier: query.amount_qualifier,
    q: query.q,
    ...check.amounts(query.currency, query.min_amount, query.max_amount),
    ...check.dateRange(query.from, query.to),
  };
}

/** Replaces summaries with full records where `include` asks for them. */
function expand<T extends Penalty>(records: T[], include: PenaltyInclude[] | undefined, repositories: Repositories): T[] {
  if (!include?.length) return records;
  const load = <R extends { id: string }>(wanted: boolean, ids: string[], byIds: (ids: string[]) => R[]) =>
    wanted ? new Map(byIds([...new Set(ids)]).map((record) => [record.id, record])) : null;
  const organisations = load(include.includes('organisation'), records.map((r) => r.organisation.id), repositories.organisations.byIds);
  const incidents = load(include.includes('incident'), records.flatMap((r) => (r.incident ? [r.incident.id] : [])), repositories.incidents.byIds);
  const sources = load(include.includes('citations'), records.flatMap((r) => r.citations.map((c) => c.source_id)), repositories.sources.byIds);
  return records.map((record) => ({
    ...record,
    organisation: organisations?.get(record.organisation.id) ?? record.organisation,
    incident: record.incident && (incidents?.get(record.incident.id) ?? record.incident),
    citations: sources ? record.citations.map((c) => ({ ...c, source: sources.get(c.source_id) })) : record.citations,
  }));
}

const penaltyRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories, queryPool } = fastify;

  fastify.get(
    '/penalties',
    {
      schema: {
        operationId: 'listPenalties',
        summary: 'List penalties',
        description:
          'Every enforcement action, filtered and sorted, a page at a time. Follow `next_cursor` (or the `Link: rel="next"` header) for the next page; paging never repeats or skips a record.',
        tags: ['penalties'],
        querystring: penaltyQuerySchema,
        response: { 200: listResponse200('A page of penalties.', penaltyListSchema, describeColumns(penaltyColumns)), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const check = new ParameterCheck(repositories);
      const filters = penaltyFilters(query, check);
      const sort = check.sort(query.sort, query.q, '-date', query.snippet);
      check.done();
      const after = decodeCursor(query.cursor, sort);
      const [listed, facets, total] = await Promise.all([
        queryPool.repositories.penalties.list(filters, sort, after, query.limit, query.snippet === 'true'),
        query.facets && queryPool.repositories.penalties.facets(filters, query.facets),
        query.count === 'true' ? queryPool.repositories.penalties.count(filters) : undefined,
      ]);
      const options = { sort, format: query.format, columns: penaltyColumns, filename: 'penalties', facets, total };
      if (!query.include?.length) return sendDocuments(request, reply, { ...options, page: listed });
      const data = listed.documents.map((document) => JSON.parse(document) as Penalty);
      return sendList(request, reply, { ...options, page: { data: expand(data, query.include, repositories), next: listed.next } });
    },
  );

  fastify.get(
    '/penalties/:id',
    {
      schema: {
        operationId: 'getPenalty',
        summary: 'Get a penalty',
        description: 'One enforcement action, with its citations and what people said about it.',
        tags: ['penalties'],
        params: z.object({ id: idSchema.meta({ description: 'The penalty’s id.', examples: ['staysure-monetary-penalty'] }) }),
        querystring: penaltyDetailQuerySchema,
        response: { 200: jsonResponse('The penalty.', penaltyDetailSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const document = repositories.penalties.detailDocument(request.params.id);
      if (document === null) throw new NotFoundError('penalty', request.params.id);
      // Already the JSON of PenaltyDetail: sent as it is (the type provider types bodies as objects).
      if (!request.query.include?.length) return reply.type('application/json; charset=utf-8').send(document as unknown as PenaltyDetail);
      return expand([JSON.parse(document) as PenaltyDetail], request.query.include, repositories)[0]!;
    },
  );
};

export default penaltyRoutes;
