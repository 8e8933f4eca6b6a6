// The incident an article describes, as the ingest assistant drafts it: the data categories named,
// the counts of people or records affected with their qualifier, the dates and ranges, and the
// parties with a role (processor, contractor, vendor, attacker). Each value cites its sentence.
import { parsePartialDate } from '../normalise/dates.js';
import { QuantityParseError, parseQuantity } from '../normalise/quantity.js';
import type { NameSpan } from './names.js';
import { type Sentence, codePointOffset, slugify } from './text.js';

export type Json = Record<string, unknown>;

const categoryCues: [string, RegExp][] = [
  ['names', /\b(?:full )?names\b/iu],
  ['dates_of_birth', /\bdates? of birth\b/iu],
  ['postal_addresses', /\b(?:home |postal |delivery )?addresses\b(?<!email addresses)/iu],
  ['telephone_numbers', /\b(?:tele)?phone numbers\b|\btelephone\b/iu],
  ['payment_card_details', /\b(?:payment |credit |debit |bank )?card (?:details|numbers|data|records)\b/iu],
  ['card_verification_values', /\bCVVs?\b|\bcard verification\b|\bsecurity codes\b/u],
  ['payment_details', /\bpayment details\b|\bbank (?:account )?details\b/iu],
  ['billing_details', /\bbilling (?:details|addresses|information)\b/iu],
  ['medical_records', /\b(?:medical|health|patient|clinical)\s+(?:records|data|information|details)\b/iu],
  ['login_credentials', /\b(?:login|log-in|sign-in) (?:details|credentials)\b|\bpasswords\b|\busernames\b/iu],
];
export function dataCategoriesIn(sentences: Sentence[], text: string): Json[] {
  const found: Json[] = [];
  for (const [category, cue] of categoryCues) {
    for (const sentence of sentences) {
      const match = cue.exec(sentence.text);
      if (!match) continue;
      found.push({ category, text: match[0], citations: [{ quote: sentence.text, start: codePointOffset(text, sentence.start) }] });
      break;
    }
  }
  return found;
}

const countPattern = /\b(?:(?:more than|over|almost|nearly|around|about|approximately|roughly|at least|up to|as many as|some|an estimated|fewer than|less than|in excess of)\s+)?(?:\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|tens of thousands|hundreds of thousands|millions)(?:\s(?:million|thousand))?)(?:\s+of)?\s+(?:[a-z-]+\s+){0,2}?(people|customers|users|records|patients|members|residents|clients|individuals|employees|staff|subscribers|passengers|accounts|shoppers|account holders)\b/giu;
export function quantitiesIn(sentences: Sentence[], text: string): Json[] {
  const found: Json[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(countPattern)) {
      const noun = match[1]!.toLowerCase();
      const numberText = match[0].slice(0, match[0].length - match[1]!.length).trim().replace(/\s+of$/u, '').replace(/(?:\s+[a-z-]+){0,2}$/u, (tail) => (/\d|million|thousand|hundreds|thousands|millions/u.test(tail) ? tail : ''));
      let parsed;
      try {
        parsed = parseQuantity(numberText);
      } catch (error) {
        if (error instanceof QuantityParseError) continue;
        throw error;
      }
      if (parsed.rest.trim()) continue;
      const unit = noun === 'records' ? 'records' : noun === 'customers' || noun === 'shoppers' || noun === 'account holders' ? 'customers' : noun === 'users' || noun === 'subscribers' || noun === 'accounts' ? 'users' : 'people';
      const key = slugify(`${unit}-${found.length + 1}`);
      found.push({
        key,
        measure: unit === 'records' ? 'records_exposed' : 'people_affected',
        value: parsed.value,
        value_max: parsed.value_max,
        qualifier: parsed.qualifier,
        unit,
        scope: unit === 'people' && noun !== 'people' ? noun : null,
        text: numberText,
        citations: [{ quote: sentence.text, start: codePointOffset(text, sentence.start) }],
      });
    }
  }
  return found;
}

const datePattern = /\b(?:(?:early|mid|late)[\s-])?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?:19|20)\d{2}\b/gu;
export function datesIn(sentences: Sentence[]) {
  type Found = { value: { date: string; precision: string; text: string }; sentence: Sentence };
  let from: Found | null = null;
  let to: Found | null = null;
  for (const sentence of sentences) {
    const dates = [...sentence.text.matchAll(datePattern)]
      .map((m) => ({ m, parsed: parsePartialDate(m[0]) }))
      .filter((d) => d.parsed);
    if (dates.length === 0) continue;
    const value = (d: (typeof dates)[number]) => ({ date: d.parsed!.date, precision: d.parsed!.precision, text: d.m[0] });
    const range = /\b(?:between|from)\b/iu.test(sentence.text.slice(0, dates[0]!.m.index + 1 + 20)) && dates.length > 1;
    from = { value: value(dates[0]!), sentence };
    if (range) to = { value: value(dates[1]!), sentence };
    break;
  }
  return { from, to };
}

export function partiesIn(
  sentences: Sentence[],
  namesIn: (s: Sentence) => NameSpan[],
  text: string,
  organisationId: (name: string, sentence: Sentence) => string,
): Json[] {
  const parties: Json[] = [];
  const roles: [string, RegExp][] = [
    ['processor', /\b(?:processor|processing on (?:its|their) behalf|data processor)\b/iu],
    ['contractor', /\b(?:contractor|outsourc\w*|subcontractor|supplier|third[- ]party (?:firm|company|provider)|call[- ]centre)\b/iu],
    ['vendor', /\b(?:vendor|software (?:firm|company|provider|supplier)|developed|developer|provider of)\b/iu],
  ];
  for (const sentence of sentences) {
    const threat = /\b(?:hackers?|criminals?|cyber[- ]?criminals?|attackers?|ransomware (?:gang|group)|gang|threat actor)\b/iu.exec(sentence.text);
    if (threat && !parties.some((p) => p.role === 'threat_actor')) {
      const suspected = /\b(?:believed|suspected|thought|claimed|alleged(?:ly)?|likely)\b/iu.test(sentence.text);
      parties.push({
        key: 'threat-actor',
        description: threat[0],
        role: 'threat_actor',
        certainty: suspected ? 'suspected' : 'stated',
        citations: [{ quote: sentence.text, start: codePointOffset(text, sentence.start) }],
      });
    }
    for (const [role, cue] of roles) {
      if (!cue.test(sentence.text)) continue;
      const names = namesIn(sentence);
      if (names.length !== 1 && !names.some((n) => cue.test(text.slice(n.end, Math.min(sentence.end, n.end + 60))))) continue;
      const name = names.find((n) => cue.test(text.slice(n.end, Math.min(sentence.end, n.end + 60)))) ?? names[0]!;
      const id = organisationId(name.name, sentence);
      parties.push({ key: id, organisation_id: id, role, citations: [{ quote: sentence.text, start: codePointOffset(text, sentence.start) }] });
    }
  }
  return parties;
}
