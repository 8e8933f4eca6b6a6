// The ceiling: a bare Fastify server that answers each benchmarked URL with the very bytes the API
// answered it with, already serialised. Nothing is faster on this machine with this framework, so
// the API's throughput divided by this one's says how much of the ceiling the API reaches.
// Run by bench/run.ts: node bench/ceiling.js <responses.json> — prints its URL on stdout.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const responses = new Map<string, { type: string; body: string }>(Object.entries(JSON.parse(readFileSync(process.argv[2]!, 'utf8'))));
const app = Fastify({ logger: false });
app.get('/*', async (request, reply) => {
  const response = responses.get(request.url);
  if (!response) return reply.code(404).send();
  return reply.type(response.type).send(response.body);
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(url);
