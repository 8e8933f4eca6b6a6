// CSV: the same records as the JSON, flattened into documented columns. Quoting is RFC 4180 by
// csv-stringify; a text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets
// a leading apostrophe, the OWASP-recommended neutralisation.
import { type Stringifier, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type { Incident } from '../schemas/incidents.js';
import type { Organisation } from '../schemas/organisations.js';
import type { Penalty } from '../schemas/penalties.js';
import type { Source } from '../schemas/sources.js';

export interface Column<T> {
  name: string;
  description: string;
  value: (record: T) => string | number | null;
}

type Citation = { source_id: string; field: string | null; quote: string };

const sourcesOf = (citations: Citation[]) => [...new Set(citations.map((c) => c.source_id))].join('; ');
// The first quote cited for a field: what a journalist quotes beside the figure.
const quoteFor = (citations: Citation[], field: string) => citations.find((c) => c.field === field)?.quote ?? null;
const joined = (values: (string | null | undefined)[]) => values.filter(Boolean).join('; ') || null;

export const penaltyColumns: Column<Penalty>[] = [
  { name: 'id', description: 'Penalty id', value: (p) => p.id },
  { name: 'name', description: 'Label', value: (p) => p.name },
  { name: 'type', description: 'Type of action', value: (p) => p.type },
  { name: 'status', description: 'Status', value: (p) => p.status },
  { name: 'regulator_id', description: 'Regulator id', value: (p) => p.regulator.id },
  { name: 'regulator_name', description: 'Regulator name', value: (p) => p.regulator.name },
  { name: 'organisation_id', description: 'Organisation penalised (id)', value: (p) => p.organisation.id },
  { name: 'organisation_name', description: 'Organisation penalised (name)', value: (p) => p.organisation.name },
  { name: 'incident_id', description: 'Incident id', value: (p) => p.incident?.id ?? null },
  { name: 'amount_minor', description: 'Amount in integer minor units of `currency`', value: (p) => p.amount?.amount_minor ?? null },
  { name: 'currency', description: 'ISO 4217, as reported', value: (p) => p.amount?.currency ?? null },
  { name: 'amount_major', description: 'Amount in major units, exact decimal', value: (p) => p.amount?.amount_major ?? null },
  { name: 'amount_text', description: 'Amount as the source words it', value: (p) => p.amount?.amount_text ?? null },
  { name: 'amount_qualifier', description: 'exact, more_than, up_to…', value: (p) => p.amount?.amount_qualifier ?? null },
  { name: 'amount_quote', description: 'The sentence of the source that states the amount', value: (p) => quoteFor(p.citations, 'amount') },
  {
    name: 'amount_equivalents',
    description: 'The amount in other currencies given beside it: "<major> <currency> (<text>)", separated by "; "',
    value: (p) => joined(p.amount_equivalents.map((e) => `${e.amount_major} ${e.currency} (${e.amount_text})`)),
  },
  { name: 'issued_on', description: 'Date issued or announced (YYYY, YYYY-MM or YYYY-MM-DD)', value: (p) => p.issued_on?.date ?? null },
  { name: 'issued_on_precision', description: 'year, month or day', value: (p) => p.issued_on?.precision ?? null },
  { name: 'issued_on_text', description: 'The date as the source words it', value: (p) => p.issued_on?.text ?? null },
  { name: 'legal_basis', description: 'Legal basis, where stated', value: (p) => p.legal_basis },
  { name: 'rationale', description: 'Why this action or figure, as reported', value: (p) => p.rationale },
  { name: 'terms', description: 'What an undertaking or notice requires', value: (p) => p.terms },
  { name: 'signed_by_id', description: 'Signatory (person id)', value: (p) => p.signed_by?.id ?? null },
  { name: 'supersedes_id', description: 'The proposed action this one replaced', value: (p) => p.supersedes?.id ?? null },
  { name: 'superseded_by_id', description: 'The action that replaced this proposal', value: (p) => p.superseded_by?.id ?? null },
  { name: 'summary', description: 'Summary', value: (p) => p.summary },
  { name: 'source_ids', description: 'Sources cited, separated by "; "', value: (p) => sourcesOf(p.citations) },
];

export const organisationColumns: Column<Organisation>[] = [
  { name: 'id', description: 'Organisation id', value: (o) => o.id },
  { name: 'name', description: 'Name', value: (o) => o.name },
  { name: 'aliases', description: 'Other names, separated by "; "', value: (o) => joined(o.aliases) },
  { name: 'sector', description: 'Sector', value: (o) => o.sector },
  { name: 'description', description: 'What the sources call it', value: (o) => o.description },
  { name: 'country', description: 'ISO 3166-1 alpha-2, where stated', value: (o) => o.country },
  { name: 'source_ids', description: 'Sources cited, separated by "; "', value: (o) => sourcesOf(o.citations) },
];

export const incidentColumns: Column<Incident>[] = [
  { name: 'id', description: 'Incident id', value: (i) => i.id },
  { name: 'name', description: 'Name', value: (i) => i.name },
  { name: 'summary', description: 'Summary', value: (i) => i.summary },
  { name: 'occurred_from', description: 'Start (YYYY, YYYY-MM or YYYY-MM-DD)', value: (i) => i.occurred_from?.date ?? null },
  { name: 'occurred_from_precision', description: 'year, month or day', value: (i) => i.occurred_from?.precision ?? null },
  { name: 'occurred_from_text', description: 'As the source words it', value: (i) => i.occurred_from?.text ?? null },
  { name: 'occurred_to', description: 'End of a period', value: (i) => i.occurred_to?.date ?? null },
  { name: 'occurred_to_precision', description: 'year, month or day', value: (i) => i.occurred_to?.precision ?? null },
  { name: 'occurred_to_text', description: 'As the source words it', value: (i) => i.occurred_to?.text ?? null },
  { name: 'discovered_how', description: 'How it came to light', value: (i) => i.discovered_how },
  { name: 'cause', description: 'Cause', value: (i) => i.cause },
  { name: 'remediation', description: 'What was done about it', value: (i) => i.remediation },
  { name: 'data_categories', description: 'Kinds of data, separated by "; "', value: (i) => joined(i.data_categories.map((c) => c.category)) },
  {
    name: 'quantities',
    description: 'Figures as "<key>: <text> (<value> <unit>)", separated by "; "',
    value: (i) => joined(i.quantities.map((q) => `${q.key}: ${q.text} (${q.value} ${q.unit})`)),
  },
  {
    name: 'parties',
    description: 'Parties as "<role>: <organisation id or description>", separated by "; "',
    value: (i) => joined(i.parties.map((p) => `${p.role}: ${p.organisation?.id ?? p.description}`)),
  },
  { name: 'penalty_ids', description: 'Penalties about it, separated by "; "', value: (i) => joined(i.penalties.map((p) => p.id)) },
  { name: 'source_ids', description: 'Sources cited, separated by "; "', value: (i) => sourcesOf(i.citations) },
];

export const sourceColumns: Column<Source>[] = [
  { name: 'id', description: 'Source id', value: (s) => s.id },
  { name: 'title', description: 'Title, as the text gives it', value: (s) => s.title },
  { name: 'publisher', description: 'Publisher, where the text names it', value: (s) => s.publisher },
  { name: 'author', description: 'Author, where the text names them', value: (s) => s.author },
  { name: 'stated_date', description: 'The date the text gives itself', value: (s) => s.stated_date?.date ?? null },
  { name: 'stated_date_text', description: 'As the text words it', value: (s) => s.stated_date?.text ?? null },
  { name: 'file_name', description: 'File name', value: (s) => s.file_name },
  { name: 'sha256', description: 'SHA-256 of the bytes', value: (s) => s.sha256 },
  { name: 'byte_length', description: 'Bytes', value: (s) => s.byte_length },
  { name: 'char_length', description: 'Unicode code points', value: (s) => s.char_length },
  { name: 'citation_count', description: 'Citations of it', value: (s) => s.citation_count },
];

const formulaStart = /^[=+\-@\t\r]/u;

/** A text cell that a spreadsheet would evaluate is prefixed with an apostrophe. */
export function neutralise(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

const options = (columns: Column<never>[]) => ({
  header: true,
  columns: columns.map((c) => c.name),
  // RFC 4180: CRLF between records.
  record_delimiter: 'windows' as const,
  cast: { string: neutralise },
});

export function toRows<T>(records: T[], columns: Column<T>[]): (string | number | null)[][] {
  return records.map((record) => columns.map((c) => c.value(record)));
}

export function toCsv<T>(records: T[], columns: Column<T>[]): string {
  return stringifySync(toRows(records, columns), options(columns as Column<never>[]));
}

/** A streaming stringifier with the header row, for exports: write rows, read CSV. */
export function csvStream<T>(columns: Column<T>[]): Stringifier {
  return stringify(options(columns as Column<never>[]));
}

export function describeColumns<T>(columns: Column<T>[]): string {
  return columns.map((c) => `\`${c.name}\` (${c.description})`).join(', ');
}
