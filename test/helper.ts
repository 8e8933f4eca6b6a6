// Shared by the tests: a fresh, migrated database per test file, and the app built on it
// without listening (requests go through fastify.inject).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';
import { migrateDatabase } from '../src/db/connection.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
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
