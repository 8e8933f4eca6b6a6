// Bulk export: every record of a resource, streamed as NDJSON or CSV in constant memory. Records
// are read a page at a time by id and only as fast as the client takes them (Readable.from pulls
// the next page when the socket has drained), whatever the size of the table.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Keyset, Repositories } from '../db/queries/index.js';
import { type Column, csvStream, describeColumns, incidentColumns, organisationColumns, penaltyColumns, sourceColumns } from '../representations/csv.js';
import { problemResponses } from '../schemas/common.js';

const PAGE = 500;

const resources = {
  // Penalties come as their JSON documents: NDJSON writes them as they are, CSV parses them.
  penalties: {
    columns: penaltyColumns,
    list: (r: Repositories, after: Keyset | null) => {
      const page = r.penalties.list({}, 'id', after, PAGE);
      return { data: page.documents.map((json) => new JsonDocument(json)), next: page.next };
    },
  },
  organisations: { columns: organisationColumns, list: (r: Repositories, after: Keyset | null) => r.organisations.list({}, 'id', after, PAGE) },
  incidents: { columns: incidentColumns, list: (r: Repositories, after: Keyset | null) => r.incidents.list({}, 'id', after, PAGE) },
  sources: { columns: sourceColumns, list: (r: Repositories, after: Keyset | null) => r.sources.list(after, PAGE) },
} as const;

type Resource = keyof typeof resources;

/** A record already serialised. */
class JsonDocument {
  constructor(readonly json: string) {}
}

async function* allRecords(repositories: Repositories, resource: Resource): AsyncGenerator<unknown> {
  let after: Keyset | null = null;
  do {
    const page: { data: unknown[]; next: Keyset | null } = resources[resource].list(repositories, after);
    yield* page.data;
    after = page.next;
  } while (after);
}

async function* ndjsonLines(records: AsyncGenerator<unknown>) {
  for await (const record of records) yield `${record instanceof JsonDocument ? record.json : JSON.stringify(record)}\n`;
}

async function* csvRows(records: AsyncGenerator<unknown>, columns: Column<never>[]) {
  for await (const record of records) {
    const object = record instanceof JsonDocument ? (JSON.parse(record.json) as unknown) : record;
    yield columns.map((c) => c.value(object as never));
  }
}

const exportRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { repositories } = fastify;

  fastify.get(
    '/export/:resource',
    {
      schema: {
        operationId: 'exportRecords',
        summary: 'Export every record of a resource',
        description:
          'All records of `resource`, in id order, streamed: NDJSON (one JSON record per line, the same shape as the list endpoints) or CSV (the same columns as the list endpoints give with `format=csv`). The dataset version is in the `X-Dataset-Version` header and the file name.',
        tags: ['meta'],
        params: z.object({
          resource: z.enum(Object.keys(resources) as [Resource, ...Resource[]]).meta({ description: 'What to export.', examples: ['penalties'] }),
        }),
        querystring: z.strictObject({
          format: z
            .enum(['ndjson', 'csv'])
            .optional()
            .meta({ description: '`ndjson` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.', examples: ['csv'] }),
        }),
        response: {
          200: {
            description: 'Every record, streamed.',
            content: {
              'application/x-ndjson': { schema: z.string().meta({ description: 'One JSON record per line.' }) },
              'text/csv': { schema: z.string().meta({ description: `RFC 4180 CSV with a header row. Penalty columns: ${describeColumns(penaltyColumns)}.` }) },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const { resource } = request.params;
      const format = request.query.format ?? (request.accepts().type(['application/x-ndjson', 'text/csv']) === 'text/csv' ? 'csv' : 'ndjson');
      reply.header('vary', 'Accept');
      const version = repositories.dataset.info().version;
      reply.header('x-dataset-version', version);
      reply.header('content-disposition', `attachment; filename="${resource}-${version}.${format}"`);
      const records = allRecords(repositories, resource);
      if (format === 'ndjson') {
        reply.type('application/x-ndjson; charset=utf-8');
        // The type provider types a body by its schemas, which describe the stream's text; fastify sends streams as they are.
        return reply.send(Readable.from(ndjsonLines(records)) as unknown as string);
      }
      reply.type('text/csv; charset=utf-8');
      const columns = resources[resource].columns as Column<never>[];
      return reply.send(Readable.from(csvRows(records, columns)).pipe(csvStream(columns)) as unknown as string);
    },
  );
};

export default exportRoutes;
