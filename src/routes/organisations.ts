import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../plugins/errors.js';
import { idSchema, jsonResponse, listResponse200, problemResponses } from '../schemas/common.js';
import { organisationColumns, describeColumns } from '../representations/csv.js';
import { organisationDetailSchema, organisationListSchema, organisationQuerySchema } from '../schemas/organisations.js';
import { ParameterCheck } from './filters.js';
import { decodeCursor } from './pagination.js';
import { sendList } from './representation.js';

const organisationRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories, queryPool } = fastify;

  fastify.get(
    '/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        summary: 'List organisations',
        description: 'Organisations penalised or party to an incident, filtered by name or alias, sector, role or text, a page at a time.',
        tags: ['organisations'],
        querystring: organisationQuerySchema,
        response: { 200: listResponse200('A page of organisations.', organisationListSchema, describeColumns(organisationColumns)), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { cursor, limit, format, penalised, snippet, facets, count, sort: requested, ...rest } = request.query;
      const filters = { ...rest, penalised: penalised === undefined ? undefined : penalised === 'true' };
      const check = new ParameterCheck(repositories);
      const sort = check.sort(requested, filters.q, 'name', snippet);
      check.done();
      const after = decodeCursor(cursor, sort);
      const [page, counts, total] = await Promise.all([
        queryPool.repositories.organisations.list(filters, sort, after, limit, snippet === 'true'),
        facets && queryPool.repositories.organisations.facets(filters, facets),
        count === 'true' ? queryPool.repositories.organisations.count(filters) : undefined,
      ]);
      return sendList(request, reply, { sort, format, columns: organisationColumns, filename: 'organisations', page, facets: counts, total });
    },
  );

  fastify.get(
    '/organisations/:id',
    {
      schema: {
        operationId: 'getOrganisation',
        summary: 'Get an organisation',
        description: 'One organisation with its penalties, the incidents it was party to and in what role, its people, what it said, and its penalty totals per currency.',
        tags: ['organisations'],
        params: z.object({ id: idSchema.meta({ description: 'The organisation’s id.', examples: ['ticketmaster'] }) }),
        response: { 200: jsonResponse('The organisation.', organisationDetailSchema), ...problemResponses },
      },
    },
    async (request) => {
      const organisation = repositories.organisations.get(request.params.id);
      if (!organisation) throw new NotFoundError('organisation', request.params.id);
      return organisation;
    },
  );
};

export default organisationRoutes;
