import { z } from 'zod';
import type { QueryPoolStats } from '../db/query-pool.js';

export const datasetSchema = z
  .object({
    name: z.string(),
    version: z.string().meta({ description: 'Changes whenever the data changes; equal versions hold equal data.' }),
    built_at: z.string().meta({ description: 'When this version of the dataset was compiled (ISO 8601).' }),
    licence: z.string(),
    counts: z.object({
      penalties: z.int(),
      organisations: z.int(),
      incidents: z.int(),
      sources: z.int(),
      citations: z.int(),
    }),
    links: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Dataset', description: 'What this API serves.' });

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
// What QueryPool.stats() returns; `satisfies` keeps the two from drifting apart.
const queryPoolSchema = z.object({
  workers: z.int(),
  busy: z.int(),
  draining: z.int(),
  queued: z.int(),
  completed: z.int(),
  timed_out: z.int(),
  refused: z.int(),
}) satisfies z.ZodType<QueryPoolStats>;

export const readinessSchema = z
  .object({
    status: z.literal('ready'),
    dataset_version: z.string(),
    migrations: z.int(),
    response_cache: z
      .object({ entries: z.int(), bytes: z.int(), hits: z.int(), misses: z.int(), hit_rate: z.number().nullable() })
      .meta({ description: 'The cache of serialised responses since start: how often a repeated request was answered from memory.' }),
    query_pool: queryPoolSchema.meta({
        description:
          'The worker threads that run lists, facets and statistics under a time budget, since start: `busy` now running a query, `draining` cut off at the budget and still finishing their statement, `queued` waiting for one; `timed_out` and `refused` were answered 503.',
      }),
  })
  .meta({ id: 'Readiness' });
