import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import { neutralise } from '../representations/csv.js';
import { problemResponses } from '../schemas/common.js';
import { penaltyStatisticsQuerySchema, penaltyStatisticsSchema } from '../schemas/penalties.js';
import { ParameterCheck } from './filters.js';
import { penaltyFilters } from './penalties.js';
import { chooseFormat } from './representation.js';

const statsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories } = fastify;

  fastify.get(
    '/stats/penalties',
    {
      schema: {
        operationId: 'getPenaltyStatistics',
        summary: 'Count and sum penalties by group',
        description:
          'How many penalties match the filters (the same as /penalties) per value of one or two fields, with the sum of their amounts in each currency. Currencies are never added together or converted. Every matching action counts, proposals included: filter by `status` to count, say, only imposed penalties.',
        tags: ['penalties'],
        querystring: penaltyStatisticsQuerySchema,
        response: {
          200: {
            description: 'Counts and sums per group.',
            content: {
              'application/json': { schema: penaltyStatisticsSchema },
              'text/csv': {
                schema: z.string().meta({
                  description: 'One row per group and currency: the group_by fields, `count` (of the group), `currency`, `currency_count`, `amount_minor`, `amount_major`.',
                }),
              },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const { group_by: groupBy, format, ...query } = request.query;
      const check = new ParameterCheck(repositories);
      const filters = penaltyFilters(query, check);
      check.done();
      const statistics = await fastify.queryPool.repositories.penalties.statistics(filters, groupBy);
      reply.header('vary', 'Accept');
      if (chooseFormat(request, format) === 'json') return { group_by: groupBy, ...statistics };
      const rows = statistics.groups.flatMap((group) => {
        const keys = groupBy.map((field) => group.key[field] ?? null);
        const sums = group.sums.length > 0 ? group.sums : [null];
        return sums.map((sum) => [...keys, group.count, sum?.currency ?? null, sum?.count ?? null, sum?.amount_minor ?? null, sum?.amount_major ?? null]);
      });
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'inline; filename="penalty-statistics.csv"');
      return stringify(rows, {
        header: true,
        columns: [...groupBy, 'count', 'currency', 'currency_count', 'amount_minor', 'amount_major'],
        record_delimiter: 'windows',
        cast: { string: neutralise },
      });
    },
  );
};

export default statsRoutes;
