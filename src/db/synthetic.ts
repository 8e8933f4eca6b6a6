// Deterministic synthetic data of the dataset's shape, for tests of paging and filtering at sizes
// the three seed articles cannot reach, and for benchmarks. Never loaded into the served default
// database: callers pass a database of their own. Same seed, same rows.
import { rmSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { SqliteDatabase } from './connection.js';
import { rebuildDerivedStatements, rebuildPenaltyTotalsStatements } from './derived-tables.js';
import { startSiblingWorker } from './worker-thread.js';
import {
  dataCategories,
  partyRoles,
  penaltyStatuses,
  penaltyTypes,
  quantityQualifiers,
  sectors,
} from '../vocabulary.js';
import { toMajor } from '../normalise/money.js';

/** mulberry32: a small, fast, seeded PRNG, good enough for test data. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

export interface SyntheticOptions {
  penalties: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  // Called as each phase after the rows begins: checks, indexes, each derived table, statistics;
  // `at` (Date.now()) when the phase began in another thread and is reported late.
  onPhase?: (phase: string, at?: number) => void;
}

const currencies = ['GBP', 'GBP', 'GBP', 'EUR', 'EUR', 'USD', 'JPY'] as const;
const words = ['Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Acme', 'Vandelay', 'Tyrell', 'Cyberdyne', 'Soylent', 'Wonka'];
const suffixes = ['Ltd', 'plc', 'Group', 'Holdings', 'Services', 'Trust', 'Council', 'Bank', 'Insurance', 'Telecom'];
const causes = ['an unpatched web server', 'a phishing email', 'a misdirected email', 'a lost laptop', 'a misconfigured database', 'a rogue employee', 'a ransomware attack', 'nuisance calls'];

// Names as a register of organisations has them: a few words are common (as "Services" and
// "Group" are) and most are rare, so a search for an organisation's name finds a handful and a
// search for a common word finds many. The words above are the commonest of 4,000 more, made from
// syllables, drawn with Zipf's law (the k-th commonest in proportion to 1/k).
const nameWords = (() => {
  const onsets = ['B', 'C', 'D', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'W', 'Br', 'Cr', 'Dr', 'Fr', 'Gr', 'Tr', 'St', 'Bl', 'Cl'];
  const vowels = ['a', 'e', 'i', 'o', 'u'];
  const middles = ['l', 'm', 'n', 'r', 'v', 's', 'nd', 'rt'];
  const endings = ['a', 'on', 'er', 'ix', 'ford', 'ley', 'wick'];
  const made = new Set<string>();
  for (let i = 0; made.size < 4000; i += 1) {
    const digit = (base: number, place: number) => Math.floor(i / place) % base;
    made.add(`${onsets[digit(25, 1)]}${vowels[digit(5, 25)]}${middles[digit(8, 125)]}${endings[digit(7, 1000)]}`);
  }
  return [...words, ...[...made].filter((w) => !words.includes(w))];
})();
const nameWordShares = (() => {
  let total = 0;
  const cumulative = nameWords.map((_, k) => (total += 1 / (k + 1)));
  return cumulative.map((c) => c / total);
})();
function nameWord(random: ReturnType<typeof prng>): string {
  const x = random.next();
  let low = 0;
  let high = nameWordShares.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (nameWordShares[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return nameWords[low]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Index = { name: string; sql: string };

/**
 * Replaces the data in `sqlite` (already migrated) with synthetic data: n penalties, about n/5
 * organisations with aliases, n/2 incidents with parties, citations, over twenty years.
 */
export function fillSynthetic(sqlite: SqliteDatabase, options: SyntheticOptions): void {
  withRowChecksDeferred(sqlite, () =>
    sqlite.transaction(() => {
      const indexes = writeRows(sqlite, options);
      buildIndexes(sqlite, indexes, options);
      buildDerived(sqlite, rebuildDerivedStatements, options);
      analyse(sqlite, options);
    })(),
  );
  options.onProgress?.(options.penalties, options.penalties);
}

// The rows are checked once, in bulk, after they are written (quick_check tests every CHECK and
// NOT NULL, foreign_key_check every reference) rather than row by row, which costs three times the load.
function withRowChecksDeferred(sqlite: SqliteDatabase, load: () => void) {
  const enforced = { checks: sqlite.pragma('ignore_check_constraints', { simple: true }), keys: sqlite.pragma('foreign_keys', { simple: true }) };
  sqlite.pragma('ignore_check_constraints = ON');
  sqlite.pragma('foreign_keys = OFF');
  try {
    load();
  } finally {
    sqlite.pragma(`ignore_check_constraints = ${enforced.checks ? 'ON' : 'OFF'}`);
    sqlite.pragma(`foreign_keys = ${enforced.keys ? 'ON' : 'OFF'}`);
  }
}

/** The data tables' rows, checked, with their indexes dropped (returned, to be built after the rows). */
function writeRows(sqlite: SqliteDatabase, options: SyntheticOptions): Index[] {
  const random = prng(options.seed ?? 1);
  const n = options.penalties;
  const organisationCount = Math.max(1, Math.floor(n / 5));
  const incidentCount = Math.max(1, Math.floor(n / 2));
  const sourceCount = Math.max(1, Math.ceil(n / 1000));

  const insert = (table: string, columns: string[]) =>
    sqlite.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);

  const tables = ['citations', 'statements', 'penalty_amount_equivalents', 'penalties', 'incident_parties', 'incident_quantities', 'incident_data_categories', 'incidents', 'people', 'organisation_aliases', 'organisations', 'sources'];

  const sourceText = (i: number) => `Synthetic source ${i}. The regulator fined an organisation. The breach affected customers. An undertaking was signed.`;
  const sentences = ['The regulator fined an organisation.', 'The breach affected customers.', 'An undertaking was signed.'];

  // A bulk load: indexes are dropped first and built after the rows, which is many times faster
  // than keeping a dozen B-trees sorted through millions of random inserts.
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '%_search%'")
    .all() as Index[];

  for (const index of indexes) sqlite.prepare(`DROP INDEX "${index.name}"`).run();
  for (const table of tables) sqlite.prepare(`DELETE FROM ${table}`).run();
  sqlite.prepare(`INSERT OR IGNORE INTO regulators (id, name, abbreviation) VALUES ('ico', 'Information Commissioner''s Office', 'ICO')`).run();
  sqlite.prepare(`INSERT OR IGNORE INTO regulators (id, name, abbreviation, jurisdiction) VALUES ('cnil', 'Commission nationale de l''informatique et des libertés', 'CNIL', 'FR')`).run();
  sqlite.prepare(`INSERT OR IGNORE INTO regulators (id, name, abbreviation, jurisdiction) VALUES ('dpc', 'Data Protection Commission', 'DPC', 'IE')`).run();

  const addSource = insert('sources', ['id', 'file_name', 'title', 'sha256', 'byte_length', 'char_length', 'text']);
  for (let i = 0; i < sourceCount; i += 1) {
    const text = sourceText(i);
    addSource.run(`synthetic-source-${i}`, `synthetic-${i}.txt`, `Synthetic source ${i}`, '0'.repeat(64), Buffer.byteLength(text), text.length, text);
  }
  const citation = insert('citations', ['source_id', 'organisation_id', 'incident_id', 'penalty_id', 'field', 'quote', 'quote_start', 'quote_end']);
  const cite = (subject: 'organisation' | 'incident' | 'penalty', id: string, field: string | null) => {
    const source = random.int(0, sourceCount - 1);
    const text = sourceText(source);
    const quote = random.pick(sentences);
    const start = text.indexOf(quote);
    citation.run(`synthetic-source-${source}`, subject === 'organisation' ? id : null, subject === 'incident' ? id : null, subject === 'penalty' ? id : null, field, quote, start, start + quote.length);
  };

  const addOrganisation = insert('organisations', ['id', 'name', 'sector', 'description', 'country']);
  const addAlias = insert('organisation_aliases', ['organisation_id', 'alias']);
  const organisationNames: string[] = [];
  for (let i = 0; i < organisationCount; i += 1) {
    const name = `${nameWord(random)} ${nameWord(random)} ${random.pick(suffixes)} ${i}`;
    organisationNames.push(name);
    const id = `org-${pad(i, 7)}`;
    addOrganisation.run(id, name, random.chance(0.8) ? random.pick(sectors) : null, random.chance(0.5) ? 'a synthetic organisation' : null, random.chance(0.6) ? random.pick(['GB', 'IE', 'FR', 'DE', 'US']) : null);
    if (random.chance(0.3)) addAlias.run(id, `${name.split(' ')[0]} ${i}`);
    cite('organisation', id, 'name');
  }

  const addIncident = insert('incidents', ['id', 'name', 'summary', 'occurred_from', 'occurred_from_precision', 'occurred_from_text', 'cause']);
  const addParty = insert('incident_parties', ['incident_id', 'key', 'organisation_id', 'description', 'role', 'certainty']);
  const addCategory = insert('incident_data_categories', ['incident_id', 'category', 'text']);
  const addQuantity = insert('incident_quantities', ['incident_id', 'key', 'measure', 'value', 'qualifier', 'unit', 'text']);
  const incidentOrganisation: string[] = [];
  for (let i = 0; i < incidentCount; i += 1) {
    const id = `incident-${pad(i, 7)}`;
    const organisation = random.int(0, organisationCount - 1);
    incidentOrganisation.push(`org-${pad(organisation, 7)}`);
    const dated = random.chance(0.85);
    const year = random.int(2005, 2024);
    const month = random.int(1, 12);
    addIncident.run(
      id,
      `${organisationNames[organisation]} incident ${i}`,
      `Personal data was exposed through ${random.pick(causes)}.`,
      dated ? `${year}-${pad(month)}` : null,
      dated ? 'month' : null,
      dated ? `${monthNames[month - 1]} ${year}` : null,
      random.pick(causes),
    );
    addParty.run(id, 'controller', `org-${pad(organisation, 7)}`, null, 'controller', 'stated');
    if (random.chance(0.4)) {
      const other = random.int(0, organisationCount - 1);
      if (other !== organisation) addParty.run(id, 'other-party', `org-${pad(other, 7)}`, null, random.pick(partyRoles.filter((r) => r !== 'controller')), random.chance(0.8) ? 'stated' : 'suspected');
    }
    addCategory.run(id, random.pick(dataCategories), 'personal data');
    const affected = random.int(1, 5_000_000);
    addQuantity.run(id, 'people-affected', 'people_affected', affected, 'exact', 'people', affected.toLocaleString('en-GB'));
    cite('incident', id, 'summary');
  }

  const addPenalty = insert('penalties', [
    'id', 'name', 'type', 'status', 'regulator_id', 'organisation_id', 'incident_id', 'summary',
    'amount_minor', 'currency', 'amount_text', 'amount_qualifier', 'issued_on', 'issued_on_precision', 'issued_on_text',
  ]);
  for (let i = 0; i < n; i += 1) {
    const id = `penalty-${pad(i, 7)}`;
    const incident = random.int(0, incidentCount - 1);
    const organisation = incidentOrganisation[incident]!;
    const type = random.chance(0.6) ? 'monetary_penalty' : random.pick(penaltyTypes);
    const hasAmount = type === 'monetary_penalty' ? random.chance(0.95) : random.chance(0.05);
    const currency = random.pick(currencies);
    // A few round figures recur, so sorting by amount has many ties.
    const major = random.chance(0.3) ? random.pick([1000, 50_000, 100_000, 500_000]) : random.int(1, 20_000_000);
    const minor = currency === 'JPY' ? major : major * 100;
    const precision = random.pick(['year', 'month', 'month', 'day', 'day', 'day'] as const);
    const dated = random.chance(0.9);
    const year = random.int(2005, 2024);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const date = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const dateText = precision === 'year' ? `${year}` : precision === 'month' ? `${monthNames[month - 1]} ${year}` : `${day} ${monthNames[month - 1]} ${year}`;
    const amountText = hasAmount ? `${currency} ${toMajor(minor, currency)}` : null;
    addPenalty.run(
      id,
      `Synthetic penalty ${i}`,
      type,
      random.pick(penaltyStatuses),
      random.chance(0.8) ? 'ico' : random.pick(['cnil', 'dpc']),
      organisation,
      random.chance(0.9) ? `incident-${pad(incident, 7)}` : null,
      `A synthetic ${type.replaceAll('_', ' ')} about ${random.pick(causes)}.`,
      hasAmount ? minor : null,
      hasAmount ? currency : null,
      amountText,
      hasAmount ? random.pick(quantityQualifiers) : null,
      dated ? date : null,
      dated ? precision : null,
      dated ? dateText : null,
    );
    cite('penalty', id, 'type');
    if (hasAmount) cite('penalty', id, 'amount');
    if (options.onProgress && (i + 1) % 10_000 === 0) options.onProgress(i + 1, n);
  }
  // The rows are checked before any index or derived table is built: what is checked is what
  // this code wrote, and the walk then covers the tables alone, not 42 indexes and the documents.
  options.onPhase?.('checks');
  const broken = sqlite.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  if (broken[0]?.quick_check !== 'ok') throw new Error(`synthetic data breaks a constraint: ${broken.map((b) => b.quick_check).join('; ')}`);
  const dangling = sqlite.prepare('PRAGMA foreign_key_check').all();
  if (dangling.length > 0) throw new Error(`synthetic data has dangling references: ${JSON.stringify(dangling.slice(0, 3))}`);
  const version = sqlite.prepare(`UPDATE dataset SET version = ? WHERE id = 1`);
  version.run(`${(options.seed ?? 1).toString(16)}${n.toString(16)}`.padEnd(16, '0').slice(0, 16));
  return indexes;
}

