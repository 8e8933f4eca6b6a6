// Where the migrations are and what drizzle's journal says about them. Resolved from this file,
// not the working directory, so the server finds them wherever it is started from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

export interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

export const journalPath = (folder = migrationsFolder) => join(folder, 'meta', '_journal.json');

export function readJournal(folder = migrationsFolder): { version: string; dialect: string; entries: JournalEntry[] } {
  return JSON.parse(readFileSync(journalPath(folder), 'utf8'));
}

export const seedMigrationSuffix = '_seed_data';

/** The newest migration that loads the dataset, which is the one a fresh database ends with. */
export function latestSeedMigration(folder = migrationsFolder): { entry: JournalEntry; file: string } | null {
  const entry = readJournal(folder).entries.filter((e) => e.tag.endsWith(seedMigrationSuffix)).at(-1);
  return entry ? { entry, file: join(folder, `${entry.tag}.sql`) } : null;
}
