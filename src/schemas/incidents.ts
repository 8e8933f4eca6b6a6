import { z } from 'zod';
import { citationsSchema } from './citations.js';
import { dataCategories, partyRoles, quantityMeasures, quantityQualifiers, quantityUnits } from '../vocabulary.js';
import {
  commaSeparated,
  cursorSchema,
  idSchema,
  limitSchema,
  listEnvelope,
  partialDateParameter,
  partialDateSchema,
  repeatable,
  summarySchema, formatSchema, snippetField, snippetParameter, countParameter } from './common.js';
import { dataCategorySchema, partyCertaintySchema, partyRoleSchema, penaltyStatusSchema, penaltyTypeSchema } from './enums.js';
import { statementSchema } from './statements.js';


export const quantitySchema = z
  .object({
    key: z.string(),
    measure: z.enum(quantityMeasures),
    value: z.int().nonnegative(),
    value_max: z.int().nonnegative().nullable().meta({ description: 'Upper bound of a range such as "tens of thousands"; null otherwise.' }),
    qualifier: z.enum(quantityQualifiers),
    unit: z.enum(quantityUnits),
    scope: z.string().nullable().meta({ description: 'Who or where the figure is about ("Europe").' }),
    text: z.string().meta({ description: 'The figure as the source words it ("more than nine million").' }),
  })
  .meta({ id: 'Quantity', description: 'A count or duration as reported: value, qualifier and unit.' });

export const partySchema = z
  .object({
    key: z.string(),
    organisation: summarySchema.nullable().meta({ description: 'Null when the source does not name the party.' }),
    description: z.string().nullable(),
    role: partyRoleSchema,
    certainty: partyCertaintySchema,
  })
  .meta({ id: 'Party', description: 'An organisation, or an unnamed party, and the role it played in an incident.' });

export const incidentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    summary: z.string(),
    occurred_from: partialDateSchema.nullable(),
    occurred_to: partialDateSchema.nullable().meta({ description: 'End of a period; null for a single date or when no source says.' }),
    discovered_how: z.string().nullable(),
    cause: z.string().nullable(),
    remediation: z.string().nullable(),
    data_categories: z.array(z.object({ category: dataCategorySchema, text: z.string() })),
    quantities: z.array(quantitySchema),
    parties: z.array(partySchema),
    penalties: z.array(summarySchema.extend({ type: penaltyTypeSchema, status: penaltyStatusSchema })),
    citations: citationsSchema,
    snippet: snippetField,
  })
  .meta({ id: 'Incident', description: 'A data-protection incident: what happened, when, to whose data, and who was involved.' });

export const incidentDetailSchema = incidentSchema
  .extend({ statements: z.array(statementSchema) })
  .meta({ id: 'IncidentDetail', description: 'An incident, with what people said about it.' });

export const incidentListSchema = listEnvelope(incidentSchema, 'IncidentList', 'A page of incidents.');

export const incidentSorts = ['date', '-date', 'name', 'id', 'relevance'] as const;

export const incidentQuerySchema = z.strictObject({
  organisation: repeatable(idSchema, { description: 'Only incidents these organisations were party to (ids); repeatable.', examples: ['ticketmaster'] }),
  role: repeatable(z.enum(partyRoles), {
    description: 'Only incidents with a party in one of these roles; with `organisation`, that organisation in that role. Repeatable.',
    examples: ['threat_actor'],
  }),
  data_category: repeatable(z.enum(dataCategories), { description: 'Only incidents involving these kinds of data; repeatable.', examples: ['payment_card_details'] }),
  from: partialDateParameter.optional().meta({ description: 'Occurring on or after this date (YYYY, YYYY-MM or YYYY-MM-DD): any overlap counts.', examples: ['2017'] }),
  to: partialDateParameter.optional().meta({ description: 'Occurring on or before this date (YYYY, YYYY-MM or YYYY-MM-DD): any overlap counts.', examples: ['2018-12'] }),
  q: z.string().max(500).optional().meta({ description: 'Full-text search of names, summaries, causes, parties and cited quotes.', examples: ['chatbot'] }),
  sort: z.enum(incidentSorts).optional().meta({
    description: '`date` (when it began) or `-date`, undated last; `name`; `id`; `relevance` to `q`. Ties broken by id. Default: `relevance` with `q`, `-date` without.',
    examples: ['-date'],
  }),
  snippet: snippetParameter,
  count: countParameter,
  facets: commaSeparated(['year'], { description: 'Also count the matching incidents per year they began (null: undated).', examples: ['year'] }).optional(),
  limit: limitSchema,
  cursor: cursorSchema.optional(),
  format: formatSchema,
});

export type Incident = z.infer<typeof incidentSchema>;
export type IncidentDetail = z.infer<typeof incidentDetailSchema>;
