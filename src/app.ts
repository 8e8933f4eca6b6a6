// The application as a Fastify plugin: external plugins, then the app's own, then the routes.
// server.ts wraps it with a logger and a listening socket; the tests build it without either.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import accepts from '@fastify/accepts';
import fp from 'fastify-plugin';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import database from './plugins/database.js';
import errors from './plugins/errors.js';
import openapi from './plugins/openapi.js';
import exportRoutes from './routes/export.js';
import incidentRoutes from './routes/incidents.js';
import metaRoutes from './routes/meta.js';
import organisationRoutes from './routes/organisations.js';
import penaltyRoutes from './routes/penalties.js';
import sourceRoutes from './routes/sources.js';
import statsRoutes from './routes/stats.js';

export interface AppOptions {
  databasePath: string;
}

export async function app(fastify: FastifyInstance, options: AppOptions) {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  await fastify.register(accepts);
  await fastify.register(openapi);
  await fastify.register(errors);
  await fastify.register(database, { path: options.databasePath });

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
};

/** The app, ready to answer `inject` calls or to listen. */
export async function buildApp(options: AppOptions, fastifyOptions: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const fastify = Fastify({ ...serverOptions, ...fastifyOptions }).withTypeProvider<ZodTypeProvider>();
  // fastify-plugin, so what the app decorates (swagger, repositories) is visible on the instance returned.
  await fastify.register(fp(app), options);
  await fastify.ready();
  return fastify;
}
