// Shared by the tests: a fresh, migrated database per test file, and the app built on it
// without listening (requests go through fastify.inject).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { buildApp } from '../src/app.js';
import { migrateDatabase } from '../src/db/connection.js';
import { root } from './helper-paths.js';
import { checkResponse } from './openapi-validator.js';

export { root };
export const seedsDir = join(root, 'seeds');

/** A new database file in the test's own directory, migrated with the committed migrations. */
export function freshDatabase(t: Test, name = 'enforcement.db'): string {
  const dir = t.testdir({});
  const path = join(dir, name);
  migrateDatabase(path);
  return path;
}

/** A copy of seeds/ the test may change, to see how the compiler answers bad data. */
export function copyOfSeeds(t: Test): string {
  const dir = join(t.testdir({}), 'seeds');
  cpSync(seedsDir, dir, { recursive: true });
  return dir;
}

export interface TestApp {
  app: FastifyInstance;
  /** GET through fastify.inject; throws if the response does not match the OpenAPI document. */
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse & { json<T = any>(): T }>;
}

/** The app on a fresh database (or the one given), closed when the test ends. */
export async function testApp(t: Test, databasePath = freshDatabase(t)): Promise<TestApp> {
  const app = await buildApp({ databasePath });
  t.teardown(() => app.close());
  return {
    app,
    async get(url, headers = {}) {
      const response = await app.inject({ method: 'GET', url, headers });
      if (response.statusCode !== 304) {
        const checked = checkResponse('GET', url, response.statusCode, response.headers['content-type'] as string | undefined, response.body);
        // Thrown, not asserted: the failure then belongs to whichever subtest made the request.
        if (!checked.valid) {
          throw new Error(`GET ${url} → ${response.statusCode} does not match the OpenAPI document: ${JSON.stringify(checked.errors)}`);
        }
      }
      return response;
    },
  };
}
