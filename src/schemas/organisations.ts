import { z } from 'zod';
import { citationsSchema } from './citations.js';
import { partyRoles, sectors } from '../vocabulary.js';
import { commaSeparated, cursorSchema, limitSchema, listEnvelope, moneySchema, repeatable, summarySchema, formatSchema, snippetField, snippetParameter, countParameter } from './common.js';
import { partyCertaintySchema, partyRoleSchema, penaltyStatusSchema, penaltyTypeSchema, sectorSchema } from './enums.js';
import { statementSchema } from './statements.js';


export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    sector: sectorSchema.nullable(),
    description: z.string().nullable().meta({ description: 'What the sources call it ("a travel insurer").' }),
    country: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-2, where a source states it.' }),
    citations: citationsSchema,
    snippet: snippetField,
  })
  .meta({ id: 'Organisation', description: 'A company or other body: penalised, or party to an incident.' });

export const organisationDetailSchema = organisationSchema
  .extend({
    penalties: z.array(
      summarySchema.extend({ type: penaltyTypeSchema, status: penaltyStatusSchema, amount: moneySchema.nullable() }),
    ).meta({ description: 'Enforcement actions against it.' }),
    incidents: z
      .array(z.object({ incident: summarySchema, role: partyRoleSchema, certainty: partyCertaintySchema }))
      .meta({ description: 'Incidents it was party to, and in what role.' }),
    totals: z
      .array(z.object({ currency: z.string(), amount_minor: z.int(), amount_major: z.string(), penalties: z.int() }))
      .meta({
        description:
          'Sums of the amounts of its penalties that are in effect (imposed, under appeal or upheld), one per currency as reported: currencies are never added together or converted.',
      }),
    people: z.array(summarySchema.extend({ job_title: z.string().nullable() })),
    statements: z.array(statementSchema),
  })
  .meta({ id: 'OrganisationDetail', description: 'An organisation with its penalties, incidents and roles, and totals per currency.' });

export const organisationListSchema = listEnvelope(organisationSchema, 'OrganisationList', 'A page of organisations.');

export const organisationSorts = ['name', '-name', 'id', 'relevance'] as const;

export const organisationQuerySchema = z.strictObject({
  name: z.string().min(1).max(200).optional().meta({ description: 'Name or alias, ignoring case (`staysure.co.uk`, `BA`).', examples: ['Ticketmaster'] }),
  sector: repeatable(z.enum(sectors), { description: 'Only these sectors; repeatable.', examples: ['insurance'] }),
  role: repeatable(z.enum(partyRoles), { description: 'Only organisations that played one of these roles in an incident; repeatable.', examples: ['vendor'] }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/u, 'must be an ISO 3166-1 alpha-2 code such as GB')
    .optional()
    .meta({ description: 'Only organisations a source places in this country (ISO 3166-1 alpha-2).', examples: ['GB'] }),
  penalised: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: '`true`: only organisations with at least one penalty; `false`: only those with none.', examples: ['true'] }),
  q: z.string().max(500).optional().meta({ description: 'Full-text search of names, aliases, descriptions and cited quotes.', examples: ['insurer'] }),
  sort: z
    .enum(organisationSorts)
    .optional()
    .meta({ description: '`name` or `-name` (ties broken by id), `id`, or `relevance` to `q`. Default: `relevance` with `q`, `name` without.', examples: ['name'] }),
  snippet: snippetParameter,
  count: countParameter,
  facets: commaSeparated(['sector', 'country'], { description: 'Also count the matching organisations per value of these fields, comma-separated: sector, country.', examples: ['sector'] }).optional(),
  limit: limitSchema,
  cursor: cursorSchema.optional(),
  format: formatSchema,
});

export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
