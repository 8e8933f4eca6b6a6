// One error shape: every 4xx and 5xx is RFC 9457 application/problem+json. Validation failures
// name each refused parameter; nothing internal (stack, SQL, file path) reaches a client.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { QueryPoolBusyError, QueryTimeoutError } from '../db/query-pool.js';
import type { Problem } from '../schemas/common.js';

export interface InvalidParam {
  name: string;
  reason: string;
}

/** A request parameter that is well-formed but refused (an unknown id, a contradiction). */
export class InvalidParametersError extends Error {
  override name = 'InvalidParametersError';
  constructor(readonly params: InvalidParam[]) {
    super(params.map((p) => `${p.name}: ${p.reason}`).join('; '));
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly kind: string, readonly id: string) {
    super(`No ${kind} has the id "${id}".`);
  }
}

// The kinds of problem, each documented at its `type` URI (see routes/meta.ts).
export const problemTypes = {
  'invalid-parameters': { title: 'Invalid parameters', description: 'A query or path parameter was refused; `invalid_params` lists each one and why.' },
  'not-found': { title: 'Not found', description: 'No record has this id, or no route has this path.' },
  'method-not-allowed': { title: 'Method not allowed', description: 'This API is read-only: GET and HEAD only.' },
  'bad-request': { title: 'Bad request', description: 'The request is malformed: a body on a GET, a URL or headers too long, a broken query string.' },
  'too-many-requests': { title: 'Too many requests', description: 'This client has made more requests than the rate limit allows; wait for the seconds in Retry-After.' },
  unavailable: {
    title: 'Service unavailable',
    description: 'The server is overloaded, the query ran too long, or the database cannot be read; try again after the seconds in Retry-After.',
  },
  'internal-error': { title: 'Internal error', description: 'Something failed on our side. The request id in the logs identifies it.' },
} as const;

export type ProblemType = keyof typeof problemTypes;

const statusTypes: Partial<Record<number, ProblemType>> = {
  404: 'not-found',
  405: 'method-not-allowed',
  429: 'too-many-requests',
  503: 'unavailable',
};

// Retry-After on every 503 and 429: long enough for a busy pool or an overloaded loop to drain
// (a query cut off now would be cut off again at once).
export const RETRY_AFTER_SECONDS = 5;

export function problem(type: ProblemType, status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: `/problems/${type}`, title: problemTypes[type].title, status, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem) {
  return reply.code(body.status).type('application/problem+json').send(body);
}

function invalidParamsOf(error: FastifyError): InvalidParam[] {
  const params: InvalidParam[] = [];
  for (const issue of error.validation ?? []) {
    const details = issue.params as { keys?: string[] };
    const path = issue.instancePath.split('/').filter(Boolean);
    if (issue.keyword === 'unrecognized_keys' && details.keys) {
      for (const key of details.keys) params.push({ name: key, reason: 'is not a parameter of this operation' });
    } else {
      params.push({ name: path[0] ?? error.validationContext ?? 'request', reason: issue.message ?? 'is invalid' });
    }
  }
  // One entry per parameter: a repeated parameter can fail in several places.
  return params.filter((p, i) => params.findIndex((q) => q.name === p.name && q.reason === p.reason) === i);
}

async function errors(fastify: FastifyInstance) {
  fastify.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const invalid = invalidParamsOf(error);
      return sendProblem(
        reply,
        problem('invalid-parameters', 400, invalid.map((p) => `${p.name}: ${p.reason}`).join('; '), { invalid_params: invalid }),
      );
    }
    if (error instanceof InvalidParametersError) {
      return sendProblem(reply, problem('invalid-parameters', 400, error.message, { invalid_params: error.params }));
    }
    if (error instanceof NotFoundError) return sendProblem(reply, problem('not-found', 404, error.message));
    if (error instanceof QueryTimeoutError || error instanceof QueryPoolBusyError) {
      request.log.warn({ reason: error.name }, 'long query refused');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendProblem(reply, problem('unavailable', 503, error.message));
    }
    const status = error.statusCode ?? 500;
    if ((status >= 400 && status < 500) || status === 503) {
      // Fastify's and its plugins' own errors (a malformed URL, a rate limit, overload): the message is about the request.
      const type: ProblemType = statusTypes[status] ?? 'bad-request';
      return sendProblem(reply, problem(type, status, error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem('internal-error', 500, 'The server could not answer this request.'));
  });

  fastify.setNotFoundHandler((request, reply) => {
    const known = request.method === 'GET' || request.method === 'HEAD';
    if (!known) {
      reply.header('allow', 'GET, HEAD');
      return sendProblem(reply, problem('method-not-allowed', 405, `${request.method} is not allowed: this API is read-only.`));
    }
    return sendProblem(reply, problem('not-found', 404, `No route is ${request.method} ${request.url.split('?')[0]}.`));
  });
}

export default fp(errors, { name: 'errors' });
