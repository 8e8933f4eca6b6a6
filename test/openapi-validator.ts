// Checks a response against the committed OpenAPI document: the operation is found from the
// method and path, the schema from the status and content type. Every response the route tests
// make goes through it, so the document cannot drift from what the API sends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { root } from './helper-paths.js';

const document = JSON.parse(readFileSync(join(root, 'openapi', 'openapi.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi.json');

const routes = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/gu, '[^/]+')}$`, 'u'),
}));

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

export interface Checked {
  valid: boolean;
  errors: unknown;
}

export function checkResponse(method: string, url: string, status: number, contentType: string | undefined, body: string): Checked {
  // The router ignores a trailing slash; so does the match here.
  const path = url.split('?')[0]!.replace(/(.)\/$/u, '$1');
  const route = routes.find((r) => r.pattern.test(path));
  if (!route) return { valid: false, errors: `no path in the document matches ${path}` };
  const operation = document.paths[route.template][method.toLowerCase()];
  if (!operation) return { valid: false, errors: `${method} ${route.template} is not in the document` };
  const response = operation.responses[String(status)];
  if (!response) return { valid: false, errors: `${method} ${route.template} does not document status ${status}` };
  const mediaType = (contentType ?? '').split(';')[0]!.trim();
  if (!response.content?.[mediaType]) return { valid: false, errors: `${status} is not documented as ${mediaType}` };
  const pointer = `openapi.json#/paths/${escape(route.template)}/${method.toLowerCase()}/responses/${status}/content/${escape(mediaType)}/schema`;
  const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
  // JSON bodies are parsed; any other representation (CSV) is validated as the string it is.
  const json = mediaType === 'application/json' || mediaType.endsWith('+json');
  const valid = validate(json ? JSON.parse(body) : body) as boolean;
  return { valid, errors: validate.errors };
}
