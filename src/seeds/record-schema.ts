// The shape of a curated record, `seeds/records/<article>.json`: what one article states about
// regulators, organisations, people, incidents, enforcement actions and statements, each fact
// with the verbatim quote that states it. Unknown keys are errors, so a typo cannot pass silently.
import { z } from 'zod';
import {
  dataCategories,
  datePrecisions,
  partyCertainties,
  partyRoles,
  penaltyStatuses,
  penaltyTypes,
  quantityMeasures,
  quantityQualifiers,
  quantityUnits,
  sectors,
} from '../vocabulary.js';
import { isCurrencyCode } from '../normalise/money.js';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const slug = z.string().regex(slugPattern, 'must be a slug: lowercase letters and digits joined by single hyphens');
const words = z.string().trim().min(1, 'must not be empty');
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

// A quote that states the record (field null) or named fields of it. `start` (a code point offset)
// is needed only when the quote occurs more than once in the article.
const citation = z.strictObject({
  field: z.union([words, z.array(words).min(1)]).nullable().default(null),
  quote: words,
  start: z.int().nonnegative().optional(),
});
export type RecordCitation = z.output<typeof citation>;

// Items of a list (an alias, a quantity, a party) cite themselves; their field is implied.
const itemCitation = citation.omit({ field: true });
const citations = z.array(citation).min(1, 'every record needs at least one citation');
const itemCitations = z.array(itemCitation).min(1, 'every item needs at least one citation');

const partialDate = z.strictObject({
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(datePrecisions),
  text: words,
});

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/u, 'must be an ISO 4217 code such as GBP')
  .refine(isCurrencyCode, 'is not an ISO 4217 currency code');

const money = z.strictObject({
  amount_minor: z.int('must be a whole number of minor units (pence, cents)').nonnegative('must not be negative'),
  currency,
  amount_text: words,
  amount_qualifier: z.enum(quantityQualifiers),
});

const country = z.string().regex(/^[A-Z]{2}$/u, 'must be an ISO 3166-1 alpha-2 code such as GB');

export const recordSchema = z.strictObject({
  source: z.strictObject({
    id: slug,
    title: optional(words),
    publisher: optional(words),
    author: optional(words),
    stated_date: optional(partialDate),
  }),
  regulators: z
    .array(
      z.strictObject({
        id: slug,
        name: words,
        abbreviation: optional(words),
        jurisdiction: optional(country),
        citations,
      }),
    )
    .default([]),
  organisations: z
    .array(
      z.strictObject({
        id: slug,
        name: words,
        sector: optional(z.enum(sectors)),
        description: optional(words),
        country: optional(country),
        aliases: z.array(z.strictObject({ alias: words, citations: itemCitations })).default([]),
        citations,
      }),
    )
    .default([]),
  people: z
    .array(
      z.strictObject({
        id: slug,
        name: words,
        job_title: optional(words),
        organisation_id: optional(slug),
        regulator_id: optional(slug),
        citations,
      }),
    )
    .default([]),
  incidents: z
    .array(
      z.strictObject({
        id: slug,
        name: words,
        summary: words,
        occurred_from: optional(partialDate),
        occurred_to: optional(partialDate),
        discovered_how: optional(words),
        cause: optional(words),
        remediation: optional(words),
        data_categories: z
          .array(z.strictObject({ category: z.enum(dataCategories), text: words, citations: itemCitations }))
          .default([]),
        quantities: z
          .array(
            z.strictObject({
              key: slug,
              measure: z.enum(quantityMeasures),
              value: z.int().nonnegative(),
              value_max: optional(z.int().nonnegative()),
              qualifier: z.enum(quantityQualifiers),
              unit: z.enum(quantityUnits),
              scope: optional(words),
              text: words,
              citations: itemCitations,
            }),
          )
          .default([]),
        parties: z
          .array(
            z.strictObject({
              key: slug,
              organisation_id: optional(slug),
              description: optional(words),
              role: z.enum(partyRoles),
              certainty: z.enum(partyCertainties).default('stated'),
              citations: itemCitations,
            }),
          )
          .default([]),
        citations,
      }),
    )
    .default([]),
  penalties: z
    .array(
      z.strictObject({
        id: slug,
        type: z.enum(penaltyTypes),
        status: z.enum(penaltyStatuses),
        regulator_id: slug,
        organisation_id: slug,
        incident_id: optional(slug),
        summary: words,
        amount: optional(money),
        amount_equivalents: z.array(money.extend({ citations: itemCitations })).default([]),
        issued_on: optional(partialDate),
        legal_basis: optional(words),
        rationale: optional(words),
        terms: optional(words),
        signed_by_person_id: optional(slug),
        supersedes_penalty_id: optional(slug),
        citations,
      }),
    )
    .default([]),
  statements: z
    .array(
      z.strictObject({
        id: slug,
        person_id: optional(slug),
        organisation_id: optional(slug),
        incident_id: optional(slug),
        penalty_id: optional(slug),
        // Verbatim from the article; it is its own citation.
        text: words,
        start: z.int().nonnegative().optional(),
      }),
    )
    .default([]),
  // What a draft's extractor was unsure of (npm run ingest): each value to check, by its path in
  // this record. A record is published only once the curator has checked them and emptied the list.
  review: z.array(z.strictObject({ path: words, reason: words })).default([]),
});

export type SeedRecord = z.output<typeof recordSchema>;
export type RegulatorRecord = SeedRecord['regulators'][number];
export type OrganisationRecord = SeedRecord['organisations'][number];
export type PersonRecord = SeedRecord['people'][number];
export type IncidentRecord = SeedRecord['incidents'][number];
export type PenaltyRecord = SeedRecord['penalties'][number];
export type StatementRecord = SeedRecord['statements'][number];
