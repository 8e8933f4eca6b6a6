// The controlled vocabularies of the dataset. One list each, used by the SQL CHECK constraints
// (src/db/schema.ts), the seed-record validation (src/seeds) and the API schemas (src/schemas),
// so the three can never disagree.

export const penaltyTypes = [
  'monetary_penalty',
  'undertaking',
  'enforcement_notice',
  'reprimand',
  'prosecution',
  'other',
] as const;

// The lifecycle of an enforcement action as the sources report it.
// `reduced` marks a proposed figure that was replaced by a lower final one (the final one
// names it in `supersedes`); `under_appeal` means the penalised party has appealed or said it will.
export const penaltyStatuses = [
  'proposed',
  'imposed',
  'reduced',
  'under_appeal',
  'upheld',
  'overturned',
  'withdrawn',
] as const;

// Statuses whose amount is owed or standing, and so is added into per-organisation totals.
// A proposal that was later reduced is excluded, or British Airways would be counted twice.
export const penaltyStatusesInEffect = ['imposed', 'under_appeal', 'upheld'] as const;

export const partyRoles = [
  'controller',
  'processor',
  'contractor',
  'vendor',
  'threat_actor',
  'affected_third_party',
  'reporter',
  'legal_representative',
  'other',
] as const;

// How firmly the source attributes a role: "is believed to be behind" is `suspected`.
export const partyCertainties = ['stated', 'suspected'] as const;

export const quantityQualifiers = [
  'exact',
  'approximate',
  'more_than',
  'at_least',
  'fewer_than',
  'up_to',
] as const;

export const quantityMeasures = [
  'people_affected',
  'people_defrauded',
  'records_exposed',
  'records_held',
  'detection_delay',
  'response_delay',
  'other',
] as const;

export const quantityUnits = [
  'people',
  'customers',
  'users',
  'records',
  'days',
  'weeks',
  'months',
  'years',
] as const;

export const dataCategories = [
  'names',
  'dates_of_birth',
  'postal_addresses',
  'telephone_numbers',
  'payment_card_details',
  'card_verification_values',
  'payment_details',
  'billing_details',
  'medical_records',
  'login_credentials',
  'insurance_contributions',
  'other',
] as const;

export const sectors = [
  'insurance',
  'ticketing',
  'aviation',
  'pharmacy',
  'banking',
  'software',
  'telecommunications',
  'legal_services',
  'public_sector',
  'retail',
  'other',
] as const;

export const datePrecisions = ['year', 'month', 'day'] as const;

export type PenaltyType = (typeof penaltyTypes)[number];
export type PenaltyStatus = (typeof penaltyStatuses)[number];
export type PartyRole = (typeof partyRoles)[number];
export type QuantityQualifier = (typeof quantityQualifiers)[number];
export type DatePrecision = (typeof datePrecisions)[number];
export type QuantityUnit = (typeof quantityUnits)[number];
