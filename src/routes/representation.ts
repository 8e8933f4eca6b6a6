// Content negotiation for lists: JSON, or CSV when `format=csv` or `Accept: text/csv` asks for it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FacetValue } from '../db/queries/aggregates.js';
import type { Keyset } from '../db/queries/index.js';
import { type Column, toCsv } from '../representations/csv.js';
import { listResponse } from './pagination.js';

export type Format = 'json' | 'csv';

export function chooseFormat(request: FastifyRequest, format: Format | undefined): Format {
  if (format) return format;
  // Whatever the client prefers of the two; anything else (a browser's text/html, */*) gets JSON.
  return request.accepts().type(['application/json', 'text/csv']) === 'text/csv' ? 'csv' : 'json';
}

/** Answers a list page in the negotiated format, with the Link header either way. */
export function sendList<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    sort: string;
    format: Format | undefined;
    columns: Column<T>[];
    filename: string;
    page: { data: T[]; next: Keyset | null };
    facets?: Record<string, FacetValue[]> | undefined;
    total?: { value: number; exact: boolean } | undefined;
  },
) {
  reply.header('vary', 'Accept');
  const body = listResponse(request, reply, options.sort, options.page);
  if (chooseFormat(request, options.format) === 'json') {
    return { ...body, ...(options.total ? { total: options.total } : {}), ...(options.facets ? { facets: options.facets } : {}) };
  }
  reply.type('text/csv; charset=utf-8').header('content-disposition', `inline; filename="${options.filename}.csv"`);
  return toCsv(body.data, options.columns);
}
