// The application as a Fastify plugin: external plugins, then the app's own, then the routes.
// server.ts wraps it with a logger and a listening socket; the tests build it without either.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import zlib from 'node:zlib';
import accepts from '@fastify/accepts';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import { type ZodTypeProvider, validatorCompiler } from 'fastify-type-provider-zod';
import database from './plugins/database.js';
import errors, { problem, sendProblem } from './plugins/errors.js';
import httpCache from './plugins/http-cache.js';
import openapi from './plugins/openapi.js';
import protection, { type ProtectionOptions, defaultProtection } from './plugins/protection.js';
import requestLog, { requestIdOptions } from './plugins/request-log.js';
import responseCache from './plugins/response-cache.js';
import { fastSerializerCompiler } from './plugins/serializer.js';
import exportRoutes from './routes/export.js';
import incidentRoutes from './routes/incidents.js';
import metaRoutes from './routes/meta.js';
import organisationRoutes from './routes/organisations.js';
import penaltyRoutes from './routes/penalties.js';
import sourceRoutes from './routes/sources.js';
import statsRoutes from './routes/stats.js';

export interface AppOptions {
  databasePath: string;
  // Cache-Control max-age, seconds.
  cacheMaxAge?: number;
  // Bytes of serialised responses kept for repeated requests; 0: no cache.
  responseCacheBytes?: number;
  // Worker threads for the queries whose cost grows with the rows they match, and their time
  // budget (ms) before a 503.
  queryWorkers?: number;
  queryBudgetMs?: number;
  // Rate limit, load shedding and request limits; off by default here, on in server.ts.
  protection?: Partial<ProtectionOptions>;
}

export async function app(fastify: FastifyInstance, options: AppOptions) {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(fastSerializerCompiler);

  // External plugins.
  await fastify.register(cors, {
    // Public, read-only data: any origin may read it, without credentials.
    origin: '*',
    methods: ['GET', 'HEAD'],
    credentials: false,
    exposedHeaders: ['Link', 'ETag', 'X-Dataset-Version', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
    maxAge: 86_400,
  });
  await fastify.register(accepts);
  await fastify.register(openapi);

  // The app's own.
  await fastify.register(errors);
  await fastify.register(protection, { ...defaultProtection, ...options.protection });
  await fastify.register(requestLog);
  await fastify.register(database, { path: options.databasePath, queryWorkers: options.queryWorkers ?? 2, queryBudgetMs: options.queryBudgetMs ?? 2000 });
  // In this order: a matching If-None-Match is a 304 before the response cache is looked at, and
  // the response cache stores a body before compression turns it into bytes.
  await fastify.register(httpCache, { maxAge: options.cacheMaxAge ?? 300 });
  await fastify.register(responseCache, { maxBytes: options.responseCacheBytes ?? 64 * 1024 * 1024 });
  // Brotli at quality 4: most of its gain at a fraction of the CPU of the default 11.
  await fastify.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } });

  // Routes.
  await fastify.register(metaRoutes);
  await fastify.register(penaltyRoutes);
  await fastify.register(organisationRoutes);
  await fastify.register(incidentRoutes);
  await fastify.register(sourceRoutes);
  await fastify.register(statsRoutes);
  await fastify.register(exportRoutes);
}

export const serverOptions: FastifyServerOptions = {
  routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  // The whole request must arrive within 10 s (slow-loris), idle keep-alive sockets close after 5 s.
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  // GET and HEAD only: no body is ever read.
  bodyLimit: 1024,
  // Errors the router raises before any route or error handler runs (a malformed URL, a path
  // segment over maxParamLength) are problems like any other.
  frameworkErrors: (error, _request, reply) => {
    const status = error.statusCode ?? 400;
    void sendProblem(reply, problem('bad-request', status, error.message.length > 300 ? `${error.message.slice(0, 300)}…` : error.message));
  },
  ...requestIdOptions,
};

/** The app, ready to answer `inject` calls or to listen. */
export async function buildApp(options: AppOptions, fastifyOptions: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const fastify = Fastify({ ...serverOptions, ...fastifyOptions }).withTypeProvider<ZodTypeProvider>();
  // fastify-plugin, so what the app decorates (swagger, repositories) is visible on the instance returned.
  await fastify.register(fp(app), options);
  await fastify.ready();
  return fastify;
}
