// What keeps a public API standing when scrapers, fuzzers and broken clients arrive: security
// headers, a rate limit per client IP, load shedding under pressure, and request limits. Every
// refusal is a problem+json like any other error.
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { RETRY_AFTER_SECONDS, problem, sendProblem } from './errors.js';

export interface ProtectionOptions {
  // Requests per window per client IP; 0 turns the limit off (benchmarks, tests).
  rateLimitMax: number;
  rateLimitWindowMs: number;
  // Load shedding: answer 503 when the event loop lags or memory runs high. 0 turns a check off.
  maxEventLoopDelayMs: number;
  maxRssBytes: number;
  // How often the pressure is measured.
  pressureSampleMs: number;
  maxUrlLength: number;
}

export const defaultProtection: ProtectionOptions = {
  rateLimitMax: 0,
  rateLimitWindowMs: 60_000,
  maxEventLoopDelayMs: 0,
  maxRssBytes: 0,
  pressureSampleMs: 1000,
  maxUrlLength: 4096,
};

async function protection(fastify: FastifyInstance, options: ProtectionOptions) {
  // helmet itself, built once: @fastify/helmet builds it anew for every request, which cost more
  // than the rest of a cached response. The headers are the same for every response.
  const securityHeaders = helmet({
    // A JSON API: nothing of ours runs in a page but /docs, which sets its own policy (openapi.ts).
    // No upgrade-insecure-requests: the API is often reached over plain HTTP behind a proxy or on a LAN.
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], upgradeInsecureRequests: null },
    },
    // Public data, meant to be fetched from other origins (CORS allows it).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  // The headers are the same for every response: recorded once from helmet, then set with the
  // response's other headers rather than one by one on the socket's response for every request.
  const recorded: Record<string, string> = {};
  securityHeaders(
    {} as never,
    { setHeader: (name: string, value: string) => void (recorded[name.toLowerCase()] = value), removeHeader: () => undefined } as never,
    () => undefined,
  );
  const headers = Object.entries(recorded);
  fastify.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.header(name, value);
    done();
  });

  if (options.rateLimitMax > 0) {
    await fastify.register(rateLimit, {
      max: options.rateLimitMax,
      timeWindow: options.rateLimitWindowMs,
      // RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (the IETF draft), and Retry-After on a 429.
      enableDraftSpec: true,
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Rate limit exceeded: ${context.max} requests per ${context.after}. Retry after ${Math.ceil(context.ttl / 1000)} s.`) as Error & {
          statusCode: number;
        };
        error.statusCode = 429;
        return error;
      },
    });
  }

  if (options.maxEventLoopDelayMs > 0 || options.maxRssBytes > 0) {
    await fastify.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxRssBytes: options.maxRssBytes,
      sampleInterval: options.pressureSampleMs,
      retryAfter: RETRY_AFTER_SECONDS,
      pressureHandler: (_request, reply, type) => {
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        void sendProblem(reply, problem('unavailable', 503, `The server is under pressure (${type}); try again in ${RETRY_AFTER_SECONDS} s.`));
      },
    });
  }

  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.url.length > options.maxUrlLength) {
      return void sendProblem(reply, problem('bad-request', 414, `The URL is longer than ${options.maxUrlLength} characters.`));
    }
    // A read-only API takes no bodies: refusing them keeps a GET from being a way to upload.
    const length = Number(request.headers['content-length'] ?? 0);
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (readOnly && (length > 0 || request.headers['transfer-encoding'] !== undefined)) {
      return void sendProblem(reply, problem('bad-request', 400, `A ${request.method} request has no body.`));
    }
    done();
  });
}

export default fp(protection, { name: 'protection', dependencies: ['errors'] });
