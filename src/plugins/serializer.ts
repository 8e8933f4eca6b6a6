// Responses are serialised by fast-json-stringify from JSON Schemas compiled once per route, not
// re-validated through zod on every response (zod's encode is most of a request's cost). The
// schemas are the same zod schemas, converted; that every response matches the OpenAPI document is
// proven by the tests, which validate each one against it.
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';

type JsonSchema = Record<string, any>;

// fast-json-stringify serialises `type: [T, 'null']` directly, but an anyOf only by validating the
// value against each branch first: nullable unions become the former.
function simplify(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(simplify);
  if (!schema || typeof schema !== 'object') return schema;
  const out: JsonSchema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, simplify(value)]));
  const branches = out.anyOf as JsonSchema[] | undefined;
  // A union of objects (a summary, or the record in full with include=) becomes one object with the
  // properties of both, required only where both require them: serialising then needs no
  // validation, which fast-json-stringify would otherwise do with a compiled Ajv per branch.
  const objects = branches?.filter((b) => b.type === 'object' && b.properties);
  const nulls = branches?.filter((b) => b.type === 'null');
  if (branches && objects && nulls && objects.length >= 2 && objects.length + nulls.length === branches.length) {
    const { anyOf: _, ...rest } = out;
    const required = objects.map((o) => new Set<string>(o.required ?? [])).reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
    return {
      ...rest,
      type: nulls.length ? ['object', 'null'] : 'object',
      properties: Object.assign({}, ...objects.map((o) => o.properties)),
      required: [...required],
    };
  }
  if (branches?.length === 2) {
    const nullIndex = branches.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = branches[1 - nullIndex];
    if (nullIndex !== -1 && other && typeof other.type === 'string') {
      const { anyOf: _, ...rest } = out;
      const merged: JsonSchema = { ...rest, ...other, type: [other.type, 'null'] };
      // fast-json-stringify picks an anyOf branch by validating against it: null must stay valid.
      if (Array.isArray(other.enum)) merged.enum = [...other.enum, null];
      return merged;
    }
  }
  return out;
}

export function toSerializableSchema(schema: z.ZodType): JsonSchema {
  // An empty registry, so no schema becomes a $ref: fast-json-stringify gets one self-contained schema.
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any', metadata: z.registry(), reused: 'inline' });
  return simplify(json) as JsonSchema;
}

/** The serialiser of one response schema. */
export function compileSerializer(schema: z.ZodType | { properties: z.ZodType }): (data: unknown) => string {
  return fastJson(toSerializableSchema(schema instanceof z.ZodType ? schema : schema.properties));
}

export const fastSerializerCompiler: FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> = ({ schema }) => {
  // Compiled for the first response that needs it, not at start-up: compiling every status of
  // every route up front was a tenth of the time to the first answer, for responses (a 406, a 414)
  // most processes never send. test/serializer.test.ts compiles every one, so none fails first in use.
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => (serialize ??= compileSerializer(schema))(data);
};
