// The database, as one named decorator: opened read-only when the app starts, closed when it stops.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openReadOnly } from '../db/connection.js';
import { type Repositories, createRepositories } from '../db/queries/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    repositories: Repositories;
  }
}

export interface DatabaseOptions {
  path: string;
}

async function database(fastify: FastifyInstance, options: DatabaseOptions) {
  const sqlite = openReadOnly(options.path);
  fastify.decorate('repositories', createRepositories(sqlite));
  fastify.addHook('onClose', async () => {
    sqlite.close();
  });
}

export default fp(database, { name: 'database' });
