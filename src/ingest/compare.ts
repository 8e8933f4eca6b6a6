// Field-level precision and recall of a drafted record against a curated one, on the key fields of
// each enforcement action: who was penalised, the type, the amount, its currency, the status.
// Actions are paired by how many key fields agree (at least two); an unpaired action's fields all
// count against the side that has it.

export const keyFields = ['organisation', 'type', 'amount', 'currency', 'status'] as const;
export type KeyField = (typeof keyFields)[number];

export interface FieldCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Comparison {
  fields: Record<KeyField, FieldCounts>;
  // Per curated action, the draft's values that disagreed or were missing, for the report.
  misses: string[];
}

interface RecordLike {
  organisations?: { id: string; name: string; aliases?: { alias: string }[] }[];
  penalties?: {
    id: string;
    type: string;
    status: string;
    organisation_id: string;
    amount?: { amount_minor: number; currency: string } | null;
  }[];
}

type KeyValues = Record<KeyField, string | null> & { id: string };

/** A name as compared: case, punctuation, "the" and company-form suffixes do not count. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:s\.l|s\.a|s\.p\.a|s\.a\.s|s\.r\.l|sp\.\s?z\s?o\.\s?o|b\.v|n\.v|a\.g|a\/s|d\.o\.o|d\.d|s\.r\.o|a\.s)\.?(?=\s|$)/gu, ' ')
    .replace(/[’']s\b/gu, '')
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:the|ltd|limited|plc|inc|llp|llc|gmbh|sa|sas|sarl|sl|spa|srl|bv|nv|ag|ab|as|asa|oy|oyj|uab|dac|kg|co uk|com)\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function keyValues(record: RecordLike): { values: KeyValues[]; names: Map<string, Set<string>> } {
  const names = new Map<string, Set<string>>();
  for (const o of record.organisations ?? []) names.set(o.id, new Set([o.name, ...(o.aliases ?? []).map((a) => a.alias)].map(normaliseName)));
  const values = (record.penalties ?? []).map((p) => ({
    id: p.id,
    organisation: p.organisation_id,
    type: p.type,
    amount: p.amount ? String(p.amount.amount_minor) : null,
    currency: p.amount?.currency ?? null,
    status: p.status,
  }));
  return { values, names };
}

export function compareRecords(draft: RecordLike, curated: RecordLike): Comparison {
  const drafted = keyValues(draft);
  const truth = keyValues(curated);
  const agrees = (field: KeyField, d: KeyValues, c: KeyValues): boolean => {
    if (d[field] === null || c[field] === null) return false;
    if (field !== 'organisation') return d[field] === c[field];
    const draftNames = drafted.names.get(d.organisation!) ?? new Set([normaliseName(d.organisation!)]);
    const curatedNames = truth.names.get(c.organisation!) ?? new Set();
    return [...draftNames].some((n) => curatedNames.has(n));
  };

  const candidates: { d: KeyValues; c: KeyValues; score: number }[] = [];
  for (const d of drafted.values) {
    for (const c of truth.values) {
      const score = keyFields.filter((f) => agrees(f, d, c)).length;
      if (score >= 2) candidates.push({ d, c, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const pairs: { d: KeyValues; c: KeyValues }[] = [];
  const usedDraft = new Set<KeyValues>();
  const usedCurated = new Set<KeyValues>();
  for (const candidate of candidates) {
    if (usedDraft.has(candidate.d) || usedCurated.has(candidate.c)) continue;
    usedDraft.add(candidate.d);
    usedCurated.add(candidate.c);
    pairs.push(candidate);
  }

  const fields = Object.fromEntries(keyFields.map((f) => [f, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }])) as Record<KeyField, FieldCounts>;
  const misses: string[] = [];
  for (const { d, c } of pairs) {
    for (const field of keyFields) {
      const counts = fields[field];
      if (agrees(field, d, c)) counts.truePositives += 1;
      else {
        if (d[field] !== null) counts.falsePositives += 1;
        if (c[field] !== null) counts.falseNegatives += 1;
        if (d[field] !== null || c[field] !== null) misses.push(`${c.id}: ${field} drafted ${d[field] ?? 'null'}, curated ${c[field] ?? 'null'}`);
      }
    }
  }
  for (const d of drafted.values.filter((v) => !usedDraft.has(v))) {
    for (const field of keyFields) if (d[field] !== null) fields[field].falsePositives += 1;
    misses.push(`drafted ${d.id}, which the curated record does not have`);
  }
  for (const c of truth.values.filter((v) => !usedCurated.has(v))) {
    for (const field of keyFields) if (c[field] !== null) fields[field].falseNegatives += 1;
    misses.push(`${c.id}: not drafted`);
  }
  return { fields, misses };
}

export function addCounts(into: Record<KeyField, FieldCounts>, from: Record<KeyField, FieldCounts>) {
  for (const field of keyFields) {
    into[field].truePositives += from[field].truePositives;
    into[field].falsePositives += from[field].falsePositives;
    into[field].falseNegatives += from[field].falseNegatives;
  }
}

export const precision = (c: FieldCounts) => (c.truePositives + c.falsePositives === 0 ? 1 : c.truePositives / (c.truePositives + c.falsePositives));
export const recall = (c: FieldCounts) => (c.truePositives + c.falseNegatives === 0 ? 1 : c.truePositives / (c.truePositives + c.falseNegatives));

export function total(fields: Record<KeyField, FieldCounts>): FieldCounts {
  const sum = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const field of keyFields) {
    sum.truePositives += fields[field].truePositives;
    sum.falsePositives += fields[field].falsePositives;
    sum.falseNegatives += fields[field].falseNegatives;
  }
  return sum;
}
