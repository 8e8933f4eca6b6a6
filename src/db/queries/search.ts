// Full-text search: turns what a user typed into an FTS5 query that cannot be a syntax error.
// Each whitespace-separated chunk becomes a quoted phrase of its letters and digits, so FTS5
// operators (AND, OR, NOT, NEAR), quotes, brackets, colons and carets are searched as words or
// ignored, never interpreted. A `*` at the end of a chunk keeps its meaning: a prefix ("tick*").
import { sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Filter } from './shared.js';

export function matchExpression(text: string): string | null {
  const phrases: string[] = [];
  for (const chunk of text.normalize('NFKC').split(/\s+/u)) {
    const words = chunk.match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    phrases.push(`"${words.join(' ')}"${chunk.endsWith('*') ? '*' : ''}`);
  }
  return phrases.length > 0 ? phrases.join(' ') : null;
}

// The FTS5 tables of migrations/0001_search.sql, and the column naming the record each row indexes.
const indexes = {
  penalties_search: 'penalty_id',
  organisations_search: 'organisation_id',
  incidents_search: 'incident_id',
} as const;

/** Records whose index row matches `text`. Text with no letters or digits matches nothing, rather than being an error. */
export function textSearchFilter(id: SQLiteColumn, index: keyof typeof indexes, text: string): Filter {
  const match = matchExpression(text);
  if (match === null) return { shape: 'q:none', condition: sql`0`, params: {} };
  const table = sql.identifier(index);
  return {
    shape: 'q',
    condition: sql`${id} IN (SELECT ${sql.identifier(indexes[index])} FROM ${table} WHERE ${table} MATCH ${sql.placeholder('q')})`,
    params: { q: match },
  };
}
