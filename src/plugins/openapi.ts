// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and
// serialise responses, and the interactive docs at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const apiVersion = '1.0.0';

export const tags = [
  { name: 'penalties', description: 'Enforcement actions: monetary penalties, undertakings, notices, reprimands, prosecutions.' },
  { name: 'organisations', description: 'Organisations penalised, or party to an incident.' },
  { name: 'incidents', description: 'What happened: breaches, attacks, the data and the people affected.' },
  { name: 'sources', description: 'The articles every fact is cited from.' },
  { name: 'meta', description: 'The dataset, the API and its health.' },
];


// The type provider emits every registered schema twice, for input and output. Parameters here
// use unregistered schemas, so the input copies are never referenced: drop what nothing reaches.
function withoutUnusedComponents<T extends { paths?: unknown; components?: { schemas?: Record<string, unknown> } }>(document: T): T {
  const schemas: Record<string, unknown> = document.components?.schemas ?? {};
  const reached = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
          const name = child.slice('#/components/schemas/'.length);
          if (!reached.has(name)) {
            reached.add(name);
            visit(schemas[name]);
          }
        } else visit(child);
      }
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } };
}

async function openapi(fastify: FastifyInstance) {
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Data-protection enforcement actions API',
        version: apiVersion,
        description:
          'A normalised dataset of data-protection enforcement actions (fines, undertakings, notices, reprimands), in which every figure cites the verbatim sentence of the source that states it. Read-only; every error is RFC 9457 problem+json; lists are keyset-paginated with an opaque cursor.',
        license: { name: 'CC-BY-4.0', identifier: 'CC-BY-4.0' },
      },
      servers: [{ url: '/', description: 'This server' }],
      // Public, read-only data: no operation needs credentials.
      security: [],
      tags,
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => withoutUnusedComponents(jsonSchemaTransformObject(document)),
  });
  await fastify.register(swaggerUi, { routePrefix: '/docs', uiConfig: { tryItOutEnabled: true } });
}

export default fp(openapi, { name: 'openapi' });
