import { z } from 'zod';
import { citationsSchema } from './citations.js';
import { penaltyStatuses, penaltyTypes, quantityQualifiers } from '../vocabulary.js';
import {
  commaSeparated,
  cursorSchema,
  idSchema,
  limitSchema,
  listEnvelope,
  moneySchema,
  partialDateParameter,
  partialDateSchema,
  repeatable,
  summarySchema, formatSchema, snippetField, snippetParameter, countParameter } from './common.js';
import { penaltyStatusSchema, penaltyTypeSchema } from './enums.js';
import { incidentSchema } from './incidents.js';
import { organisationSchema } from './organisations.js';
import { statementSchema } from './statements.js';


export const penaltyIncludes = ['organisation', 'incident', 'citations'] as const;

const includeParameter = commaSeparated(penaltyIncludes, {
  description:
    'Embed related records in full instead of as `{id, name}` summaries, comma-separated: `organisation`, `incident`, `citations` (each citation gets its `source`).',
  examples: ['organisation,citations'],
}).optional();

export const penaltySchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: 'A label made from the organisation, the type and the amount.' }),
    type: penaltyTypeSchema,
    status: penaltyStatusSchema,
    summary: z.string(),
    regulator: summarySchema,
    organisation: z
      .union([organisationSchema, summarySchema])
      .meta({ description: 'The organisation the action is against: a summary, or the full record with `include=organisation`.' }),
    incident: z
      .union([incidentSchema, summarySchema])
      .nullable()
      .meta({ description: 'The incident it is about: a summary, or the full record with `include=incident`.' }),
    amount: moneySchema.nullable().meta({ description: 'Null when the action carries no amount, or the source gives none.' }),
    amount_equivalents: z.array(moneySchema).meta({ description: 'The same amount in other currencies, where the source gives them side by side.' }),
    issued_on: partialDateSchema.nullable().meta({ description: 'When the action was issued or announced; null when no source says.' }),
    legal_basis: z.string().nullable(),
    rationale: z.string().nullable().meta({ description: 'Why the regulator chose this action or figure, as reported.' }),
    terms: z.string().nullable().meta({ description: 'What an undertaking or notice requires.' }),
    signed_by: summarySchema.nullable().meta({ description: 'The person who signed an undertaking.' }),
    supersedes: summarySchema.nullable().meta({ description: 'The proposed action this one replaced.' }),
    superseded_by: summarySchema.nullable(),
    citations: citationsSchema,
    snippet: snippetField,
  })
  .meta({ id: 'Penalty', description: 'An enforcement action: a monetary penalty, undertaking, notice, reprimand or prosecution.' });

export const penaltyDetailQuerySchema = z.strictObject({ include: includeParameter });

export const penaltyDetailSchema = penaltySchema
  .extend({ statements: z.array(statementSchema) })
  .meta({ id: 'PenaltyDetail', description: 'A penalty, with what people said about it.' });

export const penaltyListSchema = listEnvelope(penaltySchema, 'PenaltyList', 'A page of penalties.');



export const penaltySorts = ['date', '-date', 'amount', '-amount', 'id', 'relevance'] as const;

const amountParameter = z
  .string()
  .regex(/^\d{1,15}(?:\.\d{1,4})?$/u, 'must be a non-negative decimal number such as 175000 or 1.5');

