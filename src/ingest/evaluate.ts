// Drafts every article of a folder laid out like seeds/ and scores each draft against the curated
// record beside it: the figures `npm run ingest -- --evaluate` prints and the tests hold to.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedCompileError, compileSeeds } from '../seeds/compile.js';
import { type Comparison, type FieldCounts, type KeyField, addCounts, compareRecords, keyFields } from './compare.js';
import { draftRecord } from './extract.js';

export interface ArticleResult {
  name: string;
  comparison: Comparison;
  // What the compiler said of the draft, alone in a seeds folder; empty when it passes.
  problems: string[];
  reviewMarks: number;
}

/** The compiler's problems with `record` as the record of `article`, review marks allowed. */
export function validateDraft(article: string, record: unknown): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  try {
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'records'));
    writeFileSync(join(dir, 'articles', 'draft.txt'), article);
    writeFileSync(join(dir, 'records', 'draft.json'), JSON.stringify(record));
    compileSeeds(dir, { allowReview: true });
    return [];
  } catch (error) {
    if (error instanceof SeedCompileError) return error.problems.map((p) => `${p.path}: ${p.reason}`);
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function evaluateFolder(dir: string): { articles: ArticleResult[]; fields: Record<KeyField, FieldCounts> } {
  const fields = Object.fromEntries(keyFields.map((f) => [f, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }])) as Record<KeyField, FieldCounts>;
  const articles: ArticleResult[] = [];
  for (const file of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/u, '');
    const text = readFileSync(join(dir, 'articles', file), 'utf8');
    const curated = JSON.parse(readFileSync(join(dir, 'records', `${name}.json`), 'utf8'));
    const { record, review } = draftRecord(text, `draft-${name}`.slice(0, 60).replace(/[^a-z0-9]+/gu, '-').replace(/-+$/u, ''));
    const comparison = compareRecords(record as never, curated);
    addCounts(fields, comparison.fields);
    articles.push({ name, comparison, problems: validateDraft(text, record), reviewMarks: review.length });
  }
  return { articles, fields };
}
