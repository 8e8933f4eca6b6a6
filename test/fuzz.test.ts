// Property-based fuzzing of every operation in the OpenAPI document (fast-check): thousands of
// generated and hostile parameter values. Whatever arrives: never a 5xx, every 4xx a problem+json,
// every 200 valid against the document, and the database file unchanged afterwards.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { buildApp } from '../src/app.js';
import { checkResponse } from './openapi-validator.js';
import { freshDatabase, root } from './helper.js';

const document = JSON.parse(readFileSync(join(root, 'openapi', 'openapi.json'), 'utf8'));
const path = freshDatabase(t);
const digest = () => createHash('sha256').update(readFileSync(path)).digest('hex');
const before = digest();
const app = await buildApp({ databasePath: path });
t.teardown(() => app.close());

const hostile = [
  '', ' ', '-1', '0', '1e309', 'NaN', 'Infinity', '-Infinity', '9007199254740993', '1.5', '0x10', '٣',
  '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '/etc/passwd', 'C:\\Windows\\win.ini',
  "' OR 1=1 --", '"; DROP TABLE penalties; --', 'penalties_search MATCH *', "') UNION SELECT sqlite_version() --",
  '"', 'NEAR(', 'NEAR(a b', 'a AND', 'OR', 'NOT', '*', '^', 'col:umn', '(((', 'a"b', '{', '[]',
  '%00', '\u0000', '\u202e', '😀', 'Ünïcödé', '日本語', 'ｆｕｌｌｗｉｄｔｈ', 'a'.repeat(600),
  'WzEsImlkIiwidmFsdWVzIixudWxsLCJ4Il0', 'eyJ9', '====', 'WzFd',
];

/** A value for one parameter: valid when the schema says how, otherwise anything at all. */
function valueFor(schema: any): fc.Arbitrary<string> {
  const valid: fc.Arbitrary<string>[] = [];
  const enums = schema?.enum ?? schema?.anyOf?.flatMap((s: any) => s.enum ?? s.items?.enum ?? []) ?? [];
  if (enums.length) valid.push(fc.constantFrom(...enums.map(String)));
  if (schema?.type === 'integer') valid.push(fc.integer({ min: -10, max: 600 }).map(String));
  if (schema?.example !== undefined) valid.push(fc.constant(String(schema.example)));
  return fc.oneof(
    ...valid,
    fc.constantFrom(...hostile),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.base64String({ maxLength: 60 }),
  );
}

function operationArbitrary(template: string, operation: any) {
  const parameters: any[] = operation.parameters ?? [];
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const queryParameters = parameters.filter((p) => p.in === 'query');
  const pathValues = fc.tuple(...pathParameters.map((p) => fc.oneof(valueFor(p.schema), fc.constant(String(p.example ?? 'x')))));
  // Each query parameter: absent, once, or repeated; plus now and then a parameter that does not exist.
  const query = fc.tuple(
    ...queryParameters.map((p) => fc.option(fc.array(valueFor({ ...p.schema, example: p.example }), { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 2 })),
    fc.option(fc.tuple(fc.constantFrom('colour', '__proto__', 'constructor', 'limit[]', 'q[0]', ''), fc.string({ maxLength: 10 })), { nil: undefined, freq: 4 }),
  );
  return fc.tuple(pathValues, query).map(([values, queryValues]) => {
    let url = template;
    pathParameters.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(values[i] as string))));
    const pairs: string[] = [];
    queryParameters.forEach((p, i) => {
      for (const value of (queryValues[i] as string[] | undefined) ?? []) pairs.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(value)}`);
    });
    const extra = queryValues[queryParameters.length] as [string, string] | undefined;
    if (extra) pairs.push(`${encodeURIComponent(extra[0])}=${encodeURIComponent(extra[1])}`);
    return pairs.length ? `${url}?${pairs.join('&')}` : url;
  });
}

const operations = Object.entries(document.paths as Record<string, any>).filter(([, item]) => item.get);

for (const [template, item] of operations) {
  t.test(`GET ${template}`, async (t) => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(operationArbitrary(template, item.get), async (url) => {
        requests += 1;
        const response = await app.inject({ method: 'GET', url });
        if (response.statusCode >= 500) throw new Error(`${url} → ${response.statusCode}: ${response.body.slice(0, 300)}`);
        if (response.statusCode >= 400) {
          if (!String(response.headers['content-type']).startsWith('application/problem+json')) throw new Error(`${url} → ${response.statusCode} is not problem+json`);
          const problem = response.json();
          if (typeof problem.type !== 'string' || problem.status !== response.statusCode || typeof problem.detail !== 'string') {
            throw new Error(`${url} → malformed problem ${response.body}`);
          }
          if (/SQLITE|at \w+ \(|node_modules|\/work\//u.test(response.body)) throw new Error(`${url} leaks internals: ${response.body}`);
        }
        // A path no route has (an empty path parameter) is a plain 404 problem, checked above.
        if (response.statusCode === 404 && response.json().detail.startsWith('No route is')) return;
        // Every other answer, success or problem, is one the document describes.
        const checked = checkResponse('GET', url, response.statusCode, response.headers['content-type'] as string | undefined, response.body);
        if (!checked.valid) throw new Error(`${url} → ${response.statusCode}: ${JSON.stringify(checked.errors).slice(0, 500)}`);
      }),
      { numRuns: 300, seed: 20261122 },
    );
    t.equal(requests, 300, `${requests} requests, none answered with a 5xx`);
  });
}

t.test('the database file is byte for byte what it was', async (t) => {
  await app.close();
  t.equal(digest(), before);
});