/** A derived-table statement's table and, for an INSERT … SELECT, its query; null for a DELETE. */
export function derivedStatementParts(statement: string): { table: string; select: string } | null {
  const match = /^INSERT INTO (\w+) \([^)]*\)\s*(SELECT[\s\S]*)$/u.exec(statement);
  if (match) return { table: match[1]!, select: match[2]! };
  if (/^DELETE FROM \w+$/u.test(statement)) return null;
  throw new Error(`not a derived-table statement this builder knows: ${statement.slice(0, 60)}`);
}

/** A throwaway bulk build: no journal, no fsync, a large cache, sorts in memory, one connection's lock on its file. A crash leaves a file to delete, not to trust. */
export function useBulkLoadSettings(sqlite: SqliteDatabase) {
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('main.locking_mode = EXCLUSIVE');
}

function buildIndexes(sqlite: SqliteDatabase, indexes: Index[], options: SyntheticOptions, phase = 'indexes') {
  options.onPhase?.(phase);
  for (const index of indexes) sqlite.prepare(index.sql).run();
}

export function buildDerived(sqlite: SqliteDatabase, statements: readonly string[], options: Pick<SyntheticOptions, 'onPhase'>) {
  for (const statement of statements) {
    const table = derivedStatementParts(statement)?.table;
    if (table) options.onPhase?.(table);
    sqlite.prepare(statement).run();
  }
}

