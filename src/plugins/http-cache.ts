// HTTP caching. The dataset cannot change while it is served, so a response is determined by the
// dataset version and the request: the ETag is a hash of those, known before any work is done, and
// a matching If-None-Match is answered 304 without running the route at all.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    // false: never cached (health checks answer for this moment, not for the dataset).
    cache?: boolean;
  }
}

export interface HttpCacheOptions {
  maxAge: number;
}

const cacheable = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config.cache !== false && request.routeOptions.url !== undefined;

async function httpCache(fastify: FastifyInstance, options: HttpCacheOptions) {
  const version = fastify.repositories.dataset.version();
  const cacheControl = `public, max-age=${options.maxAge}`;

  // What the body depends on besides the URL: the negotiated type and encoding.
  const etagOf = (request: FastifyRequest) =>
    `"${createHash('sha256')
      .update(`${version}\0${request.url}\0${request.headers.accept ?? ''}\0${request.headers['accept-encoding'] ?? ''}`)
      .digest('base64url')
      .slice(0, 27)}"`;

  const addVary = (reply: FastifyReply, ...names: string[]) => {
    const current = String(reply.getHeader('vary') ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    reply.header('vary', [...new Set([...current, ...names])].join(', '));
  };

  // preValidation, not onRequest: the rate limit is a route-level onRequest hook, which runs after
  // every global onRequest hook, and a 304 must not bypass it.
  fastify.addHook('preValidation', async (request, reply) => {
    if (!cacheable(request)) return;
    const etag = etagOf(request);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag))) {
      addVary(reply, 'Accept', 'Accept-Encoding');
      return reply.code(304).header('etag', etag).header('cache-control', cacheControl).send();
    }
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!cacheable(request)) {
      if (request.routeOptions.config.cache === false) reply.header('cache-control', 'no-store');
      return payload;
    }
    if (reply.statusCode === 200) {
      reply.header('etag', etagOf(request));
      reply.header('cache-control', cacheControl);
      addVary(reply, 'Accept', 'Accept-Encoding');
    }
    return payload;
  });
}

export default fp(httpCache, { name: 'http-cache', dependencies: ['database'] });
