// Compiles seeds/ (the articles and their curated records) into the rows of the dataset.
// Every check a record must pass lives here: its shape, each quote found in its article, each
// number, amount and date read back from the words quoted for it, every reference resolved, and
// the same entity described the same way by every article that mentions it. A record that fails
// any check stops the compile with the file, the path inside it and the reason; nothing is emitted.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePartialDate } from '../normalise/dates.js';
import { MoneyParseError, parseMoney } from '../normalise/money.js';
import { QuantityParseError, parseQuantity } from '../normalise/quantity.js';
import { SourceText, codePointLength, foldName, foldWhitespace } from '../normalise/text.js';
import type { QuantityUnit } from '../vocabulary.js';
import {
  type IncidentRecord,
  type OrganisationRecord,
  type PenaltyRecord,
  type PersonRecord,
  type RecordCitation,
  type RegulatorRecord,
  type SeedRecord,
  type StatementRecord,
  recordSchema,
} from './record-schema.js';

export interface SeedProblem {
  file: string;
  path: string;
  reason: string;
}

export class SeedCompileError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.path || '(file)'}: ${p.reason}`).join('\n'));
    this.name = 'SeedCompileError';
  }
}

// --- what is cited, per kind of record ------------------------------------------------------

type Kind = 'regulator' | 'organisation' | 'person' | 'statement' | 'incident' | 'penalty';

// The citation column that points at each kind of record.
export const citationSubjectColumn = {
  regulator: 'regulator_id',
  organisation: 'organisation_id',
  person: 'person_id',
  statement: 'statement_id',
  incident: 'incident_id',
  penalty: 'penalty_id',
} as const satisfies Record<Kind, string>;

// Field names are the API's. Each non-null one must be cited; `also` may be cited but needn't be.
const citedFields: Record<Kind, { required: Record<string, string>; also: string[]; items: string[] }> = {
  regulator: { required: { name: 'name', abbreviation: 'abbreviation', jurisdiction: 'jurisdiction' }, also: [], items: [] },
  organisation: {
    required: { name: 'name', sector: 'sector', description: 'description', country: 'country' },
    also: [],
    items: ['aliases'],
  },
  person: {
    required: { name: 'name', job_title: 'job_title' },
    also: ['organisation', 'regulator'],
    items: [],
  },
  statement: { required: { text: 'text' }, also: [], items: [] },
  incident: {
    required: {
      summary: 'summary',
      occurred_from: 'occurred_from',
      occurred_to: 'occurred_to',
      discovered_how: 'discovered_how',
      cause: 'cause',
      remediation: 'remediation',
    },
    also: ['name'],
    items: ['data_categories', 'quantities', 'parties'],
  },
  penalty: {
    required: {
      type: 'type',
      status: 'status',
      organisation_id: 'organisation',
      summary: 'summary',
      amount: 'amount',
      issued_on: 'issued_on',
      legal_basis: 'legal_basis',
      rationale: 'rationale',
      terms: 'terms',
      signed_by_person_id: 'signed_by',
      supersedes_penalty_id: 'supersedes',
    },
    also: ['regulator', 'incident'],
    items: ['amount_equivalents'],
  },
};

// --- compiled rows ----------------------------------------------------------------------------

export type Row = Record<string, string | number | null>;

export interface CitationRow extends Row {
  source_id: string;
  regulator_id: string | null;
  organisation_id: string | null;
  person_id: string | null;
  statement_id: string | null;
  incident_id: string | null;
  penalty_id: string | null;
  field: string | null;
  quote: string;
  quote_start: number;
  quote_end: number;
}

export interface CompiledDataset {
  version: string;
  // Table name -> rows, in an order that satisfies every foreign key.
  tables: [table: string, rows: Row[]][];
}

export const datasetName = 'Data-protection enforcement actions';
export const datasetLicence =
  'Curated records and structure: CC BY 4.0. Quoted excerpts remain the copyright of their publishers and are reproduced as short quotations for citation; the articles themselves are not redistributed by the API.';

// --- the compiler -----------------------------------------------------------------------------

interface Located {
  kind: Kind;
  id: string;
  field: string | null;
  file: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

interface Entity<T> {
  value: T;
  file: string;
  path: string;
  citations: Located[];
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const withoutCitations = (value: object): unknown => {
  const { citations: _c, ...rest } = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(rest)) {
    if (Array.isArray(v)) rest[key] = v.map((item) => (item && typeof item === 'object' ? withoutCitations(item) : item));
  }
  return rest;
};

const unitWords: Record<QuantityUnit, string[]> = {
  people: ['people', 'person', 'persons', 'individuals'],
  customers: ['customers', 'customer'],
  users: ['users', 'user'],
  records: ['records', 'record'],
  days: ['days', 'day'],
  weeks: ['weeks', 'week'],
  months: ['months', 'month'],
  years: ['years', 'year'],
};

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface CompileOptions {
  // Accept records whose `review` list is not empty: the ingest assistant checks its drafts this way.
  allowReview?: boolean;
}

export function compileSeeds(seedsDir: string, options: CompileOptions = {}): CompiledDataset {
  const problems: SeedProblem[] = [];
  const recordsDir = join(seedsDir, 'records');
  const articlesDir = join(seedsDir, 'articles');
  const recordFiles = readdirSync(recordsDir).filter((f) => f.endsWith('.json')).sort();
  const articleFiles = readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort();
  // Problems name files as the curator would type them, relative to the working directory.
  const display = (file: string) => relative(process.cwd(), join(recordsDir, file)) || file;
  const problem = (file: string, path: string, reason: string) => problems.push({ file: display(file), path, reason });

  for (const article of articleFiles) {
    if (!recordFiles.includes(article.replace(/\.txt$/u, '.json'))) {
      problems.push({ file: relative(process.cwd(), join(articlesDir, article)), path: '', reason: `no record: write seeds/records/${article.replace(/\.txt$/u, '.json')}` });
    }
  }

  const sourceRows: Row[] = [];
  const sourceIds = new Map<string, string>();
  const entities = {
    regulator: new Map<string, Entity<RegulatorRecord>>(),
    organisation: new Map<string, Entity<OrganisationRecord>>(),
    person: new Map<string, Entity<PersonRecord>>(),
    statement: new Map<string, Entity<StatementRecord & { source_id: string }>>(),
    incident: new Map<string, Entity<IncidentRecord>>(),
    penalty: new Map<string, Entity<PenaltyRecord>>(),
  };

  for (const file of recordFiles) {
    const articleFile = file.replace(/\.json$/u, '.txt');
    if (!articleFiles.includes(articleFile)) {
      problem(file, '', `no article: expected seeds/articles/${articleFile}`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(recordsDir, file), 'utf8'));
    } catch (error) {
      problem(file, '', `not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem(file, formatPath(issue.path), issue.message);
      continue;
    }
    const record: SeedRecord = parsed.data;
    if (record.review.length > 0 && !options.allowReview) {
      record.review.forEach((mark, i) => problem(file, `review[${i}]`, `awaits review: ${mark.path}: ${mark.reason}`));
      continue;
    }
    const bytes = readFileSync(join(articlesDir, articleFile));
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      problems.push({ file: relative(process.cwd(), join(articlesDir, articleFile)), path: '', reason: 'is not valid UTF-8' });
      continue;
    }
    const source = new SourceText(text);
    const sourceId = record.source.id;
    const previous = sourceIds.get(sourceId);
    if (previous) {
      problem(file, 'source.id', `"${sourceId}" is already the id of ${previous}`);
      continue;
    }
    sourceIds.set(sourceId, file);

    // What the source says of itself must be in it, word for word.
    for (const key of ['title', 'publisher', 'author'] as const) {
      const value = record.source[key];
      if (value !== null && source.find(value).length === 0) problem(file, `source.${key}`, `"${value}" is not in the article`);
    }
    const stated = record.source.stated_date;
    if (stated) checkDate(file, 'source.stated_date', stated, [foldWhitespace(text)]);

    sourceRows.push({
      id: sourceId,
      file_name: articleFile,
      title: record.source.title,
      publisher: record.source.publisher,
      author: record.source.author,
      stated_date: stated?.date ?? null,
      stated_date_precision: stated?.precision ?? null,
      stated_date_text: stated?.text ?? null,
      sha256: sha256(bytes),
      byte_length: bytes.length,
      char_length: codePointLength(text),
      text,
    });

    const locate = (kind: Kind, id: string, path: string, fields: (string | null)[], cite: Omit<RecordCitation, 'field'>): Located[] => {
      const spans = source.find(cite.quote);
      if (spans.length === 0) {
        problem(file, path, `quote not found in seeds/articles/${articleFile} (whitespace is folded; apostrophes, dashes and case must match): "${cite.quote}"`);
        return [];
      }
      let span = spans[0]!;
      if (cite.start !== undefined) {
        const at = spans.find((s) => s.start === cite.start);
        if (!at) {
          problem(file, `${path}.start`, `the quote is not at offset ${cite.start}; it occurs at ${spans.map((s) => s.start).join(', ')}`);
          return [];
        }
        span = at;
      } else if (spans.length > 1) {
        problem(file, path, `the quote occurs ${spans.length} times in the article (at ${spans.map((s) => s.start).join(', ')}); give "start"`);
        return [];
      }
      return fields.map((field) => ({ kind, id, field, file, sourceId, quote: span.text, start: span.start, end: span.end }));
    };

    const citationsOf = (kind: Kind, id: string, path: string, list: RecordCitation[]): Located[] =>
      list.flatMap((cite, i) => {
        const fields = cite.field === null ? [null] : Array.isArray(cite.field) ? cite.field : [cite.field];
        const allowed = citedFields[kind];
        const known = [...Object.values(allowed.required), ...allowed.also];
        for (const field of fields) {
          if (field !== null && !known.includes(field)) {
            problem(file, `${path}.citations[${i}].field`, `"${field}" is not a field of a ${kind} (one of: ${known.join(', ')})`);
          }
        }
        return locate(kind, id, `${path}.citations[${i}]`, fields, cite);
      });

    const itemCitationsOf = (kind: Kind, id: string, path: string, field: string, list: Omit<RecordCitation, 'field'>[]) =>
      list.flatMap((cite, i) => locate(kind, id, `${path}.citations[${i}]`, [field], cite));

    const add = <T extends { id: string }>(kind: Kind, map: Map<string, Entity<T>>, value: T, path: string, cited: Located[]) => {
      const existing = map.get(value.id);
      if (!existing) {
        map.set(value.id, { value, file, path, citations: cited });
        return;
      }
      if (existing.file === file) {
        problem(file, `${path}.id`, `duplicate id "${value.id}" (also at ${existing.path})`);
        return;
      }
      // The same entity in another article: every fact must agree; each article adds its citations.
      const merged = mergeValues(existing.value as Record<string, unknown>, value as Record<string, unknown>, (key, reason) =>
        problem(file, `${path}.${key}`, `${reason} in ${display(existing.file)} (${existing.path}) for ${kind} "${value.id}"`),
      );
      existing.value = merged as T;
      existing.citations.push(...cited);
    };

    record.regulators.forEach((r, i) => {
      const path = `regulators[${i}]`;
      add('regulator', entities.regulator, r, path, citationsOf('regulator', r.id, path, r.citations));
    });
    record.organisations.forEach((o, i) => {
      const path = `organisations[${i}]`;
      const cited = citationsOf('organisation', o.id, path, o.citations);
      o.aliases.forEach((a, j) => {
        const itemPath = `${path}.aliases[${j}]`;
        const located = itemCitationsOf('organisation', o.id, itemPath, `aliases[${a.alias}]`, a.citations);
        checkContained(file, `${itemPath}.alias`, a.alias, located.map((c) => c.quote));
        cited.push(...located);
      });
      add('organisation', entities.organisation, o, path, cited);
    });
    record.people.forEach((p, i) => {
      const path = `people[${i}]`;
      if (p.organisation_id && p.regulator_id) problem(file, path, 'a person works for an organisation or a regulator, not both');
      add('person', entities.person, p, path, citationsOf('person', p.id, path, p.citations));
    });
    record.incidents.forEach((incident, i) => {
      const path = `incidents[${i}]`;
      const cited = citationsOf('incident', incident.id, path, incident.citations);
      const keys = new Set<string>();
      const unique = (itemPath: string, key: string) => {
        if (keys.has(key)) problem(file, itemPath, `duplicate ${key}`);
        keys.add(key);
      };
      incident.data_categories.forEach((c, j) => {
        const itemPath = `${path}.data_categories[${j}]`;
        unique(itemPath, `data_categories[${c.category}]`);
        const located = itemCitationsOf('incident', incident.id, itemPath, `data_categories[${c.category}]`, c.citations);
        checkContained(file, `${itemPath}.text`, c.text, located.map((l) => l.quote));
        cited.push(...located);
      });
      incident.quantities.forEach((q, j) => {
        const itemPath = `${path}.quantities[${j}]`;
        unique(itemPath, `quantities[${q.key}]`);
        const located = itemCitationsOf('incident', incident.id, itemPath, `quantities[${q.key}]`, q.citations);
        checkQuantity(file, itemPath, q, located.map((l) => l.quote));
        cited.push(...located);
      });
      incident.parties.forEach((party, j) => {
        const itemPath = `${path}.parties[${j}]`;
        unique(itemPath, `parties[${party.key}]`);
        if (!party.organisation_id && !party.description) problem(file, itemPath, 'a party needs an organisation_id or, when the article names none, a description');
        cited.push(...itemCitationsOf('incident', incident.id, itemPath, `parties[${party.key}]`, party.citations));
      });
      add('incident', entities.incident, incident, path, cited);
    });
    record.penalties.forEach((penalty, i) => {
      const path = `penalties[${i}]`;
      const cited = citationsOf('penalty', penalty.id, path, penalty.citations);
      const currencies = new Set<string>();
      penalty.amount_equivalents.forEach((equivalent, j) => {
        const itemPath = `${path}.amount_equivalents[${j}]`;
        if (!penalty.amount) problem(file, itemPath, 'an equivalent needs the amount it is equivalent to');
        if (equivalent.currency === penalty.amount?.currency || currencies.has(equivalent.currency)) {
          problem(file, `${itemPath}.currency`, `a second amount in ${equivalent.currency}`);
        }
        currencies.add(equivalent.currency);
        const located = itemCitationsOf('penalty', penalty.id, itemPath, `amount_equivalents[${equivalent.currency}]`, equivalent.citations);
        checkMoney(file, itemPath, equivalent, located.map((l) => l.quote));
        cited.push(...located);
      });
      add('penalty', entities.penalty, penalty, path, cited);
    });
    record.statements.forEach((statement, i) => {
      const path = `statements[${i}]`;
      if (Boolean(statement.person_id) === Boolean(statement.organisation_id)) {
        problem(file, path, 'a statement has one speaker: a person_id or an organisation_id');
      }
      const cited = locate('statement', statement.id, path, ['text'], { quote: statement.text, ...(statement.start === undefined ? {} : { start: statement.start }) });
      // The stored text is the article's own characters, whitespace and all.
      add('statement', entities.statement, { ...statement, text: cited[0]?.quote ?? statement.text, source_id: sourceId }, path, cited);
    });
  }

  // --- checks that need every article: citations of each field, values read back, references

  const quotesFor = (entity: Entity<unknown>, field: string) => entity.citations.filter((c) => c.field === field).map((c) => c.quote);

  const requireCited = (kind: Kind, entity: Entity<Record<string, unknown>>) => {
    for (const [key, field] of Object.entries(citedFields[kind].required)) {
      const value = entity.value[key];
      if (value !== null && value !== undefined && quotesFor(entity, field).length === 0) {
        problem(entity.file, `${entity.path}.${key}`, `is not cited: add a citation with "field": "${field}"`);
      }
    }
  };

  const checkName = (entity: Entity<{ name: string }>) => {
    const name = foldName(entity.value.name);
    if (!quotesFor(entity, 'name').some((q) => foldName(q).includes(name))) {
      problem(entity.file, `${entity.path}.name`, `"${entity.value.name}" is in none of the quotes cited for "name"`);
    }
  };

  const exists = (kind: Kind, map: Map<string, unknown>, entity: Entity<unknown>, key: string, id: string | null) => {
    if (id !== null && !map.has(id)) problem(entity.file, `${entity.path}.${key}`, `no ${kind} has the id "${id}"`);
  };

  for (const entity of entities.regulator.values()) {
    requireCited('regulator', entity as never);
    checkName(entity);
  }
  for (const entity of entities.organisation.values()) {
    requireCited('organisation', entity as never);
    checkName(entity);
  }
  for (const entity of entities.person.values()) {
    requireCited('person', entity as never);
    checkName(entity);
    exists('organisation', entities.organisation, entity, 'organisation_id', entity.value.organisation_id);
    exists('regulator', entities.regulator, entity, 'regulator_id', entity.value.regulator_id);
  }
  for (const entity of entities.incident.values()) {
    requireCited('incident', entity as never);
    const { occurred_from: from, occurred_to: to } = entity.value;
    if (from) checkDate(entity.file, `${entity.path}.occurred_from`, from, quotesFor(entity, 'occurred_from'));
    if (to) checkDate(entity.file, `${entity.path}.occurred_to`, to, quotesFor(entity, 'occurred_to'));
    if (to && !from) problem(entity.file, `${entity.path}.occurred_to`, 'a range needs occurred_from');
    if (from && to && to.date < from.date) problem(entity.file, `${entity.path}.occurred_to`, 'ends before occurred_from');
    entity.value.parties.forEach((party, j) =>
      exists('organisation', entities.organisation, entity, `parties[${j}].organisation_id`, party.organisation_id),
    );
  }
  for (const entity of entities.penalty.values()) {
    const penalty = entity.value;
    requireCited('penalty', entity as never);
    if (penalty.amount) checkMoney(entity.file, `${entity.path}.amount`, penalty.amount, quotesFor(entity, 'amount'));
    if (penalty.issued_on) checkDate(entity.file, `${entity.path}.issued_on`, penalty.issued_on, quotesFor(entity, 'issued_on'));
    exists('regulator', entities.regulator, entity, 'regulator_id', penalty.regulator_id);
    exists('organisation', entities.organisation, entity, 'organisation_id', penalty.organisation_id);
    exists('incident', entities.incident, entity, 'incident_id', penalty.incident_id);
    exists('person', entities.person, entity, 'signed_by_person_id', penalty.signed_by_person_id);
    exists('penalty', entities.penalty, entity, 'supersedes_penalty_id', penalty.supersedes_penalty_id);
    // A chain of supersessions must end.
    const seen = new Set([penalty.id]);
    for (let next = penalty.supersedes_penalty_id; next; next = entities.penalty.get(next)?.value.supersedes_penalty_id ?? null) {
      if (seen.has(next)) {
        problem(entity.file, `${entity.path}.supersedes_penalty_id`, 'supersessions form a cycle');
        break;
      }
      seen.add(next);
    }
  }
  for (const entity of entities.statement.values()) {
    const s = entity.value;
    exists('person', entities.person, entity, 'person_id', s.person_id);
    exists('organisation', entities.organisation, entity, 'organisation_id', s.organisation_id);
    exists('incident', entities.incident, entity, 'incident_id', s.incident_id);
    exists('penalty', entities.penalty, entity, 'penalty_id', s.penalty_id);
  }

  if (problems.length > 0) throw new SeedCompileError(problems);
  return buildTables(sourceRows, entities);

  // --- value checks: the words quoted must say what the record says ---------------------------

  function checkContained(file: string, path: string, words: string, quotes: string[]) {
    if (quotes.length > 0 && !quotes.some((q) => foldWhitespace(q).includes(foldWhitespace(words)))) {
      problem(file, path, `"${words}" is in none of its quotes`);
    }
  }

  function checkDate(file: string, path: string, date: { date: string; precision: string; text: string }, quotes: string[]) {
    checkContained(file, `${path}.text`, date.text, quotes);
    const read = parsePartialDate(date.text);
    if (!read) problem(file, `${path}.text`, `"${date.text}" cannot be read as a date with a year`);
    else if (read.date !== date.date || read.precision !== date.precision) {
      problem(file, path, `"${date.text}" reads as ${read.date} (${read.precision}), not ${date.date} (${date.precision})`);
    }
  }

  function checkMoney(file: string, path: string, money: { amount_minor: number; currency: string; amount_text: string; amount_qualifier: string }, quotes: string[]) {
    checkContained(file, `${path}.amount_text`, money.amount_text, quotes);
    try {
      const read = parseMoney(money.amount_text, money.currency);
      if (!read.currencies.includes(money.currency)) {
        problem(file, `${path}.currency`, `"${money.amount_text}" is in ${read.currencies.join(' or ')}, not ${money.currency}`);
      }
      if (read.amount_minor !== money.amount_minor) {
        problem(file, `${path}.amount_minor`, `"${money.amount_text}" is ${read.amount_minor} minor units, not ${money.amount_minor}`);
      }
      if (read.amount_qualifier !== money.amount_qualifier) {
        problem(file, `${path}.amount_qualifier`, `"${money.amount_text}" is ${read.amount_qualifier}, not ${money.amount_qualifier}`);
      }
    } catch (error) {
      if (!(error instanceof MoneyParseError)) throw error;
      problem(file, `${path}.amount_text`, error.message);
    }
  }

  function checkQuantity(file: string, path: string, q: IncidentRecord['quantities'][number], quotes: string[]) {
    checkContained(file, `${path}.text`, q.text, quotes);
    try {
      const read = parseQuantity(q.text);
      if (read.value !== q.value) problem(file, `${path}.value`, `"${q.text}" is ${read.value}, not ${q.value}`);
      if (read.value_max !== q.value_max) problem(file, `${path}.value_max`, `"${q.text}" has upper bound ${read.value_max}, not ${q.value_max}`);
      if (read.qualifier !== q.qualifier) problem(file, `${path}.qualifier`, `"${q.text}" is ${read.qualifier}, not ${q.qualifier}`);
      if (read.rest && !unitWords[q.unit].includes(read.rest)) {
        problem(file, `${path}.unit`, `"${q.text}" counts ${read.rest}, not ${q.unit}`);
      }
    } catch (error) {
      if (!(error instanceof QuantityParseError)) throw error;
      problem(file, `${path}.text`, error.message);
    }
  }
}

