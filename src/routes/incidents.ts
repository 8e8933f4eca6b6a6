import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../plugins/errors.js';
import { idSchema, jsonResponse, listResponse200, problemResponses } from '../schemas/common.js';
import { incidentColumns, describeColumns } from '../representations/csv.js';
import { incidentDetailSchema, incidentListSchema, incidentQuerySchema } from '../schemas/incidents.js';
import { ParameterCheck } from './filters.js';
import { decodeCursor } from './pagination.js';
import { sendList } from './representation.js';

const incidentRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories, queryPool } = fastify;

  fastify.get(
    '/incidents',
    {
      schema: {
        operationId: 'listIncidents',
        summary: 'List incidents',
        description: 'Incidents filtered by party, role, kind of data, period or text, a page at a time.',
        tags: ['incidents'],
        querystring: incidentQuerySchema,
        response: { 200: listResponse200('A page of incidents.', incidentListSchema, describeColumns(incidentColumns)), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { cursor, limit, format, from, to, snippet, facets, count, sort: requested, ...filters } = request.query;
      const check = new ParameterCheck(repositories);
      check.ids('organisation', 'organisations', filters.organisation);
      const dates = check.dateRange(from, to);
      const sort = check.sort(requested, filters.q, '-date', snippet);
      check.done();
      const after = decodeCursor(cursor, sort);
      const [page, counts, total] = await Promise.all([
        queryPool.repositories.incidents.list({ ...filters, ...dates }, sort, after, limit, snippet === 'true'),
        facets && queryPool.repositories.incidents.facets({ ...filters, ...dates }, facets),
        count === 'true' ? queryPool.repositories.incidents.count({ ...filters, ...dates }) : undefined,
      ]);
      return sendList(request, reply, { sort, format, columns: incidentColumns, filename: 'incidents', page, facets: counts, total });
    },
  );

  fastify.get(
    '/incidents/:id',
    {
      schema: {
        operationId: 'getIncident',
        summary: 'Get an incident',
        description: 'One incident with its parties and their roles, its figures, its penalties and what people said about it.',
        tags: ['incidents'],
        params: z.object({ id: idSchema.meta({ description: 'The incident’s id.', examples: ['ticketmaster-chatbot-breach'] }) }),
        response: { 200: jsonResponse('The incident.', incidentDetailSchema), ...problemResponses },
      },
    },
    async (request) => {
      const incident = repositories.incidents.get(request.params.id);
      if (!incident) throw new NotFoundError('incident', request.params.id);
      return incident;
    },
  );
};

export default incidentRoutes;