// Statistics for the query planner, as a real dataset of this size would have.
function analyse(sqlite: SqliteDatabase, options: SyntheticOptions) {
  options.onPhase?.('statistics');
  sqlite.prepare('ANALYZE').run();
}

/**
 * fillSynthetic for a database file, using two cores. Once the rows are committed, a worker thread
 * (synthetic-worker.ts) builds the full-text indexes and the penalty documents into a file of its
 * own while this thread builds the indexes and the totals; the worker's tables are then copied in.
 * The same seed gives the same rows and derived tables as fillSynthetic (test/db/synthetic.test.ts).
 * On failure the file is left half-built: the caller deletes it.
 */
export async function fillSyntheticFile(sqlite: SqliteDatabase, options: SyntheticOptions): Promise<void> {
  const path = sqlite.name;
  // The totals read only penalties and are quick: they stay here. Every other derived table (the
  // search indexes, the documents, and any added later) is the worker's.
  const inWorker = rebuildDerivedStatements.filter((statement) => !rebuildPenaltyTotalsStatements.includes(statement));
  // The worker reads a snapshot: the indexes its lookups search (citations by penalty, aliases by
  // organisation…) are built and committed before it starts, or each lookup would scan a table.
  const searched = indexesSearchedBy(sqlite, inWorker);
  let indexes: Index[] = [];
  withRowChecksDeferred(sqlite, () =>
    sqlite.transaction(() => {
      indexes = writeRows(sqlite, options);
      buildIndexes(sqlite, indexes.filter((index) => searched.has(index.name)), options, 'indexes the worker searches');
    })(),
  );

  const settings = {
    locking: sqlite.pragma('main.locking_mode', { simple: true }) as string,
    spill: sqlite.pragma('cache_spill', { simple: true }) as number,
    busy: sqlite.pragma('busy_timeout', { simple: true }) as number,
  };
  const derivedPath = `${path}-derived`;
  let worker: Worker | null = null;
  try {
    sqlite.pragma('main.locking_mode = NORMAL');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // gives up an exclusive lock
    sqlite.pragma('busy_timeout = 3600000');
    rmSync(derivedPath, { force: true });
    worker = startSiblingWorker(import.meta.url, 'synthetic-worker', { workerData: { source: path, target: derivedPath, statements: inWorker } });
    const { reading, done } = progressOf(worker, options);
    // Once the worker holds its read of the rows, this connection builds the other indexes in its
    // cache without spilling (about 1.2 GB at a million penalties): nothing reaches the file before
    // the commit, which waits for the worker's read to end. (In WAL mode instead, the index build
    // ran much slower.)
    await reading;
    sqlite.pragma('cache_spill = OFF');
    sqlite.transaction(() => {
      buildIndexes(sqlite, indexes.filter((index) => !searched.has(index.name)), options);
      buildDerived(sqlite, rebuildPenaltyTotalsStatements, options);
    })();
    sqlite.pragma(`cache_spill = ${settings.spill}`);
    await done;
    copyTables(sqlite, derivedPath, options);
    analyse(sqlite, options);
  } finally {
    await worker?.terminate();
    rmSync(derivedPath, { force: true });
    sqlite.pragma(`cache_spill = ${settings.spill}`);
    sqlite.pragma(`busy_timeout = ${settings.busy}`);
    sqlite.pragma(`main.locking_mode = ${settings.locking}`);
  }
  options.onProgress?.(options.penalties, options.penalties);
}

