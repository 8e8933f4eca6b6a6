// npm run openapi — writes openapi/openapi.json from the zod schemas (through the app itself), and
// openapi/schema.d.ts, the TypeScript types a generated client uses (openapi-typescript).
// A test fails when either committed file differs from what this produces.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { migrateDatabase } from '../src/db/connection.js';

export const openapiDir = fileURLToPath(new URL('../openapi/', import.meta.url));

/** The document as the app generates it. The app needs a database to start: a throwaway one. */
export async function generateOpenapi(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  try {
    const databasePath = join(dir, 'enforcement.db');
    migrateDatabase(databasePath);
    const app = await buildApp({ databasePath });
    try {
      return `${JSON.stringify(app.swagger(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function generateClientTypes(document: string): Promise<string> {
  const header = '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n';
  return header + astToString(await openapiTS(JSON.parse(document)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const document = await generateOpenapi();
  mkdirSync(openapiDir, { recursive: true });
  writeFileSync(join(openapiDir, 'openapi.json'), document);
  writeFileSync(join(openapiDir, 'schema.d.ts'), await generateClientTypes(document));
  console.log('wrote openapi/openapi.json and openapi/schema.d.ts');
}
