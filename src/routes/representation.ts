// Content negotiation for lists: JSON, or CSV when `format=csv` or `Accept: text/csv` asks for it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FacetValue } from '../db/queries/aggregates.js';
import type { Keyset } from '../db/queries/index.js';
import { type Column, toCsv } from '../representations/csv.js';
import { listResponse, nextCursor } from './pagination.js';

export type Format = 'json' | 'csv';

export function chooseFormat(request: FastifyRequest, format: Format | undefined): Format {
  if (format) return format;
  // Whatever the client prefers of the two; anything else (a browser's text/html, */*) gets JSON.
  return request.accepts().type(['application/json', 'text/csv']) === 'text/csv' ? 'csv' : 'json';
}

interface ListOptions<T> {
  sort: string;
  format: Format | undefined;
  columns: Column<T>[];
  filename: string;
  facets?: Record<string, FacetValue[]> | undefined;
  total?: { value: number; exact: boolean } | undefined;
}

/** Answers a list page in the negotiated format, with the Link header either way. */
export function sendList<T>(request: FastifyRequest, reply: FastifyReply, options: ListOptions<T> & { page: { data: T[]; next: Keyset | null } }) {
  reply.header('vary', 'Accept');
  const body = listResponse(request, reply, options.sort, options.page);
  if (chooseFormat(request, options.format) === 'json') {
    return { ...body, ...(options.total ? { total: options.total } : {}), ...(options.facets ? { facets: options.facets } : {}) };
  }
  return sendCsv(reply, options, body.data);
}

/**
 * sendList for a page whose records are already JSON (penalty documents): the JSON answer is
 * written around them as they are, without parsing and serialising each again; CSV parses them.
 */
export function sendDocuments<T>(request: FastifyRequest, reply: FastifyReply, options: ListOptions<T> & { page: { documents: string[]; next: Keyset | null } }) {
  reply.header('vary', 'Accept');
  const { documents, next } = options.page;
  const cursor = nextCursor(request, reply, options.sort, next);
  if (chooseFormat(request, options.format) === 'csv') return sendCsv(reply, options, documents.map((document) => JSON.parse(document) as T));
  // The same envelope as listEnvelope (src/schemas/common.ts), field for field.
  let json = `{"data":[${documents.join(',')}],"next_cursor":${JSON.stringify(cursor)}`;
  if (options.total) json += `,"total":${JSON.stringify(options.total)}`;
  if (options.facets) json += `,"facets":${JSON.stringify(options.facets)}`;
  return reply.type('application/json; charset=utf-8').send(`${json}}`);
}

function sendCsv<T>(reply: FastifyReply, options: ListOptions<T>, data: T[]) {
  reply.type('text/csv; charset=utf-8').header('content-disposition', `inline; filename="${options.filename}.csv"`);
  return toCsv(data, options.columns);
}