/** Merges two descriptions of one entity: facts must agree; lists of keyed items are united. */
function mergeValues(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
  conflict: (key: string, reason: string) => void,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...left };
  for (const [key, value] of Object.entries(right)) {
    if (key === 'citations') continue;
    const mine = left[key];
    if (Array.isArray(value) && Array.isArray(mine)) {
      const keyOf = (item: Record<string, unknown>) => canonical(item.key ?? item.alias ?? item.category ?? item.currency);
      const items = new Map(mine.map((item: Record<string, unknown>) => [keyOf(item), item]));
      for (const item of value as Record<string, unknown>[]) {
        const other = items.get(keyOf(item));
        if (!other) items.set(keyOf(item), item);
        else if (canonical(withoutCitations(other)) !== canonical(withoutCitations(item))) {
          conflict(`${key}`, `an item differs from the one`);
        }
      }
      merged[key] = [...items.values()];
    } else if (mine === null || mine === undefined) {
      merged[key] = value;
    } else if (value !== null && value !== undefined && canonical(mine) !== canonical(value)) {
      conflict(key, `is ${canonical(value)} here but ${canonical(mine)}`);
    }
  }
  return merged;
}

const typeLabels: Record<string, string> = {
  monetary_penalty: 'monetary penalty',
  undertaking: 'undertaking',
  enforcement_notice: 'enforcement notice',
  reprimand: 'reprimand',
  prosecution: 'prosecution',
  other: 'enforcement action',
};

