import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../plugins/errors.js';
import { idSchema, jsonResponse, problemResponses } from '../schemas/common.js';
import { sourceDetailSchema, sourceListSchema, sourceQuerySchema } from '../schemas/sources.js';
import { decodeCursor, listResponse } from './pagination.js';

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
        response: { 200: jsonResponse('A page of sources.', sourceListSchema), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const after = decodeCursor(request.query.cursor, SORT);
      return listResponse(request, reply, SORT, repositories.sources.list(after, request.query.limit));
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
