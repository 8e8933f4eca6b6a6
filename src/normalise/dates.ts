// Reads a date as a report words it into an ISO value at the precision the words give:
// "October 2013" is 2013-10 (month), "2012" is 2012 (year), "8th March 2011" is 2011-03-08 (day).
// A date without a year ("8th March") is not a date we can store: it stays unknown.
import type { DatePrecision } from '../vocabulary.js';

export interface ParsedDate {
  date: string;
  precision: DatePrecision;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNumber = (word: string): number | null => {
  const lower = word.toLowerCase();
  const index = months.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower.replace(/\.$/u, '')) && lower !== 'ma'));
  return index === -1 ? null : index + 1;
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

// Words that qualify a date without changing its value or precision.
const leading = /^(?:(?:©|\(c\)|copyright|during|in|on|since|from|until|till|to|by|before|after|early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+)*/iu;
const ordinal = /^(\d{1,2})(?:st|nd|rd|th)?$/iu;

export function parsePartialDate(text: string): ParsedDate | null {
  const words = text.trim().replace(leading, '').replace(/,/gu, ' ').split(/\s+/u).filter(Boolean);

  if (words.length === 1) {
    const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(words[0]!);
    if (!iso) return null;
    const [, y, m, d] = iso;
    if (d) return validDay(+y!, +m!, +d) ? { date: `${y}-${m}-${d}`, precision: 'day' } : null;
    if (m) return +m >= 1 && +m <= 12 ? { date: `${y}-${m}`, precision: 'month' } : null;
    return { date: y!, precision: 'year' };
  }

  const year = words.at(-1)!;
  if (!/^\d{4}$/u.test(year)) return null;

  if (words.length === 2) {
    const month = monthNumber(words[0]!);
    return month ? { date: `${year}-${pad(month)}`, precision: 'month' } : null;
  }

  if (words.length === 3) {
    // "8th March 2011" or "March 8 2011"
    const [a, b] = [words[0]!, words[1]!];
    const dayFirst = ordinal.exec(a) && monthNumber(b) ? { day: +ordinal.exec(a)![1]!, month: monthNumber(b)! } : null;
    const monthFirst = monthNumber(a) && ordinal.exec(b) ? { day: +ordinal.exec(b)![1]!, month: monthNumber(a)! } : null;
    const parts = dayFirst ?? monthFirst;
    if (!parts || !validDay(+year, parts.month, parts.day)) return null;
    return { date: `${year}-${pad(parts.month)}-${pad(parts.day)}`, precision: 'day' };
  }
  return null;
}