type WorkerMessage = { reading: true } | { phase: string; at: number } | { done: true } | { failed: string };

/** When the worker has begun reading the rows, and when it is done; either fails with the worker. */
function progressOf(worker: Worker, options: SyntheticOptions) {
  let started!: { resolve: () => void; reject: (error: Error) => void };
  let finished!: typeof started;
  const reading = new Promise<void>((resolve, reject) => (started = { resolve, reject }));
  const done = new Promise<void>((resolve, reject) => (finished = { resolve, reject }));
  const fail = (error: Error) => {
    started.reject(error);
    finished.reject(error);
  };
  worker.on('message', (message: WorkerMessage) => {
    if ('reading' in message) started.resolve();
    else if ('done' in message) finished.resolve();
    else if ('failed' in message) fail(new Error(`building the derived tables failed: ${message.failed}`));
    else options.onPhase?.(message.phase, message.at);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the derived-tables worker exited with ${code} before it was done`)));
  // Each is awaited in turn; if this thread fails first, its own error is the one reported.
  reading.catch(() => undefined);
  done.catch(() => undefined);
  return { reading, done };
}

/** The indexes that the query plans of these INSERT … SELECT statements search, on the database as migrated. */
function indexesSearchedBy(sqlite: SqliteDatabase, statements: readonly string[]): Set<string> {
  const searched = new Set<string>();
  for (const statement of statements) {
    const parts = derivedStatementParts(statement);
    if (!parts) continue;
    for (const { detail } of sqlite.prepare(`EXPLAIN QUERY PLAN ${parts.select}`).all() as { detail: string }[]) {
      const index = /USING (?:COVERING )?INDEX (\w+)/u.exec(detail)?.[1];
      if (index) searched.add(index);
    }
  }
  return searched;
}

// A full-text index is copied as its shadow tables, as the sqlite3 shell's .dump restores one;
// writing a shadow table takes better-sqlite3's unsafe mode (SQLITE_DBCONFIG_DEFENSIVE off). This
// connection has never opened these FTS5 tables, so it holds no cached copy of their structure.
function copyTables(sqlite: SqliteDatabase, fromPath: string, options: SyntheticOptions) {
  options.onPhase?.('copying the worker\'s tables');
  sqlite.prepare('ATTACH ? AS derived').run(fromPath);
  sqlite.unsafeMode(true);
  try {
    const tables = sqlite.prepare("SELECT name FROM derived.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
    sqlite.transaction(() => {
      for (const table of tables) {
        sqlite.prepare(`DELETE FROM main."${table}"`).run();
        sqlite.prepare(`INSERT INTO main."${table}" SELECT * FROM derived."${table}"`).run();
      }
    })();
  } finally {
    sqlite.unsafeMode(false);
    sqlite.prepare('DETACH derived').run();
  }
}