// The filters /penalties and /stats/penalties share.
export const penaltyFilterParameters = {
  type: repeatable(z.enum(penaltyTypes), { description: 'Only these types; repeat for several (`type=undertaking&type=reprimand`).', examples: ['monetary_penalty'] }),
  status: repeatable(z.enum(penaltyStatuses), { description: 'Only these statuses; repeatable.', examples: ['imposed'] }),
  organisation: repeatable(idSchema, { description: 'Only actions against these organisations (ids); repeatable.', examples: ['staysure'] }),
  regulator: repeatable(idSchema, { description: 'Only actions by these regulators (ids); repeatable.', examples: ['ico'] }),
  incident: idSchema.optional().meta({ description: 'Only actions about this incident (id).', examples: ['staysure-website-attack-2013'] }),
  currency: repeatable(z.string().regex(/^[A-Z]{3}$/u, 'must be an ISO 4217 code such as GBP'), {
    description: 'Only amounts reported in these currencies (ISO 4217); repeatable. Amounts are never converted.',
    examples: ['GBP'],
  }),
  min_amount: amountParameter.optional().meta({ description: 'Amount at least this, in major units (pounds, dollars). Needs exactly one `currency`.', examples: ['100000'] }),
  max_amount: amountParameter.optional().meta({ description: 'Amount at most this, in major units. Needs exactly one `currency`.', examples: ['1000000'] }),
  amount_qualifier: repeatable(z.enum(quantityQualifiers), { description: 'Only amounts given this way (`exact`, `more_than`…); repeatable.', examples: ['exact'] }),
  from: partialDateParameter.optional().meta({
    description:
      'Issued or announced on or after this date: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day. A date known only to the month or year matches if any day of it can.',
    examples: ['2013'],
  }),
  to: partialDateParameter.optional().meta({ description: 'Issued or announced on or before this date: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day.', examples: ['2021-06'] }),
  q: z.string().max(500).optional().meta({ description: 'Full-text search of names, organisation names and aliases, summaries and cited quotes. Every word must match; `word*` matches a prefix.', examples: ['appeal'] }),
};


export const penaltyFacets = ['year', 'type', 'status', 'organisation', 'regulator', 'currency'] as const;

export const penaltyQuerySchema = z.strictObject({
  ...penaltyFilterParameters,
  sort: z.enum(penaltySorts).optional().meta({
    description:
      '`date` or `amount`, `-` for descending; `id`; `relevance` (best match to `q` first). Default: `relevance` with `q`, `-date` without. Records without the value come last either way; ties are broken by id. Amounts are compared in their own minor units, never converted.',
    examples: ['-amount'],
  }),
  snippet: snippetParameter,
  count: countParameter,
  include: includeParameter,
  facets: commaSeparated(penaltyFacets, {
    description: `Also count the matching penalties per value of these fields, comma-separated: ${penaltyFacets.join(', ')}. Counts cover every page, not just this one.`,
    examples: ['type,currency'],
  }).optional(),
  limit: limitSchema,
  cursor: cursorSchema.optional(),
  format: formatSchema,
});

const currencySumSchema = z
  .object({ currency: z.string(), amount_minor: z.int(), amount_major: z.string(), count: z.int().meta({ description: 'Penalties with an amount in this currency.' }) })
  .meta({ id: 'CurrencySum', description: 'A sum of amounts in one currency, as reported; currencies are never added together.' });

export const penaltyStatisticsSchema = z
  .object({
    group_by: z.array(z.enum(penaltyFacets)),
    groups: z.array(
      z.object({
        key: z.record(z.string(), z.string().nullable()).meta({ description: 'The value of each `group_by` field; null for unknown (an undated penalty has year null).' }),
        count: z.int(),
        sums: z.array(currencySumSchema),
      }),
    ),
    total: z.object({ count: z.int(), sums: z.array(currencySumSchema) }),
  })
  .meta({ id: 'PenaltyStatistics', description: 'Counts and sums per currency of the penalties matching the filters, per group.' });

export const penaltyStatisticsQuerySchema = z.strictObject({
  ...penaltyFilterParameters,
  group_by: commaSeparated(penaltyFacets, { description: `One or two of ${penaltyFacets.join(', ')}, comma-separated.`, examples: ['year,type'], max: 2 }),
  format: formatSchema,
});

export type PenaltyFilterQuery = z.infer<z.ZodObject<typeof penaltyFilterParameters>>;
export type Penalty = z.infer<typeof penaltySchema>;
export type PenaltyDetail = z.infer<typeof penaltyDetailSchema>;
export type PenaltyStatistics = z.infer<typeof penaltyStatisticsSchema>;
export type PenaltyInclude = (typeof penaltyIncludes)[number];
