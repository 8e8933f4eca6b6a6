// Finding a quote in a source. Quotes are compared with whitespace folded (any run of white space,
// U+00A0 included, counts as one space) and nothing else: apostrophes, dashes and case must match.
// Offsets are Unicode code points, so they mean the same in every language a reader uses.

export interface Span {
  start: number;
  end: number;
  // The source's own characters between the offsets, whitespace and all.
  text: string;
}

const isSpace = (c: string) => /\s/u.test(c);

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A name as compared with a quote: typographic apostrophes folded ("Commissioner’s" names the same office). */
export function foldName(text: string): string {
  return foldWhitespace(text).replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** Code point length, the unit of every offset in the dataset. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

export class SourceText {
  readonly codePoints: string[];
  private readonly folded: string[] = [];
  // folded index -> code point index in the original
  private readonly origin: number[] = [];

  constructor(readonly text: string) {
    this.codePoints = Array.from(text);
    let previousSpace = true;
    this.codePoints.forEach((c, i) => {
      if (isSpace(c)) {
        if (!previousSpace) {
          this.folded.push(' ');
          this.origin.push(i);
        }
        previousSpace = true;
      } else {
        this.folded.push(c);
        this.origin.push(i);
        previousSpace = false;
      }
    });
  }

  slice(start: number, end: number): string {
    return this.codePoints.slice(start, end).join('');
  }

  /** Every place the quote occurs, whitespace folded. */
  find(quote: string): Span[] {
    const needle = Array.from(foldWhitespace(quote));
    if (needle.length === 0) return [];
    const spans: Span[] = [];
    outer: for (let i = 0; i + needle.length <= this.folded.length; i += 1) {
      for (let j = 0; j < needle.length; j += 1) if (this.folded[i + j] !== needle[j]) continue outer;
      const start = this.origin[i]!;
      const end = this.origin[i + needle.length - 1]! + 1;
      spans.push({ start, end, text: this.slice(start, end) });
    }
    return spans;
  }

  /** Whether `quote` is what the source has at `start`..`end`, whitespace folded. */
  matchesAt(quote: string, start: number, end: number): boolean {
    return end <= this.codePoints.length && start < end && foldWhitespace(this.slice(start, end)) === foldWhitespace(quote);
  }
}
