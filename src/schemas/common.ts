// The concepts every resource shares, one zod schema each. Each is registered with an id
// (`.meta({ id })`), so the OpenAPI document holds it once under components/schemas and every
// use is a `$ref`; the same schema validates requests and serialises responses.
import { z } from 'zod';
import { datePrecisions, quantityQualifiers } from '../vocabulary.js';

// Parameter schemas carry no id: a parameter whose schema is a `$ref` loses its description and
// examples in the generated document, so they stay inline there.
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be an id: lowercase letters and digits joined by single hyphens')
  .max(200);

export const summarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
  })
  .meta({ id: 'Summary', description: 'A related record, by id and name; fetch it by id for the rest.' });

export const partialDateSchema = z
  .object({
    date: z.string().meta({ description: 'ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.', examples: ['2013-10'] }),
    precision: z.enum(datePrecisions),
    text: z.string().meta({ description: 'The words of the source.', examples: ['October 2013'] }),
  })
  .meta({ id: 'PartialDate', description: 'A date as precise as the source states it, and no more.' });

export const moneySchema = z
  .object({
    amount_minor: z.int().nonnegative().meta({ description: 'Integer minor units of `currency` (pence, cents).', examples: [17500000] }),
    currency: z.string().meta({ description: 'ISO 4217 code, as reported: never converted.', examples: ['GBP'] }),
    amount_major: z.string().meta({ description: 'The same amount in major units, as an exact decimal string.', examples: ['175000.00'] }),
    amount_text: z.string().meta({ description: 'The amount as the source words it.', examples: ['£175,000'] }),
    amount_qualifier: z.enum(quantityQualifiers).meta({ description: 'Whether the source gives it exactly, or as "over", "up to", "about"…' }),
  })
  .meta({ id: 'Money', description: 'An amount of money as reported: integer minor units, the currency it was reported in, and the words.' });


export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI reference naming the kind of problem.', examples: ['/problems/invalid-parameters'] }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalid_params: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: 'For a 400: each parameter that was refused, and why.' }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details object; every error response is one.' });

export type Problem = z.infer<typeof problemSchema>;

// --- pagination -------------------------------------------------------------------------------

export const limitSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(500)
  .default(50)
  .meta({ description: 'Records per page, 1 to 500.', examples: [50] });

export const cursorSchema = z
  .string()
  .max(1000)
  .meta({ description: 'Opaque: pass back the `next_cursor` of the previous page, unchanged, with the same filters and sort.' });

export const facetsSchema = z
  .record(z.string(), z.array(z.object({ value: z.string().nullable(), count: z.int() })))
  .optional()
  .meta({ description: 'With `facets`: per field asked for, how many records match per value (most frequent first, at most 50 values).' });

export const totalSchema = z
  .object({
    value: z.int().meta({ description: 'Matching records, counted up to 10,000.' }),
    exact: z.boolean().meta({ description: 'false when more than 10,000 match: `value` is then 10,000, a lower bound.' }),
  })
  .optional()
  .meta({ id: 'Total', description: 'With `count=true`: how many records match the filters, on every page. Counting stops at 10,000, so a broad filter stays fast; `exact` says whether it stopped.' });

export const countParameter = z
  .enum(['true', 'false'])
  .optional()
  .meta({ description: 'Add `total`: how many records match, counted up to 10,000 (`exact: false` beyond).', examples: ['true'] });

export function listEnvelope<T extends z.ZodType>(item: T, id: string, description: string) {
  return z
    .object({
      data: z.array(item),
      next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
      total: totalSchema,
      facets: facetsSchema,
    })
    .meta({ id, description });
}

/** A query parameter that may be given once or repeated (`type=a&type=b`); always an array after parsing. */
export function repeatable<T extends z.ZodType>(item: T, meta: { description: string; examples: z.input<T>[] }) {
  return z
    .union([item, z.array(item).max(50)], {
      // Report why the value failed as a single value ("expected one of …"), not zod's generic "Invalid input".
      error: (issue) => (issue.code === 'invalid_union' ? issue.errors[0]?.[0]?.message : undefined),
    })
    .meta(meta)
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[])
    .optional();
}

/** A comma-separated list of distinct values (`facets=type,currency`); an array after parsing. */
export function commaSeparated<const T extends readonly [string, ...string[]]>(
  values: T,
  meta: { description: string; examples: string[]; max?: number },
) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a comma-separated list') })
    .meta({ description: meta.description, examples: meta.examples })
    .transform((text) => text.split(',').map((v) => v.trim()))
    .pipe(
      z
        .array(z.enum(values))
        .min(1)
        .max(meta.max ?? values.length)
        .refine((list) => new Set(list).size === list.length, 'lists a field twice'),
    );
}

/** A partial date as a query parameter: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateParameter = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  // zod runs this even when the pattern failed, so it must not assume the pattern held.
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/u.test(value) || isCalendarDay(value), 'is not a calendar date');

function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A 200 response with a description (a bare schema would be documented as "Default Response"). */
export function jsonResponse<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } };
}

export const snippetField = z
  .string()
  .nullable()
  .optional()
  .meta({
    description:
      'Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped.',
  });

export const snippetParameter = z
  .enum(['true', 'false'])
  .optional()
  .meta({ description: 'With `q`: add a highlighted `snippet` to each record.', examples: ['true'] });

export const formatSchema = z
  .enum(['json', 'csv'])
  .optional()
  .meta({ description: 'The representation: `json` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.', examples: ['csv'] });

/** A list's 200: JSON by default, CSV when asked for (with the columns documented). */
export function listResponse200<T extends z.ZodType>(description: string, schema: T, csvColumns: string) {
  return {
    description,
    content: {
      'application/json': { schema },
      'text/csv': { schema: z.string().meta({ description: `RFC 4180 CSV with a header row. Columns: ${csvColumns}.` }) },
    },
  };
}

export const problemResponses = {
  400: { description: 'A parameter was refused; `invalid_params` says which and why.', content: { 'application/problem+json': { schema: problemSchema } } },
  404: { description: 'No such record.', content: { 'application/problem+json': { schema: problemSchema } } },
} as const;
