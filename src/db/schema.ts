// The dataset's tables. Column names are snake_case and are the same names the seed records,
// the API's JSON and the CSV headers use. Every rule the model depends on is a SQL constraint
// (drizzle's `text({ enum })` makes no CHECK in SQLite, so the CHECKs are written out here).
import { type SQL, sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';
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

// --- helpers that write the repeated CHECK expressions --------------------------------------

const col = (name: string) => sql.identifier(name);

// The vocabularies are compile-time constants, so inlining them as SQL literals is safe.
const oneOf = (name: string, values: readonly string[]): SQL =>
  sql`${col(name)} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

const nullOrOneOf = (name: string, values: readonly string[]): SQL =>
  sql`${col(name)} IS NULL OR ${oneOf(name, values)}`;

// Stable, human-readable ids: lowercase ASCII words joined by single hyphens.
const slug = (name: string): SQL =>
  sql`${col(name)} GLOB '[a-z0-9]*' AND ${col(name)} NOT GLOB '*[^a-z0-9-]*' AND ${col(name)} NOT GLOB '*--*' AND ${col(name)} NOT GLOB '*-'`;

const nonEmpty = (name: string): SQL => sql`length(trim(${col(name)})) > 0`;
const nullOrNonEmpty = (name: string): SQL => sql`${col(name)} IS NULL OR length(trim(${col(name)})) > 0`;

// Integer, not REAL: SQLite's INTEGER affinity would otherwise keep 1.5 as a float.
const wholeNumber = (name: string): SQL => sql`typeof(${col(name)}) = 'integer' AND ${col(name)} >= 0`;

const currencyCode = (name: string): SQL => sql`${col(name)} GLOB '[A-Z][A-Z][A-Z]'`;

// A partial date is three columns: the ISO value at its precision ("2013", "2013-10", "2013-10-04"),
// `<name>_precision`, and `<name>_text`, the words of the source ("during October 2013"). Generated
// columns give the first and last day it can mean, so range filters and sorts are indexed comparisons.
const partialDateChecks = (prefix: string) => {
  const value = col(prefix);
  const precision = col(`${prefix}_precision`);
  const said = col(`${prefix}_text`);
  return [
    check(
      `${prefix}_complete`,
      sql`(${value} IS NULL AND ${precision} IS NULL AND ${said} IS NULL) OR (${value} IS NOT NULL AND ${precision} IS NOT NULL AND ${said} IS NOT NULL)`,
    ),
    check(`${prefix}_precision_known`, nullOrOneOf(`${prefix}_precision`, datePrecisions)),
    check(
      `${prefix}_format`,
      sql`${value} IS NULL OR CASE ${precision}
        WHEN 'year' THEN ${value} GLOB '[0-9][0-9][0-9][0-9]'
        WHEN 'month' THEN ${value} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date(${value} || '-01') IS ${value} || '-01'
        WHEN 'day' THEN ${value} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${value}) IS ${value}
        ELSE 0 END`,
    ),
  ];
};

const firstDay = (prefix: string) =>
  `CASE "${prefix}_precision" WHEN 'year' THEN "${prefix}" || '-01-01' WHEN 'month' THEN "${prefix}" || '-01' ELSE "${prefix}" END`;
const lastDay = (prefix: string) =>
  `CASE "${prefix}_precision" WHEN 'year' THEN "${prefix}" || '-12-31' WHEN 'month' THEN date("${prefix}" || '-01', '+1 month', '-1 day') ELSE "${prefix}" END`;

// --- tables ----------------------------------------------------------------------------------

export const dataset = sqliteTable(
  'dataset',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    version: text('version').notNull(),
    licence: text('licence').notNull(),
  },
  () => [check('dataset_single_row', sql`${col('id')} = 1`), check('dataset_version_format', sql`${col('version')} GLOB '[0-9a-f]*'`)],
);

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    file_name: text('file_name').notNull().unique(),
    title: text('title'),
    publisher: text('publisher'),
    author: text('author'),
    stated_date: text('stated_date'),
    stated_date_precision: text('stated_date_precision', { enum: datePrecisions }),
    stated_date_text: text('stated_date_text'),
    sha256: text('sha256').notNull(),
    byte_length: integer('byte_length').notNull(),
    char_length: integer('char_length').notNull(),
    text: text('text').notNull(),
  },
  () => [
    check('sources_id_slug', slug('id')),
    check('sources_sha256_hex', sql`length(${col('sha256')}) = 64 AND ${col('sha256')} NOT GLOB '*[^0-9a-f]*'`),
    check('sources_lengths', sql`${wholeNumber('byte_length')} AND ${wholeNumber('char_length')} AND ${col('char_length')} = length(${col('text')})`),
    check('sources_title_non_empty', nullOrNonEmpty('title')),
    check('sources_publisher_non_empty', nullOrNonEmpty('publisher')),
    check('sources_author_non_empty', nullOrNonEmpty('author')),
    ...partialDateChecks('stated_date'),
  ],
);

export const regulators = sqliteTable(
  'regulators',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    abbreviation: text('abbreviation'),
    // ISO 3166-1 alpha-2, only where a source states it.
    jurisdiction: text('jurisdiction'),
  },
  () => [
    check('regulators_id_slug', slug('id')),
    check('regulators_name_non_empty', nonEmpty('name')),
    check('regulators_abbreviation_non_empty', nullOrNonEmpty('abbreviation')),
    check('regulators_jurisdiction_code', sql`${col('jurisdiction')} IS NULL OR ${col('jurisdiction')} GLOB '[A-Z][A-Z]'`),
  ],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    sector: text('sector', { enum: sectors }),
    // What the source calls it ("a travel insurer"), kept apart from the normalised sector.
    description: text('description'),
    country: text('country'),
  },
  (t) => [
    check('organisations_id_slug', slug('id')),
    check('organisations_name_non_empty', nonEmpty('name')),
    check('organisations_sector_known', nullOrOneOf('sector', sectors)),
    check('organisations_description_non_empty', nullOrNonEmpty('description')),
    check('organisations_country_code', sql`${col('country')} IS NULL OR ${col('country')} GLOB '[A-Z][A-Z]'`),
    index('organisations_name_idx').on(t.name, t.id),
    // The name filter ignores case.
    index('organisations_name_nocase_idx').on(sql`${t.name} COLLATE NOCASE`),
    index('organisations_sector_idx').on(t.sector, t.name, t.id),
  ],
);

export const organisationAliases = sqliteTable(
  'organisation_aliases',
  {
    organisation_id: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    alias: text('alias').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisation_id, t.alias] }),
    check('organisation_aliases_non_empty', nonEmpty('alias')),
    index('organisation_aliases_alias_idx').on(sql`${t.alias} COLLATE NOCASE`),
  ],
);

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    job_title: text('job_title'),
    organisation_id: text('organisation_id').references(() => organisations.id),
    regulator_id: text('regulator_id').references(() => regulators.id),
  },
  () => [
    check('people_id_slug', slug('id')),
    check('people_name_non_empty', nonEmpty('name')),
    check('people_job_title_non_empty', nullOrNonEmpty('job_title')),
    check('people_one_employer', sql`${col('organisation_id')} IS NULL OR ${col('regulator_id')} IS NULL`),
  ],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    occurred_from: text('occurred_from'),
    occurred_from_precision: text('occurred_from_precision', { enum: datePrecisions }),
    occurred_from_text: text('occurred_from_text'),
    occurred_to: text('occurred_to'),
    occurred_to_precision: text('occurred_to_precision', { enum: datePrecisions }),
    occurred_to_text: text('occurred_to_text'),
    occurred_start: text('occurred_start').generatedAlwaysAs(sql.raw(firstDay('occurred_from')), { mode: 'stored' }),
    occurred_end: text('occurred_end').generatedAlwaysAs(
      sql.raw(`CASE WHEN "occurred_to" IS NULL THEN ${lastDay('occurred_from')} ELSE ${lastDay('occurred_to')} END`),
      { mode: 'stored' },
    ),
    discovered_how: text('discovered_how'),
    cause: text('cause'),
    remediation: text('remediation'),
  },
  (t) => [
    check('incidents_id_slug', slug('id')),
    check('incidents_name_non_empty', nonEmpty('name')),
    check('incidents_summary_non_empty', nonEmpty('summary')),
    ...partialDateChecks('occurred_from'),
    ...partialDateChecks('occurred_to'),
    check('incidents_range_has_start', sql`${col('occurred_to')} IS NULL OR ${col('occurred_from')} IS NOT NULL`),
    check('incidents_range_ordered', sql`${col('occurred_to')} IS NULL OR ${col('occurred_end')} >= ${col('occurred_start')}`),
    check('incidents_discovered_how_non_empty', nullOrNonEmpty('discovered_how')),
    check('incidents_cause_non_empty', nullOrNonEmpty('cause')),
    check('incidents_remediation_non_empty', nullOrNonEmpty('remediation')),
    index('incidents_occurred_idx').on(t.occurred_start, t.id),
    index('incidents_name_idx').on(t.name, t.id),
  ],
);

export const incidentDataCategories = sqliteTable(
  'incident_data_categories',
  {
    incident_id: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    category: text('category', { enum: dataCategories }).notNull(),
    // The words the source uses ("CVV numbers").
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incident_id, t.category] }),
    index('incident_data_categories_category_idx').on(t.category, t.incident_id),
    check('incident_data_categories_known', oneOf('category', dataCategories)),
    check('incident_data_categories_text_non_empty', nonEmpty('text')),
  ],
);

export const incidentQuantities = sqliteTable(
  'incident_quantities',
  {
    incident_id: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    key: text('key').notNull(),
    measure: text('measure', { enum: quantityMeasures }).notNull(),
    value: integer('value').notNull(),
    // Upper bound for ranges such as "tens of thousands" (10,000 to 99,999); null otherwise.
    value_max: integer('value_max'),
    qualifier: text('qualifier', { enum: quantityQualifiers }).notNull(),
    unit: text('unit', { enum: quantityUnits }).notNull(),
    // Who or where the figure is about ("Europe", "Barclays bank customers").
    scope: text('scope'),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incident_id, t.key] }),
    check('incident_quantities_key_slug', slug('key')),
    check('incident_quantities_measure_known', oneOf('measure', quantityMeasures)),
    check('incident_quantities_qualifier_known', oneOf('qualifier', quantityQualifiers)),
    check('incident_quantities_unit_known', oneOf('unit', quantityUnits)),
    check('incident_quantities_value_whole', wholeNumber('value')),
    check(
      'incident_quantities_value_max_whole',
      sql`${col('value_max')} IS NULL OR (${wholeNumber('value_max')} AND ${col('value_max')} >= ${col('value')})`,
    ),
    check('incident_quantities_scope_non_empty', nullOrNonEmpty('scope')),
    check('incident_quantities_text_non_empty', nonEmpty('text')),
  ],
);

export const incidentParties = sqliteTable(
  'incident_parties',
  {
    incident_id: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    key: text('key').notNull(),
    // Null for a party the source does not name ("a security researcher"); then `description` says who.
    organisation_id: text('organisation_id').references(() => organisations.id),
    description: text('description'),
    role: text('role', { enum: partyRoles }).notNull(),
    certainty: text('certainty', { enum: partyCertainties }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incident_id, t.key] }),
    check('incident_parties_key_slug', slug('key')),
    check('incident_parties_role_known', oneOf('role', partyRoles)),
    check('incident_parties_certainty_known', oneOf('certainty', partyCertainties)),
    check('incident_parties_identified', sql`${col('organisation_id')} IS NOT NULL OR ${col('description')} IS NOT NULL`),
    check('incident_parties_description_non_empty', nullOrNonEmpty('description')),
    index('incident_parties_organisation_idx').on(t.organisation_id, t.role),
    index('incident_parties_role_idx').on(t.role, t.organisation_id),
  ],
);

export const penalties = sqliteTable(
  'penalties',
  {
    id: text('id').primaryKey(),
    // A label for listings, made by the seed compiler from type, organisation and amount.
    name: text('name').notNull(),
    type: text('type', { enum: penaltyTypes }).notNull(),
    status: text('status', { enum: penaltyStatuses }).notNull(),
    regulator_id: text('regulator_id')
      .notNull()
      .references(() => regulators.id),
    organisation_id: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    incident_id: text('incident_id').references(() => incidents.id),
    summary: text('summary').notNull(),
    amount_minor: integer('amount_minor'),
    currency: text('currency'),
    amount_text: text('amount_text'),
    amount_qualifier: text('amount_qualifier', { enum: quantityQualifiers }),
    issued_on: text('issued_on'),
    issued_on_precision: text('issued_on_precision', { enum: datePrecisions }),
    issued_on_text: text('issued_on_text'),
    issued_start: text('issued_start').generatedAlwaysAs(sql.raw(firstDay('issued_on')), { mode: 'stored' }),
    issued_end: text('issued_end').generatedAlwaysAs(sql.raw(lastDay('issued_on')), { mode: 'stored' }),
    legal_basis: text('legal_basis'),
    rationale: text('rationale'),
    terms: text('terms'),
    signed_by_person_id: text('signed_by_person_id').references(() => people.id),
    supersedes_penalty_id: text('supersedes_penalty_id'),
  },
  (t) => [
    foreignKey({ columns: [t.supersedes_penalty_id], foreignColumns: [t.id], name: 'penalties_supersedes_fk' }),
    check('penalties_id_slug', slug('id')),
    check('penalties_name_non_empty', nonEmpty('name')),
    check('penalties_summary_non_empty', nonEmpty('summary')),
    check('penalties_type_known', oneOf('type', penaltyTypes)),
    check('penalties_status_known', oneOf('status', penaltyStatuses)),
    check(
      'penalties_amount_complete',
      sql`(${col('amount_minor')} IS NULL AND ${col('currency')} IS NULL AND ${col('amount_text')} IS NULL AND ${col('amount_qualifier')} IS NULL) OR (${col('amount_minor')} IS NOT NULL AND ${col('currency')} IS NOT NULL AND ${col('amount_text')} IS NOT NULL AND ${col('amount_qualifier')} IS NOT NULL)`,
    ),
    check('penalties_amount_whole', sql`${col('amount_minor')} IS NULL OR ${wholeNumber('amount_minor')}`),
    check('penalties_currency_code', sql`${col('currency')} IS NULL OR ${currencyCode('currency')}`),
    check('penalties_amount_qualifier_known', nullOrOneOf('amount_qualifier', quantityQualifiers)),
    check('penalties_amount_text_non_empty', nullOrNonEmpty('amount_text')),
    ...partialDateChecks('issued_on'),
    check('penalties_legal_basis_non_empty', nullOrNonEmpty('legal_basis')),
    check('penalties_rationale_non_empty', nullOrNonEmpty('rationale')),
    check('penalties_terms_non_empty', nullOrNonEmpty('terms')),
    check('penalties_not_self_superseding', sql`${col('supersedes_penalty_id')} IS NULL OR ${col('supersedes_penalty_id')} <> ${col('id')}`),
    // Every documented sort (issued date, amount, id) under every single-valued filter reads its
    // index in order and stops at the page: (filter, sort key, id) for each pair, so no request
    // sorts the rows a filter matched. test/db/query-plans.test.ts keeps this true.
    index('penalties_issued_idx').on(t.issued_start, t.id),
    index('penalties_amount_idx').on(t.amount_minor, t.id),
    index('penalties_organisation_idx').on(t.organisation_id, t.id),
    index('penalties_organisation_issued_idx').on(t.organisation_id, t.issued_start, t.id),
    index('penalties_organisation_amount_idx').on(t.organisation_id, t.amount_minor, t.id),
    index('penalties_incident_idx').on(t.incident_id),
    index('penalties_regulator_idx').on(t.regulator_id, t.id),
    index('penalties_regulator_issued_idx').on(t.regulator_id, t.issued_start, t.id),
    index('penalties_regulator_amount_idx').on(t.regulator_id, t.amount_minor, t.id),
    index('penalties_type_idx').on(t.type, t.id),
    index('penalties_type_issued_idx').on(t.type, t.issued_start, t.id),
    index('penalties_type_amount_idx').on(t.type, t.amount_minor, t.id),
    index('penalties_status_idx').on(t.status, t.id),
    index('penalties_status_issued_idx').on(t.status, t.issued_start, t.id),
    index('penalties_status_amount_idx').on(t.status, t.amount_minor, t.id),
    index('penalties_currency_idx').on(t.currency, t.id),
    // An amount range needs one currency, and is read one of two ways (src/db/queries/penalties.ts):
    // through the amount index, its matches sorted by date, or along the date index, each entry's
    // amount checked. The trailing column makes each index cover the other's key, so neither way
    // reads a table row to compare or sort.
    index('penalties_currency_issued_idx').on(t.currency, t.issued_start, t.id, t.amount_minor),
    index('penalties_currency_amount_idx').on(t.currency, t.amount_minor, t.id, t.issued_start),
    index('penalties_qualifier_idx').on(t.amount_qualifier, t.id),
    index('penalties_qualifier_issued_idx').on(t.amount_qualifier, t.issued_start, t.id),
    index('penalties_qualifier_amount_idx').on(t.amount_qualifier, t.amount_minor, t.id),
    // Partial: almost no penalty supersedes another, and an index of only those that do keeps the
    // planner from judging it useless (a full-column index holds mostly NULL) and scanning instead.
    index('penalties_supersedes_idx').on(t.supersedes_penalty_id).where(sql`${t.supersedes_penalty_id} IS NOT NULL`),
  ],
);

// The same sum in another currency, given beside it by the source: "$241 million (£183 million)".
export const penaltyAmountEquivalents = sqliteTable(
  'penalty_amount_equivalents',
  {
    penalty_id: text('penalty_id')
      .notNull()
      .references(() => penalties.id),
    amount_minor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    amount_text: text('amount_text').notNull(),
    amount_qualifier: text('amount_qualifier', { enum: quantityQualifiers }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.penalty_id, t.currency] }),
    check('penalty_amount_equivalents_whole', wholeNumber('amount_minor')),
    check('penalty_amount_equivalents_currency_code', currencyCode('currency')),
    check('penalty_amount_equivalents_qualifier_known', oneOf('amount_qualifier', quantityQualifiers)),
    check('penalty_amount_equivalents_text_non_empty', nonEmpty('amount_text')),
  ],
);

// Penalties counted and summed per (year, type, status, regulator, currency): statistics and facets
// over those fields read this instead of a pass over every penalty. Derived from `penalties`, and
// rebuilt with it by every data migration and by the synthetic generator (src/db/derived-tables.ts).
export const penaltyTotals = sqliteTable(
  'penalty_totals',
  {
    year: text('year'),
    type: text('type').notNull(),
    status: text('status').notNull(),
    regulator_id: text('regulator_id').notNull(),
    currency: text('currency'),
    count: integer('count').notNull(),
    amount_minor: integer('amount_minor'),
  },
);

// Each penalty as the API sends it, and what people said about it, as JSON (src/db/derived-tables.ts
// builds them from the tables above, with every data migration and the synthetic generator):
// a request reads one row per penalty instead of assembling it from six tables.
export const penaltyDocuments = sqliteTable('penalty_documents', {
  penalty_id: text('penalty_id').primaryKey(),
  // The Penalty schema's JSON.
  document: text('document').notNull(),
  // PenaltyDetail's `statements`, a JSON array.
  statements: text('statements').notNull(),
});

// Words a person or an organisation is quoted as saying; `text` is verbatim from the source.
export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    source_id: text('source_id')
      .notNull()
      .references(() => sources.id),
    person_id: text('person_id').references(() => people.id),
    organisation_id: text('organisation_id').references(() => organisations.id),
    incident_id: text('incident_id').references(() => incidents.id),
    penalty_id: text('penalty_id').references(() => penalties.id),
    text: text('text').notNull(),
  },
  (t) => [
    check('statements_id_slug', slug('id')),
    check('statements_one_speaker', sql`(${col('person_id')} IS NULL) <> (${col('organisation_id')} IS NULL)`),
    check('statements_text_non_empty', nonEmpty('text')),
    index('statements_person_idx').on(t.person_id),
    index('statements_penalty_idx').on(t.penalty_id),
    index('statements_incident_idx').on(t.incident_id),
  ],
);

// A verbatim quote from a source that states a record, or one field of it. Offsets count Unicode
// code points from the start of the source text; `quote_end` is exclusive.
export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey(),
    source_id: text('source_id')
      .notNull()
      .references(() => sources.id),
    regulator_id: text('regulator_id').references(() => regulators.id),
    organisation_id: text('organisation_id').references(() => organisations.id),
    person_id: text('person_id').references(() => people.id),
    statement_id: text('statement_id').references(() => statements.id),
    incident_id: text('incident_id').references(() => incidents.id),
    penalty_id: text('penalty_id').references(() => penalties.id),
    // The field of the record the quote states, as a path in the API's JSON ("amount",
    // "quantities.records_exposed"); null when the quote states the record as a whole.
    field: text('field'),
    quote: text('quote').notNull(),
    quote_start: integer('quote_start').notNull(),
    quote_end: integer('quote_end').notNull(),
  },
  (t) => [
    check(
      'citations_one_subject',
      sql`(${col('regulator_id')} IS NOT NULL) + (${col('organisation_id')} IS NOT NULL) + (${col('person_id')} IS NOT NULL) + (${col('statement_id')} IS NOT NULL) + (${col('incident_id')} IS NOT NULL) + (${col('penalty_id')} IS NOT NULL) = 1`,
    ),
    check('citations_field_non_empty', nullOrNonEmpty('field')),
    check('citations_quote_non_empty', nonEmpty('quote')),
    check(
      'citations_offsets',
      sql`${wholeNumber('quote_start')} AND ${wholeNumber('quote_end')} AND ${col('quote_end')} - ${col('quote_start')} = length(${col('quote')})`,
    ),
    index('citations_source_idx').on(t.source_id),
    index('citations_regulator_idx').on(t.regulator_id),
    index('citations_organisation_idx').on(t.organisation_id),
    index('citations_person_idx').on(t.person_id),
    index('citations_statement_idx').on(t.statement_id),
    index('citations_incident_idx').on(t.incident_id),
    index('citations_penalty_idx').on(t.penalty_id),
  ],
);

