// Opaque cursors and the Link header: the list contract every list route shares.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Keyset } from '../db/queries/index.js';
import { InvalidParametersError } from '../plugins/errors.js';

// Versioned, so the encoding can change without old cursors being misread: they are refused instead.
const cursorPayload = z.tuple([
  z.literal(1),
  z.string(),
  z.enum(['values', 'nulls']),
  z.union([z.string(), z.number(), z.null()]),
  z.string().min(1),
]);

/** The cursor for the page after `keyset`, bound to the sort it was made for. */
export function encodeCursor(sort: string, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([1, sort, keyset.phase, keyset.value, keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, sort: string): Keyset | null {
  if (cursor === undefined) return null;
  let payload: z.infer<typeof cursorPayload>;
  try {
    payload = cursorPayload.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidParametersError([{ name: 'cursor', reason: 'is not a cursor this API issued: pass `next_cursor` back unchanged' }]);
  }
  const [, madeFor, phase, value, id] = payload;
  if (madeFor !== sort) {
    throw new InvalidParametersError([{ name: 'cursor', reason: `was issued for sort=${madeFor}, not sort=${sort}` }]);
  }
  return { phase, value, id };
}

/** The cursor of the next page, or null on the last one; sets the Link header to that page. */
export function nextCursor(request: FastifyRequest, reply: FastifyReply, sort: string, next: Keyset | null): string | null {
  if (!next) return null;
  const cursor = encodeCursor(sort, next);
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', cursor);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  return cursor;
}

/** Sets the Link header and returns the list envelope. */
export function listResponse<T>(request: FastifyRequest, reply: FastifyReply, sort: string, page: { data: T[]; next: Keyset | null }) {
  return { data: page.data, next_cursor: nextCursor(request, reply, sort, page.next) };
}
