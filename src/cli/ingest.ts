// npm run ingest -- <article.txt> [--seeds <dir>] [--name <name>]
//   Copies the article into seeds/articles/ and writes a draft seeds/records/<name>.json: every
//   value cited with its quote and offset, every guess listed under "review". The draft must pass
//   the compiler (review marks allowed) or nothing is written.
// npm run ingest -- --compare <draft.json> <curated.json>
//   Field-level precision and recall of a draft against a curated record.
// npm run ingest -- --evaluate <dir>...
//   Drafts every article of folders laid out like seeds/ and scores each against its record.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type DraftContext, draftRecord } from '../ingest/extract.js';
import { slugify } from '../ingest/text.js';
import { type FieldCounts, type KeyField, compareRecords, keyFields, normaliseName, precision, recall, total } from '../ingest/compare.js';
import { evaluateFolder } from '../ingest/evaluate.js';
import { SeedCompileError, compileSeeds } from '../seeds/compile.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string', default: join(root, 'seeds') },
    name: { type: 'string' },
    compare: { type: 'boolean', default: false },
    evaluate: { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

function printScores(fields: Record<KeyField, FieldCounts>) {
  const rows = [...keyFields.map((field) => [field, fields[field]] as const), ['all key fields', total(fields)] as const];
  console.log('| field | precision | recall | agreed | drafted, wrong or extra | curated, missed |');
  console.log('|---|---|---|---|---|---|');
  for (const [field, counts] of rows) {
    console.log(`| ${field} | ${percent(precision(counts))} | ${percent(recall(counts))} | ${counts.truePositives} | ${counts.falsePositives} | ${counts.falseNegatives} |`);
  }
}

const readJson = (path: string) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as Error).message}`);
  }
};

if (options.compare) {
  if (positionals.length !== 2) fail('usage: npm run ingest -- --compare <draft.json> <curated.json>');
  const comparison = compareRecords(readJson(positionals[0]!) as never, readJson(positionals[1]!) as never);
  printScores(comparison.fields);
  for (const miss of comparison.misses) console.log(`- ${miss}`);
  process.exit(0);
}

if (options.evaluate) {
  if (positionals.length === 0) fail('usage: npm run ingest -- --evaluate <dir>...');
  for (const dir of positionals) {
    if (!existsSync(join(dir, 'articles')) || !existsSync(join(dir, 'records'))) fail(`${dir} is not laid out like seeds/: it needs articles/ and records/`);
  }
  for (const dir of positionals) {
    const { articles, fields } = evaluateFolder(dir);
    console.log(`\n## ${dir}: ${articles.length} articles`);
    for (const article of articles) {
      const state = article.problems.length > 0 ? `DOES NOT COMPILE: ${article.problems.join('; ')}` : `compiles, ${article.reviewMarks} review marks`;
      console.log(`- ${article.name}: ${state}`);
      for (const miss of article.comparison.misses) console.log(`  - ${miss}`);
    }
    console.log('');
    printScores(fields);
  }
  process.exit(0);
}

// --- drafting a new article ---------------------------------------------------------------------

if (positionals.length !== 1) fail('usage: npm run ingest -- <article.txt> [--seeds <dir>] [--name <name>]');
const articlePath = positionals[0]!;
if (!existsSync(articlePath)) fail(`no such file: ${articlePath}`);
const bytes = readFileSync(articlePath);
const text = bytes.toString('utf8');
if (!Buffer.from(text, 'utf8').equals(bytes)) fail(`${articlePath} is not valid UTF-8`);
if (!text.trim()) fail(`${articlePath} is empty`);

const seedsDir = options.seeds;
if (!existsSync(join(seedsDir, 'articles')) || !existsSync(join(seedsDir, 'records'))) fail(`${seedsDir} is not laid out like seeds/: it needs articles/ and records/`);
const articlesDir = join(seedsDir, 'articles');
const recordsDir = join(seedsDir, 'records');
const existingArticles = readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort();
const hash = createHash('sha256').update(bytes).digest('hex');
for (const file of existingArticles) {
  if (createHash('sha256').update(readFileSync(join(articlesDir, file))).digest('hex') === hash) fail(`${articlePath} is already in the dataset as ${join(articlesDir, file)}`);
}
const name = options.name ?? `${String(existingArticles.length).padStart(3, '0')}_${hash.slice(0, 16)}`;
if (!/^[\w-]+$/u.test(name)) fail(`--name must be letters, digits, _ and -: ${name}`);
const articleTarget = join(articlesDir, `${name}.txt`);
const recordTarget = join(recordsDir, `${name}.json`);
if (existsSync(articleTarget) || existsSync(recordTarget)) fail(`${name} is taken: ${articleTarget} or ${recordTarget} exists`);

// What the dataset already says, so the draft names known regulators and organisations its way.
const context: DraftContext = { regulators: new Map(), organisations: new Map() };
const sourceIds = new Set<string>();
for (const file of readdirSync(recordsDir).filter((f) => f.endsWith('.json'))) {
  const record = readJson(join(recordsDir, file)) as {
    source?: { id?: string };
    regulators?: { id: string; name: string }[];
    organisations?: { id: string; name: string; aliases?: { alias: string }[] }[];
  };
  if (record.source?.id) sourceIds.add(record.source.id);
  for (const r of record.regulators ?? []) context.regulators.set(r.id, { name: r.name });
  for (const o of record.organisations ?? []) {
    for (const known of [o.name, ...(o.aliases ?? []).map((a) => a.alias)]) context.organisations.set(normaliseName(known), { id: o.id, name: o.name });
  }
}
const headline = text.trim().split('\n')[0]!;
const headlineSlug = slugify(headline).slice(0, 50).replace(/-+$/u, '');
let sourceId = headlineSlug;
for (let n = 2; sourceIds.has(sourceId); n += 1) sourceId = `${headlineSlug}-${n}`;

const { record, review } = draftRecord(text, sourceId, context);
writeFileSync(articleTarget, bytes);
writeFileSync(recordTarget, `${JSON.stringify(record, null, 2)}\n`);
try {
  compileSeeds(seedsDir, { allowReview: true });
} catch (error) {
  rmSync(articleTarget);
  rmSync(recordTarget);
  if (!(error instanceof SeedCompileError)) throw error;
  fail(`the draft does not compile, so nothing was written (a bug in the extractor: please report it with the article):\n${error.message}`);
}

const drafted = record as { penalties: { id: string; type: string; status: string; amount: { amount_text: string } | null }[] };
console.log(`wrote ${articleTarget} (a copy of ${basename(articlePath)})`);
console.log(`wrote ${recordTarget}: ${drafted.penalties.length} enforcement action(s)`);
for (const p of drafted.penalties) console.log(`  - ${p.id}: ${p.type}, ${p.status}${p.amount ? `, ${p.amount.amount_text}` : ''}`);
console.log(`${review.length} value(s) to review:`);
for (const mark of review) console.log(`  - ${mark.path}: ${mark.reason}`);
const compileCommand = options.seeds === join(root, 'seeds') ? 'npm run seeds:compile' : `npm run seeds:compile -- --seeds ${seedsDir}`;
console.log(`Check each against the article, correct the record, empty "review", then run \`${compileCommand}\`.`);