/** A label for listings: "Staysure.co.uk: monetary penalty of £175,000". */
export function penaltyName(organisationName: string, penalty: Pick<PenaltyRecord, 'type' | 'status' | 'amount'>): string {
  const amount = penalty.amount ? ` of ${penalty.amount.amount_text}` : '';
  const proposed = penalty.status === 'proposed' || penalty.status === 'reduced' ? 'proposed ' : '';
  return `${organisationName}: ${proposed}${typeLabels[penalty.type]}${amount}`;
}

function buildTables(
  sourceRows: Row[],
  entities: {
    regulator: Map<string, Entity<RegulatorRecord>>;
    organisation: Map<string, Entity<OrganisationRecord>>;
    person: Map<string, Entity<PersonRecord>>;
    statement: Map<string, Entity<StatementRecord & { source_id: string }>>;
    incident: Map<string, Entity<IncidentRecord>>;
    penalty: Map<string, Entity<PenaltyRecord>>;
  },
): CompiledDataset {
  const sorted = <T>(map: Map<string, Entity<T>>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  const date = (prefix: string, d: { date: string; precision: string; text: string } | null) => ({
    [prefix]: d?.date ?? null,
    [`${prefix}_precision`]: d?.precision ?? null,
    [`${prefix}_text`]: d?.text ?? null,
  });

  const regulators = sorted(entities.regulator);
  const organisations = sorted(entities.organisation);
  const people = sorted(entities.person);
  const incidents = sorted(entities.incident);
  const statements = sorted(entities.statement);

  // Penalties that others supersede go first, so every foreign key points backwards.
  const penaltiesById = new Map(sorted(entities.penalty).map((e) => [e.value.id, e]));
  const penaltyOrder: Entity<PenaltyRecord>[] = [];
  const placed = new Set<string>();
  const place = (entity: Entity<PenaltyRecord>) => {
    if (placed.has(entity.value.id)) return;
    const earlier = entity.value.supersedes_penalty_id;
    if (earlier) place(penaltiesById.get(earlier)!);
    placed.add(entity.value.id);
    penaltyOrder.push(entity);
  };
  penaltiesById.forEach(place);

  const citationRows: CitationRow[] = [];
  const kindsInOrder: [Kind, Entity<unknown>[]][] = [
    ['regulator', regulators],
    ['organisation', organisations],
    ['person', people],
    ['incident', incidents],
    ['penalty', penaltyOrder],
    ['statement', statements],
  ];
  for (const [kind, list] of kindsInOrder) {
    for (const entity of list) {
      for (const c of entity.citations) {
        const row: CitationRow = {
          source_id: c.sourceId,
          regulator_id: null,
          organisation_id: null,
          person_id: null,
          statement_id: null,
          incident_id: null,
          penalty_id: null,
          field: c.field,
          quote: c.quote,
          quote_start: c.start,
          quote_end: c.end,
        };
        row[citationSubjectColumn[kind]] = c.id;
        citationRows.push(row);
      }
    }
  }

  const organisationName = (id: string) => entities.organisation.get(id)!.value.name;

  const tables: CompiledDataset['tables'] = [
    ['sources', [...sourceRows].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1))],
    ['regulators', regulators.map(({ value: r }) => ({ id: r.id, name: r.name, abbreviation: r.abbreviation, jurisdiction: r.jurisdiction }))],
    [
      'organisations',
      organisations.map(({ value: o }) => ({ id: o.id, name: o.name, sector: o.sector, description: o.description, country: o.country })),
    ],
    ['organisation_aliases', organisations.flatMap(({ value: o }) => o.aliases.map((a) => ({ organisation_id: o.id, alias: a.alias })))],
    [
      'people',
      people.map(({ value: p }) => ({ id: p.id, name: p.name, job_title: p.job_title, organisation_id: p.organisation_id, regulator_id: p.regulator_id })),
    ],
    [
      'incidents',
      incidents.map(({ value: i }) => ({
        id: i.id,
        name: i.name,
        summary: i.summary,
        ...date('occurred_from', i.occurred_from),
        ...date('occurred_to', i.occurred_to),
        discovered_how: i.discovered_how,
        cause: i.cause,
        remediation: i.remediation,
      })),
    ],
    [
      'incident_data_categories',
      incidents.flatMap(({ value: i }) => i.data_categories.map((c) => ({ incident_id: i.id, category: c.category, text: c.text }))),
    ],
    [
      'incident_quantities',
      incidents.flatMap(({ value: i }) =>
        i.quantities.map((q) => ({
          incident_id: i.id,
          key: q.key,
          measure: q.measure,
          value: q.value,
          value_max: q.value_max,
          qualifier: q.qualifier,
          unit: q.unit,
          scope: q.scope,
          text: q.text,
        })),
      ),
    ],
    [
      'incident_parties',
      incidents.flatMap(({ value: i }) =>
        i.parties.map((p) => ({
          incident_id: i.id,
          key: p.key,
          organisation_id: p.organisation_id,
          description: p.description,
          role: p.role,
          certainty: p.certainty,
        })),
      ),
    ],
    [
      'penalties',
      penaltyOrder.map(({ value: p }) => ({
        id: p.id,
        name: penaltyName(organisationName(p.organisation_id), p),
        type: p.type,
        status: p.status,
        regulator_id: p.regulator_id,
        organisation_id: p.organisation_id,
        incident_id: p.incident_id,
        summary: p.summary,
        amount_minor: p.amount?.amount_minor ?? null,
        currency: p.amount?.currency ?? null,
        amount_text: p.amount?.amount_text ?? null,
        amount_qualifier: p.amount?.amount_qualifier ?? null,
        ...date('issued_on', p.issued_on),
        legal_basis: p.legal_basis,
        rationale: p.rationale,
        terms: p.terms,
        signed_by_person_id: p.signed_by_person_id,
        supersedes_penalty_id: p.supersedes_penalty_id,
      })),
    ],
    [
      'penalty_amount_equivalents',
      penaltyOrder.flatMap(({ value: p }) =>
        p.amount_equivalents.map((e) => ({
          penalty_id: p.id,
          amount_minor: e.amount_minor,
          currency: e.currency,
          amount_text: e.amount_text,
          amount_qualifier: e.amount_qualifier,
        })),
      ),
    ],
    [
      'statements',
      statements.map(({ value: s }) => ({
        id: s.id,
        source_id: s.source_id,
        person_id: s.person_id,
        organisation_id: s.organisation_id,
        incident_id: s.incident_id,
        penalty_id: s.penalty_id,
        text: s.text,
      })),
    ],
    ['citations', citationRows.map((row, i) => ({ id: i + 1, ...row }))],
  ];

  const version = sha256(canonical(tables)).slice(0, 16);
  return { version, tables };
}
