// Reads an amount as a report words it ("£175,000", "over $1.65 million", "400,000 pounds",
// "half a million pounds", "€20m") into integer minor units. The currency comes from the record:
// "$" alone does not say which dollar, so the parser only says which currencies the words allow.
import type { QuantityQualifier } from '../vocabulary.js';
import { parseNumberPhrase, toInteger } from './numbers.js';

const dollarCurrencies = ['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD'];

// Prefix markers, longest first so "US$" is not read as "$".
const prefixMarkers: [string, string[]][] = [
  ['US$', ['USD']],
  ['A$', ['AUD']],
  ['AU$', ['AUD']],
  ['C$', ['CAD']],
  ['CA$', ['CAD']],
  ['NZ$', ['NZD']],
  ['HK$', ['HKD']],
  ['S$', ['SGD']],
  ['$', dollarCurrencies],
  ['£', ['GBP']],
  ['€', ['EUR']],
  ['¥', ['JPY', 'CNY']],
  ['₹', ['INR']],
  ['₩', ['KRW']],
];

const wordMarkers: [RegExp, string[]][] = [
  [/^(?:pounds?(?: sterling)?|sterling|quid)$/u, ['GBP']],
  [/^euros?$/u, ['EUR']],
  [/^(?:us |american )?dollars?$/u, ['USD']],
  [/^(?:australian) dollars?$/u, ['AUD']],
  [/^(?:canadian) dollars?$/u, ['CAD']],
  [/^yen$/u, ['JPY']],
  [/^yuan$/u, ['CNY']],
  [/^(?:swiss )?francs?$/u, ['CHF']],
  [/^(?:swedish )?(?:kronor|krona)$|^swedish crowns$/u, ['SEK']],
  [/^norwegian (?:kroner|krone|crowns)$/u, ['NOK']],
  [/^danish (?:kroner|krone|crowns)$/u, ['DKK']],
  [/^kroner$/u, ['NOK', 'DKK']],
  [/^(?:zlotys?|złotys?|złote|złotych)$/u, ['PLN']],
];

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return knownCurrencies.has(code);
}

const digitsByCurrency = new Map<string, number>();

/** Digits after the decimal point in the currency's minor unit (2 for GBP, 0 for JPY). */
export function minorDigits(currency: string): number {
  // Building an Intl.NumberFormat costs tens of microseconds: once per currency is enough.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export interface ParsedMoney {
  amount_minor: number;
  currencies: string[];
  amount_qualifier: QuantityQualifier;
}

export class MoneyParseError extends Error {
  override name = 'MoneyParseError';
}

/**
 * Parses `text` as an amount in one of the currencies its words allow, in the minor units of
 * `currency` (the record's claim, which the caller checks against `currencies`).
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  let remaining = text.trim();
  let currencies: string[] | null = null;

  for (const [marker, codes] of prefixMarkers) {
    const at = remaining.indexOf(marker);
    if (at !== -1) {
      currencies = codes;
      remaining = `${remaining.slice(0, at)} ${remaining.slice(at + marker.length)}`;
      break;
    }
  }
  if (!currencies) {
    const code = /\b([A-Z]{3})\b/u.exec(remaining);
    if (code && knownCurrencies.has(code[1]!)) {
      currencies = [code[1]!];
      remaining = remaining.replace(code[0], ' ');
    }
  }

  const number = parseNumberPhrase(remaining);
  if (!number) throw new MoneyParseError(`no amount in "${text}"`);
  if (number.max) throw new MoneyParseError(`"${text}" is a range, not an amount`);

  const rest = number.rest.trim();
  if (rest) {
    const word = wordMarkers.find(([pattern]) => pattern.test(rest));
    if (!word) throw new MoneyParseError(`unexpected words "${rest}" after the amount in "${text}"`);
    if (currencies && !currencies.some((c) => word[1].includes(c))) {
      throw new MoneyParseError(`"${text}" names two different currencies`);
    }
    currencies = currencies ? currencies.filter((c) => word[1].includes(c)) : word[1];
  }
  if (!currencies) throw new MoneyParseError(`no currency in "${text}"`);

  const minor = toInteger(number.mantissa, number.exponent, minorDigits(currency));
  if (minor === null) throw new MoneyParseError(`"${text}" is not a whole number of ${currency} minor units`);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyParseError(`"${text}" is too large`);
  return { amount_minor: Number(minor), currencies, amount_qualifier: number.qualifier };
}

/** Minor units as an exact decimal string in major units: 17500000 GBP is "175000.00". */
export function toMajor(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amountMinor);
  const text = String(amountMinor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** A decimal string in major units ("1.5") as minor units of `currency`, or null if it has too many decimals. */
export function fromMajor(major: string, currency: string): number | null {
  const [whole, fraction = ''] = major.split('.');
  const digits = minorDigits(currency);
  if (fraction.length > digits) return null;
  return Number(BigInt(whole! + fraction.padEnd(digits, '0')));
}
