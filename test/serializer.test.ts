// Response serialisers compile on first use (src/plugins/serializer.ts), so a schema that
// fast-json-stringify cannot compile would first fail on a live request. Every response schema of
// every route is compiled here instead.
import Fastify, { type RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import t from 'tap';
import { z } from 'zod';
import { app, serverOptions } from '../src/app.js';
import { compileSerializer } from '../src/plugins/serializer.js';
import { freshDatabase } from './helper.js';

t.test('every response schema of every route compiles to a serialiser', async (t) => {
  const fastify = Fastify(serverOptions);
  const routes: RouteOptions[] = [];
  fastify.addHook('onRoute', (route) => void routes.push(route));
  await fastify.register(fp(app), { databasePath: freshDatabase(t) });
  await fastify.ready();
  t.teardown(() => fastify.close());

  const compiled: string[] = [];
  for (const route of routes) {
    const responses = (route.schema?.response ?? {}) as Record<string, { content?: Record<string, { schema: unknown }> } | z.ZodType>;
    for (const [status, response] of Object.entries(responses)) {
      const schemas = response instanceof z.ZodType ? [['', response] as const] : Object.entries(response.content ?? {}).map(([type, c]) => [type, c.schema] as const);
      for (const [type, schema] of schemas) {
        if (!(schema instanceof z.ZodType)) continue;
        const name = `${route.method} ${route.url} ${status} ${type}`;
        t.doesNotThrow(() => compileSerializer(schema), name);
        compiled.push(name);
      }
    }
  }
  t.ok(compiled.includes('GET /penalties 200 application/json'), 'the penalty list among them');
  t.ok(compiled.some((name) => name.includes('application/problem+json')), 'and the problems');
  t.ok(compiled.length > 30, `${compiled.length} schemas compiled`);
});
