// A bounded cache of serialised responses. The dataset cannot change while it is served, so a
// response is fully determined by the request: a repeated request is answered from memory without
// touching the database or the serialiser. Keyed by the canonical request (path, parameters in a
// stable order, the Accept header); bounded by bytes, least recently used first out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';

export interface ResponseCacheOptions {
  maxBytes: number;
}

interface Entry {
  payload: string;
  headers: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: { stats(): { entries: number; bytes: number; hits: number; misses: number; hit_rate: number | null } };
  }
  interface FastifyRequest {
    servedFromCache?: boolean;
  }
}

// The headers a route sets that belong to the response (the rest are set again on every send).
const keptHeaders = ['content-type', 'content-disposition', 'link', 'vary', 'x-dataset-version'];

/** The same request however its parameters are ordered (repeated values keep their order). */
export function canonicalKey(request: FastifyRequest): string {
  const [path, query = ''] = request.url.split('?', 2) as [string, string?];
  const pairs = query.split('&').filter(Boolean);
  const sorted = pairs
    .map((pair, index) => ({ name: pair.split('=', 1)[0]!, pair, index }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
    .map((p) => p.pair);
  return `${path}?${sorted.join('&')}\0${request.headers.accept ?? ''}`;
}

async function responseCache(fastify: FastifyInstance, options: ResponseCacheOptions) {
  let hits = 0;
  let misses = 0;
  const cache = options.maxBytes > 0 ? new LRUCache<string, Entry>({ maxSize: options.maxBytes, sizeCalculation: (e) => e.payload.length * 2 + 256 }) : null;

  fastify.decorate('responseCache', {
    stats: () => ({
      entries: cache?.size ?? 0,
      bytes: cache?.calculatedSize ?? 0,
      hits,
      misses,
      hit_rate: hits + misses > 0 ? Math.round((hits / (hits + misses)) * 1000) / 1000 : null,
    }),
  });
  if (!cache) return;

  const cacheable = (request: FastifyRequest) => (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config.cache !== false && request.routeOptions.url !== undefined;

  // preValidation, after the rate limit (a route-level onRequest hook) and the 304 check.
  fastify.addHook('preValidation', async (request, reply) => {
    if (!cacheable(request)) return;
    const entry = cache.get(canonicalKey(request));
    if (!entry) {
      misses += 1;
      return;
    }
    hits += 1;
    request.servedFromCache = true;
    for (const [name, value] of Object.entries(entry.headers)) reply.header(name, value);
    return reply.code(200).send(entry.payload);
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.servedFromCache || reply.statusCode !== 200 || typeof payload !== 'string' || !cacheable(request)) return payload;
    const headers: Record<string, string> = {};
    for (const name of keptHeaders) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    cache.set(canonicalKey(request), { payload, headers });
    return payload;
  });
}

export default fp(responseCache, { name: 'response-cache' });
