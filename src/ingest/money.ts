// Finds the amounts of money an article mentions and reads each with the same parser the seed
// compiler uses (src/normalise/money.ts), so a drafted amount always reads back to its value.
import { MoneyParseError, parseMoney } from '../normalise/money.js';
import type { QuantityQualifier } from '../vocabulary.js';

export interface MoneyMention {
  // UTF-16 indices into the article.
  start: number;
  end: number;
  text: string;
  amount_minor: number;
  currency: string;
  amount_qualifier: QuantityQualifier;
  // The currency was a guess among several the words allow ("$": US dollars).
  currencyAssumed: boolean;
  // An amount in brackets right after this one, in another currency: "400,000 pounds ($509,000)".
  equivalent: MoneyMention | null;
}

const qualifier = String.raw`(?:(?:just |a little )?(?:more than|over|almost|nearly|around|about|approximately|roughly|at least|up to|in excess of|upwards of|less than|under)\s+)?`;
const figure = String.raw`\d[\d,]*(?:\.\d+)?`;
const scale = String.raw`(?:\s?(?:million|billion|thousand|mln|mn|bn|m|k)\b)?`;
const numberWords = String.raw`(?:half an?|(?:a|one|three)[- ]quarters? of an?|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)`;
const currencyWords = String.raw`(?:pounds(?: sterling)?|euros?|(?:US |Australian |Canadian )?dollars|Swiss francs|francs|(?:Swedish |Norwegian |Danish )?(?:kronor|kroner|krona|krone|crowns)|yen|zlotys?|złotys?)`;
const sign = String.raw`(?:US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|\$|£|€|¥)`;
const code = String.raw`(?:GBP|EUR|USD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|ISK|JPY|CAD|AUD)`;

const moneyPattern = new RegExp(
  [
    String.raw`${qualifier}${sign}\s?${figure}${scale}`,
    String.raw`${qualifier}${code}\s?${figure}${scale}`,
    String.raw`${qualifier}${figure}${scale}\s(?:${currencyWords}|${code})\b`,
    String.raw`${qualifier}${numberWords}\s(?:hundred\s)?(?:thousand|million|billion)\s${currencyWords}\b`,
  ].join('|'),
  'giu',
);

function read(text: string): Omit<MoneyMention, 'start' | 'end' | 'text' | 'equivalent'> | null {
  try {
    // The currency decides only the minor-unit digits: read once to learn which currencies the
    // words allow, then again in the one chosen.
    const { currencies } = parseMoney(text, 'USD');
    const currency = currencies[0]!;
    const parsed = parseMoney(text, currency);
    return { amount_minor: parsed.amount_minor, currency, amount_qualifier: parsed.amount_qualifier, currencyAssumed: currencies.length > 1 };
  } catch (error) {
    if (error instanceof MoneyParseError) return null;
    throw error;
  }
}

export function moneyMentions(text: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  for (const match of text.matchAll(moneyPattern)) {
    let found = match[0].replace(/[,.]+$/u, '');
    // "The ICO" is not a figure; a lone capitalised qualifier keeps its case in the quote.
    const value = read(found);
    if (!value) continue;
    if (value.amount_minor === 0) continue;
    // A year ("in 2019") or a percentage is not money; the pattern only matches with a currency, but keep them out.
    if (/%$/u.test(found)) continue;
    found = found.trim();
    mentions.push({ start: match.index, end: match.index + found.length, text: found, ...value, equivalent: null });
  }
  // Pair "X (Y)", "X (about Y)" and "X, roughly Y," where Y is in another currency: Y is X's
  // equivalent, not an amount of its own.
  const about = String.raw`(?:approx(?:imately|\.)?|about|around|roughly|some|nearly|almost|circa|c\.|just (?:over|under)|equivalent to|worth)`;
  const bracketed = new RegExp(String.raw`^\s*\(\s*(?:${about}\s+)?$`, 'u');
  const apposed = new RegExp(String.raw`^\s*,\s*(?:or\s+)?${about}\s+$`, 'u');
  // ("SEK 12 million, roughly €1.05 million": the word of approximation is read as the amount's.)
  const approximate = new RegExp(String.raw`^${about}\s`, 'u');
  const paired: MoneyMention[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const current = mentions[i]!;
    const next = mentions[i + 1];
    const gap = next ? text.slice(current.end, next.start) : '';
    if (next && next.currency !== current.currency && ((bracketed.test(gap) && text[next.end] === ')') || ((apposed.test(gap) || (/^\s*,\s*$/u.test(gap) && approximate.test(next.text))) && /^(?:,|\.|\s*$|\s+(?:for|after|over|on)\b)/u.test(text.slice(next.end, next.end + 6))))) {
      paired.push({ ...current, equivalent: next });
      i += 1;
    } else {
      paired.push(current);
    }
  }
  return paired;
}
