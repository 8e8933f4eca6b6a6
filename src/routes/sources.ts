import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../plugins/errors.js';
import { idSchema, jsonResponse, listResponse200, problemResponses } from '../schemas/common.js';
import { sourceColumns, describeColumns } from '../representations/csv.js';
import { sourceDetailSchema, sourceListSchema, sourceQuerySchema } from '../schemas/sources.js';
import { decodeCursor } from './pagination.js';
import { sendList } from './representation.js';

const SORT = 'id';

const sourceRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories } = fastify;

  fastify.get(
    '/sources',
    {
      schema: {
        operationId: 'listSources',
        summary: 'List sources',
        description: 'The articles the dataset is built from, by id.',
        tags: ['sources'],
        querystring: sourceQuerySchema,
        response: { 200: listResponse200('A page of sources.', sourceListSchema, describeColumns(sourceColumns)), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const after = decodeCursor(request.query.cursor, SORT);
      const page = repositories.sources.list(after, request.query.limit);
      return sendList(request, reply, { sort: SORT, format: request.query.format, columns: sourceColumns, filename: 'sources', page });
    },
  );

  fastify.get(
    '/sources/:id',
    {
      schema: {
        operationId: 'getSource',
        summary: 'Get a source',
        description: 'One article’s metadata, and every record that cites it.',
        tags: ['sources'],
        params: z.object({ id: idSchema.meta({ description: 'The source’s id.', examples: ['ico-fines-staysure'] }) }),
        response: { 200: jsonResponse('The source and what cites it.', sourceDetailSchema), ...problemResponses },
      },
    },
    async (request) => {
      const source = repositories.sources.get(request.params.id);
      if (!source) throw new NotFoundError('source', request.params.id);
      return source;
    },
  );
};

export default sourceRoutes;
