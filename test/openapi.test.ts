// The OpenAPI document: generated from the zod schemas, committed, linted, and complete enough
// for a service to integrate from it alone.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { generateClientTypes, generateOpenapi } from '../scripts/openapi.js';
import { root } from './helper.js';

const committed = readFileSync(join(root, 'openapi', 'openapi.json'), 'utf8');
const document = JSON.parse(committed);

t.test('the committed document is what the code generates', async (t) => {
  const generated = await generateOpenapi();
  t.equal(committed, generated, 'stale: run `npm run openapi` and commit openapi/');
  t.equal(readFileSync(join(root, 'openapi', 'schema.d.ts'), 'utf8'), await generateClientTypes(generated), 'client types are stale: run `npm run openapi`');
});

t.test('redocly lint (recommended rules) finds no errors', async (t) => {
  const redocly = join(root, 'node_modules', '.bin', 'redocly');
  const result = await promisify(execFile)(redocly, ['lint', 'openapi/openapi.json', '--extends=recommended', '--format=summary'], {
    cwd: root,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  const output = `${result.stdout}${result.stderr}`;
  t.equal('code' in result ? result.code : 0, 0, 'redocly exits 0', { output });
  t.notMatch(output, /^error/mu, 'no rule reports an error');
});

t.test('OpenAPI 3.1, with reusable components', async (t) => {
  t.equal(document.openapi, '3.1.0');
  for (const name of ['Penalty', 'PenaltyList', 'Organisation', 'Incident', 'Source', 'Money', 'PartialDate', 'Citation', 'Summary', 'Problem']) {
    t.ok(document.components.schemas[name], `components/schemas/${name}`);
  }
  t.match(document.components.schemas.Money.properties.amount_minor, { type: 'integer' });
});

const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);

t.test('every operation is documented for a generated client', async (t) => {
  t.ok(operations.length >= 12);
  for (const { path, method, operation } of operations) {
    const name = `${method.toUpperCase()} ${path}`;
    t.ok(operation.operationId, `${name} has an operationId`);
    t.ok(operation.summary && operation.description, `${name} has a summary and a description`);
    t.ok(operation.tags?.length, `${name} is tagged`);
    const success = Object.entries(operation.responses['200']?.content ?? {}) as [string, { schema?: unknown }][];
    t.ok(success.length > 0 && success.every(([, media]) => media.schema), `${name} documents its 200 with a schema per media type`);
    for (const parameter of operation.parameters ?? []) {
      t.ok(parameter.description, `${name} ${parameter.name} is described`);
      if (parameter.name !== 'cursor') t.ok(parameter.example !== undefined || parameter.schema?.default !== undefined, `${name} ${parameter.name} has an example`);
    }
    if (operation.parameters?.length) {
      t.match(operation.responses['400'], { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }, `${name} documents its 400 as problem+json`);
    }
    if (path.includes('{id}')) {
      t.match(operation.responses['404'], { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }, `${name} documents its 404`);
    }
  }
});
