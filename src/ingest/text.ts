// An article as the extractor reads it: sentences with their offsets, boilerplate lines set aside;
// and the slugs a draft's ids are made of.
// Offsets here are UTF-16 indices (JavaScript's); `codePointOffset` converts one to the code
// point offsets records use.

export interface Sentence {
  // UTF-16 indices into the article.
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

// Lines that are not the report: cross-links, photo credits, adverts, copyright lines. Names in
// them (a photographer, a sponsor, another story's subject) must never become parties.
const boilerplate = /^\s*(?:read (?:also|more)|see also|related|more from|more on this story|photo|picture|image|credit|advertisement|sponsored|advert|©|\(c\)|copyright|all rights reserved|notes to editors|share this|follow us|sign up|subscribe)\b|\b\d+% off\b|\b(?:this weekend only|sale now on|book now|call now|order now|while stocks last)\b/iu;

const endOfReport = /^\s*(?:notes (?:to|for) editors?|editor['’]s notes?|about the (?:ico|information commissioner['’]s office))\b/iu;

// Abbreviations after which a full stop does not end a sentence ("sp. z o.o." is a Polish company form).
const abbreviations = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|No|Prof|Sr|Jr|vs|etc|approx|Corp|Plc|Bros|sp)|\b[A-Za-z])\.$/u;

export function isBoilerplate(line: string): boolean {
  return boilerplate.test(line);
}

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\n]+/gu;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    // A press release's notes to editors describe the regulator's powers, not this case.
    if (endOfReport.test(line[0])) break;
    if (!line[0].trim() || isBoilerplate(line[0])) continue;
    paragraph += 1;
    // A sentence ends at . ! or ? (and any closing quote) followed by a space and a capital,
    // a digit, a currency sign or an opening quote.
    const ends = /[.!?]["”’')]*(?=\s+["“‘(]?[A-Z0-9£$€])/gu;
    let from = 0;
    for (let end = ends.exec(line[0]); end; end = ends.exec(line[0])) {
      const until = end.index + end[0].length;
      if (abbreviations.test(line[0].slice(0, end.index + 1))) continue;
      push(line.index + from, line.index + until);
      from = until;
    }
    push(line.index + from, line.index + line[0].length);
  }
  return sentences;

  function push(start: number, end: number) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, paragraph });
  }
}

/** The code point offset of UTF-16 index `index` in `text`. */
export function codePointOffset(text: string, index: number): number {
  let points = 0;
  for (let i = 0; i < index; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate and its low surrogate are one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < index) i += 1;
    points += 1;
  }
  return points;
}

/** A slug for an id: lowercase letters and digits joined by hyphens (the record schema's slugPattern). */
export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters that have no accent to take off: "Szkoła" is szkola, "Øresund" oresund.
    .replace(/[łøđßæœþ]/gu, (letter) => ({ ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' })[letter]!)
    .replace(/&/gu, ' and ')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '') || 'unnamed';
