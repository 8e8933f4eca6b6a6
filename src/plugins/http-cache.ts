// HTTP caching. The dataset cannot change while it is served, so a response is determined by the
// dataset version and the request: the ETag is a hash of those, known before any work is done, and
// a matching If-None-Match is answered 304 without running the route at all.
import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    // false: never cached (health checks answer for this moment, not for the dataset).
    cache?: boolean;
  }
  interface FastifyRequest {
    // Computed once, when the request is checked against If-None-Match, and sent with the response.
    etag?: string;
  }
}

export interface HttpCacheOptions {
  maxAge: number;
}

export const cacheable = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config.cache !== false && request.routeOptions.url !== undefined;

// What the body depends on besides the URL: the negotiated type and encoding.
export const varyOn = 'Accept, Accept-Encoding';

/** Adds `Accept, Accept-Encoding` to whatever Vary the route set. */
function addVary(reply: FastifyReply) {
  const current = reply.getHeader('vary');
  if (current === undefined || current === 'Accept' || current === varyOn) {
    reply.header('vary', varyOn);
    return;
  }
  const names = new Set([...String(current).split(','), ...varyOn.split(',')].map((v) => v.trim()).filter(Boolean));
  reply.header('vary', [...names].join(', '));
}

async function httpCache(fastify: FastifyInstance, options: HttpCacheOptions) {
  const version = fastify.repositories.dataset.version();
  const cacheControl = `public, max-age=${options.maxAge}`;

  // A hash, not a secret: SHA-1's speed is what matters here, and a collision would need the same
  // dataset version, so 160 bits are plenty.
  const etagOf = (request: FastifyRequest) =>
    `"${hash('sha1', `${version}\0${request.url}\0${request.headers.accept ?? ''}\0${request.headers['accept-encoding'] ?? ''}`, 'base64url')}"`;

  // preValidation, not onRequest: the rate limit is a route-level onRequest hook, which runs after
  // every global onRequest hook, and a 304 must not bypass it. Callback hooks, not async ones: they
  // run on every request, and an async hook costs a promise and a microtask each.
  fastify.addHook('preValidation', (request, reply, done) => {
    if (!cacheable(request)) return done();
    const etag = etagOf(request);
    request.etag = etag;
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag))) {
      reply.header('vary', varyOn);
      reply.code(304).header('etag', etag).header('cache-control', cacheControl).send();
      return;
    }
    done();
  });

  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.etag === undefined) {
      if (request.routeOptions.config.cache === false) reply.header('cache-control', 'no-store');
    } else if (reply.statusCode === 200) {
      reply.header('etag', request.etag);
      reply.header('cache-control', cacheControl);
      addVary(reply);
    }
    done(null, payload);
  });
}

export default fp(httpCache, { name: 'http-cache', dependencies: ['database'] });
