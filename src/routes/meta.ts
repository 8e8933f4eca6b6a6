import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, problemTypes, sendProblem } from '../plugins/errors.js';
import { jsonResponse, problemResponses, problemSchema } from '../schemas/common.js';
import { datasetSchema, healthSchema, readinessSchema } from '../schemas/meta.js';

const links = {
  penalties: '/penalties',
  organisations: '/organisations',
  incidents: '/incidents',
  sources: '/sources',
  docs: '/docs',
  openapi: '/openapi.json',
};

const metaRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories } = fastify;

  fastify.get(
    '/',
    {
      schema: {
        operationId: 'getDataset',
        summary: 'Describe the dataset',
        description: 'The dataset’s name, version, when it was built, its licence, how many records it holds, and links to the lists and the docs.',
        tags: ['meta'],
        response: { 200: jsonResponse('The dataset.', datasetSchema) },
      },
    },
    async () => ({ ...repositories.dataset.info(), links }),
  );

  fastify.get(
    '/healthz',
    {
      config: { cache: false },
      schema: { operationId: 'getHealth', summary: 'Liveness', description: 'The process is up.', tags: ['meta'], response: { 200: jsonResponse('The process is up.', healthSchema) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  fastify.get(
    '/readyz',
    {
      config: { cache: false },
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness',
        description: 'The database is open, readable and migrated to exactly the migrations this code knows.',
        tags: ['meta'],
        response: {
          200: jsonResponse('Ready to serve.', readinessSchema),
          503: { description: 'Not ready.', content: { 'application/problem+json': { schema: problemSchema } } },
        },
      },
    },
    async (request, reply) => {
      try {
        const state = fastify.readiness.migrationState();
        if (state.applied !== state.expected || state.newest_applied !== state.newest_known) {
          return sendProblem(reply, problem('unavailable', 503, `The database has ${state.applied} of the ${state.expected} migrations this version expects.`));
        }
        return { status: 'ready' as const, dataset_version: fastify.readiness.version(), migrations: state.applied, response_cache: fastify.responseCache.stats(), query_pool: fastify.queryPool.stats() };
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        return sendProblem(reply, problem('unavailable', 503, 'The database cannot be read.'));
      }
    },
  );

  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());

  fastify.get(
    '/problems/:type',
    {
      schema: {
        operationId: 'getProblemType',
        summary: 'Describe a kind of problem',
        description: 'The documentation a problem’s `type` URI points to.',
        tags: ['meta'],
        params: z.object({ type: z.enum(Object.keys(problemTypes) as [keyof typeof problemTypes]).meta({ description: 'The last segment of a problem’s `type`.', examples: ['invalid-parameters'] }) }),
        response: {
          200: jsonResponse('What the problem means.', z.object({ type: z.string(), title: z.string(), description: z.string() }).meta({ id: 'ProblemType' })),
          400: problemResponses[400],
        },
      },
    },
    async (request) => ({ type: `/problems/${request.params.type}`, ...problemTypes[request.params.type] }),
  );
};

export default metaRoutes;
