// A bounded cache of serialised responses. The dataset cannot change while it is served, so a
// response is fully determined by the request: a repeated request is answered from memory without
// touching the database or the serialiser. Keyed by the canonical request (path, parameters in a
// stable order, the Accept header); bounded by bytes, least recently used first out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { cacheable } from './http-cache.js';
import { LRUCache } from 'lru-cache';

export interface ResponseCacheOptions {
  maxBytes: number;
}

interface Entry {
  // Encoded once when stored, so a hit writes bytes rather than encoding the string again.
  payload: Buffer;
  headers: [string, string][];
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: { stats(): { entries: number; bytes: number; hits: number; misses: number; hit_rate: number | null } };
  }
  interface FastifyRequest {
    servedFromCache?: boolean;
    // The canonical key, computed once per request.
    cacheKey?: string;
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
  const cache = options.maxBytes > 0 ? new LRUCache<string, Entry>({ maxSize: options.maxBytes, sizeCalculation: (e) => e.payload.length + 256 }) : null;

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

  // preValidation, after the rate limit (a route-level onRequest hook) and the 304 check. Callback
  // hooks, as in http-cache.ts: they run on every request.
  fastify.addHook('preValidation', (request, reply, done) => {
    if (!cacheable(request)) return done();
    const key = canonicalKey(request);
    request.cacheKey = key;
    const entry = cache.get(key);
    if (!entry) {
      misses += 1;
      return done();
    }
    hits += 1;
    request.servedFromCache = true;
    for (const [name, value] of entry.headers) reply.header(name, value);
    reply.code(200).send(entry.payload);
  });

  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.cacheKey !== undefined && !request.servedFromCache && reply.statusCode === 200 && typeof payload === 'string') {
      const headers: [string, string][] = [];
      for (const name of keptHeaders) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers.push([name, String(value)]);
      }
      cache.set(request.cacheKey, { payload: Buffer.from(payload), headers });
    }
    done(null, payload);
  });
}

export default fp(responseCache, { name: 'response-cache', dependencies: ['http-cache'] });
