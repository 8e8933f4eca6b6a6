// Checks that need more than one parameter, or the database, to judge.
import type { Repositories } from '../db/queries/index.js';
import { fromMajor, isCurrencyCode, minorDigits } from '../normalise/money.js';
import { type InvalidParam, InvalidParametersError } from '../plugins/errors.js';

/** First and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Collects every refused parameter of a request, then refuses them together. */
export class ParameterCheck {
  private readonly invalid: InvalidParam[] = [];
  constructor(private readonly repositories: Repositories) {}

  refuse(name: string, reason: string) {
    this.invalid.push({ name, reason });
  }

  /** Ids in a filter must exist: a typo is an error, not an empty page. */
  ids(name: string, kind: 'organisations' | 'regulators' | 'incidents', ids: string[] | undefined) {
    if (!ids?.length) return;
    const missing = this.repositories.dataset.missingIds(kind, ids);
    if (missing.length) this.refuse(name, `no ${kind.replace(/s$/u, '')} has the id ${missing.map((m) => `"${m}"`).join(', ')}`);
  }

  currencies(name: string, codes: string[] | undefined) {
    const unknown = (codes ?? []).filter((c) => !isCurrencyCode(c));
    if (unknown.length) this.refuse(name, `${unknown.join(', ')} is not an ISO 4217 currency code`);
  }

  /** from/to as first/last days; `from` after `to` is refused rather than answered with nothing. */
  dateRange(from: string | undefined, to: string | undefined) {
    const range = { from_day: from === undefined ? undefined : firstDay(from), to_day: to === undefined ? undefined : lastDay(to) };
    if (range.from_day && range.to_day && range.from_day > range.to_day) this.refuse('from', `is after to (${to})`);
    return range;
  }

  /** min_amount/max_amount are in major units of exactly one currency. */
  amounts(currency: string[] | undefined, min: string | undefined, max: string | undefined) {
    const result: { min_amount_minor?: number; max_amount_minor?: number } = {};
    for (const [name, value] of [['min_amount', min], ['max_amount', max]] as const) {
      if (value === undefined) continue;
      if (currency?.length !== 1 || !isCurrencyCode(currency[0]!)) {
        this.refuse(name, 'needs exactly one currency (for example currency=GBP): amounts in different currencies cannot be compared');
        continue;
      }
      const minor = fromMajor(value, currency[0]!);
      if (minor === null) this.refuse(name, `has more decimals than ${currency[0]} has (${minorDigits(currency[0]!)})`);
      else result[name === 'min_amount' ? 'min_amount_minor' : 'max_amount_minor'] = minor;
    }
    if (result.min_amount_minor !== undefined && result.max_amount_minor !== undefined && result.min_amount_minor > result.max_amount_minor) {
      this.refuse('min_amount', 'is more than max_amount');
    }
    return result;
  }

  /** The sort to use: `relevance` by default when there is text to rank by, and only then. */
  sort<S extends string>(sort: S | 'relevance' | undefined, q: string | undefined, fallback: S, snippet: 'true' | 'false' | undefined): S | 'relevance' {
    if (sort === 'relevance' && q === undefined) this.refuse('sort', 'relevance needs q, the text to rank by');
    if (snippet === 'true' && q === undefined) this.refuse('snippet', 'needs q, the text to highlight');
    return sort ?? (q === undefined ? fallback : 'relevance');
  }

  done() {
    if (this.invalid.length) throw new InvalidParametersError(this.invalid);
  }
}
