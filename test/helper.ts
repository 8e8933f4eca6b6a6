// Shared by the tests: a fresh, migrated database per test file, and the app built on it
// without listening (requests go through fastify.inject).
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { type AppOptions, buildApp } from '../src/app.js';
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
export async function testApp(t: Test, databasePath = freshDatabase(t), options: Partial<AppOptions> = {}): Promise<TestApp> {
  const app = await buildApp({ ...options, databasePath });
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

/** `src/server.ts` (or the entry given) in a child process, as `npm start` runs it, on a free port. Resolves once it listens. */
export function startServer(
  env: Record<string, string>,
  entry = ['--import', 'tsx', 'src/server.ts'],
): Promise<{ child: ChildProcess; baseUrl: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, entry, {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/u.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ child, baseUrl: listening[1]!, output: () => output });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the server expecting it to refuse to start: its exit code and what it printed. */
export function failedStart(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
