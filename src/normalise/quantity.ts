// Reads a count or a duration as a report words it: "more than nine million", "82,000",
// "tens of thousands", "nine weeks", "over 60,000".
import type { QuantityQualifier } from '../vocabulary.js';
import { parseNumberPhrase, toInteger } from './numbers.js';

export interface ParsedQuantity {
  value: number;
  value_max: number | null;
  qualifier: QuantityQualifier;
  // Words after the number ("weeks", "customers"), lower-cased.
  rest: string;
}

export class QuantityParseError extends Error {
  override name = 'QuantityParseError';
}

export function parseQuantity(text: string): ParsedQuantity {
  const number = parseNumberPhrase(text);
  if (!number) throw new QuantityParseError(`no number in "${text}"`);
  const value = toInteger(number.mantissa, number.exponent);
  if (value === null) throw new QuantityParseError(`"${text}" is not a whole number`);
  const max = number.max ? toInteger(number.max.mantissa, number.max.exponent) : null;
  return {
    value: Number(value),
    value_max: max === null ? null : Number(max),
    qualifier: number.qualifier,
    rest: number.rest,
  };
}
