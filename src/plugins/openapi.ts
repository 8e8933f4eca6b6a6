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

const header = (description: string, example: string) => ({ description, schema: { type: 'string' }, example });

export const responseHeaders = {
  ETag: header('Strong validator from the dataset version and the request: send it back as If-None-Match.', '"Zq3n1f2sB7cS0t9kYbq2mN1W9xE4aLr"'),
  'Cache-Control': header('How long the response may be reused.', 'public, max-age=300'),
  Vary: header('The request headers the representation depends on.', 'Accept, Accept-Encoding'),
  Link: header('The next page, when there is one (RFC 8288).', '</penalties?limit=50&cursor=WzEsIi1kYXRlIi…>; rel="next"'),
  'X-Dataset-Version': header('The version of the dataset exported.', '599a93b20959e7e9'),
  'Retry-After': header('Seconds to wait before trying again.', '5'),
};

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

// Answers any operation can give, whatever its parameters: from the protections in front of every
// route (protection.ts) and from a failure on our side.
const commonProblems: Record<string, { description: string; content: typeof problemContent; headers?: Record<string, unknown> }> = {
  '414': { description: 'The URL, or a path segment, is too long.', content: problemContent },
  '429': { description: 'Rate limit exceeded for this client; see Retry-After.', content: problemContent, headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } },
  '500': { description: 'A failure on our side.', content: problemContent },
  '503': { description: 'Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After.', content: problemContent, headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } },
};

// What the route schemas cannot say: the caching headers every cacheable GET sends, the Link
// header of lists, the 304 a matching If-None-Match gets, and the problems any operation can answer.
function withCommonResponses<T extends object>(document: T): T {
  const { paths, components } = document as { paths?: Record<string, Record<string, any>>; components?: Record<string, unknown> };
  const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
  for (const item of Object.values(paths ?? {})) {
    const operation = item.get;
    if (!operation?.responses?.['200'] || ['getHealth', 'getReadiness'].includes(operation.operationId)) continue;
    const headers: Record<string, unknown> = { ETag: ref('ETag'), 'Cache-Control': ref('Cache-Control'), Vary: ref('Vary') };
    if (String(operation.operationId).startsWith('list')) headers.Link = ref('Link');
    if (operation.operationId === 'exportRecords') headers['X-Dataset-Version'] = ref('X-Dataset-Version');
    operation.responses['200'].headers = headers;
    operation.responses['304'] = { description: 'Not modified: If-None-Match matched the ETag; reuse the copy you have.', headers: { ETag: ref('ETag') } };
  }
  for (const item of Object.values(paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(commonProblems)) operation.responses[status] ??= response;
    }
  }
  return { ...document, components: { ...components, headers: responseHeaders } };
}

// Swagger UI fills every parameter's example into "Try it out", so Execute would send all the
// examples at once (and match nothing). In the copy the docs page reads, examples move into the
// descriptions; /openapi.json keeps them as examples.
function examplesInDescriptions(document: Record<string, any>) {
  for (const item of Object.values((document.paths ?? {}) as Record<string, Record<string, any>>)) {
    for (const operation of Object.values(item)) {
      for (const parameter of operation?.parameters ?? []) {
        if (parameter.in !== 'query' || parameter.example === undefined) continue;
        parameter.description = `${parameter.description ?? ''} Example: \`${parameter.example}\`.`.trim();
        delete parameter.example;
      }
    }
  }
  return document;
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
    transformObject: (document) => withCommonResponses(withoutUnusedComponents(jsonSchemaTransformObject(document))),
  });
  await fastify.register(swaggerUi, {
    routePrefix: '/docs',
    // No validator badge: it would call an outside service from every reader's browser.
    uiConfig: { tryItOutEnabled: true, validatorUrl: null },
    // Its own Content-Security-Policy (hashes of its inline scripts) in place of the API's strict one.
    staticCSP: true,
    // As for the API (protection.ts): plain HTTP must keep working, so no upgrade-insecure-requests.
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/u, ''),
    transformSpecificationClone: true,
    transformSpecification: examplesInDescriptions,
  });
}

export default fp(openapi, { name: 'openapi' });
