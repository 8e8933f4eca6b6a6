// Reads the numbers news reports write: "175,000", "1.65 million", "nine million", "£1.5m",
// "half a million", "tens of thousands", with the qualifier in front of them ("more than", "over").
// Exact integer arithmetic throughout (BigInt): a figure is never a float on its way to the database.
import type { QuantityQualifier } from '../vocabulary.js';

export interface ParsedNumber {
  // value = mantissa * 10^exponent, exactly.
  mantissa: bigint;
  exponent: number;
  // For vague plurals ("tens of thousands"): the largest value the phrase can mean.
  max: { mantissa: bigint; exponent: number } | null;
  qualifier: QuantityQualifier;
  // The words left after the number ("customers", "pounds").
  rest: string;
}

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1,
};

const scales: Record<string, number> = {
  hundred: 2, thousand: 3, k: 3, million: 6, m: 6, mn: 6, mln: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12,
};

// Longest phrases first, so "more than" wins over "more".
const qualifierPhrases: [string, QuantityQualifier][] = [
  ['in excess of', 'more_than'],
  ['upwards of', 'more_than'],
  ['more than', 'more_than'],
  ['greater than', 'more_than'],
  ['over', 'more_than'],
  ['above', 'more_than'],
  ['at least', 'at_least'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['a minimum of', 'at_least'],
  ['fewer than', 'fewer_than'],
  ['less than', 'fewer_than'],
  ['under', 'fewer_than'],
  ['below', 'fewer_than'],
  ['up to', 'up_to'],
  ['as many as', 'up_to'],
  ['a maximum of', 'up_to'],
  ['approximately', 'approximate'],
  ['an estimated', 'approximate'],
  ['estimated', 'approximate'],
  ['around', 'approximate'],
  ['about', 'approximate'],
  ['roughly', 'approximate'],
  ['some', 'approximate'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['circa', 'approximate'],
  ['c.', 'approximate'],
  ['~', 'approximate'],
];

// "tens of thousands" means 10,000 to 99,999: the plural of a scale is a range, not a figure.
const vaguePlurals: Record<string, number> = { tens: 1, dozens: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9 };

const tokenPattern = /\d[\d,]*(?:\.\d+)?[a-z]*|[a-z]+\.?|[^\s\da-z]/giu;

export function tokenize(text: string): string[] {
  return (text.toLowerCase().replace(/[\u2010-\u2015-]/gu, ' ').match(tokenPattern) ?? []);
}

function takeQualifier(tokens: string[]): QuantityQualifier {
  for (const [phrase, qualifier] of qualifierPhrases) {
    const words = phrase.split(' ');
    if (words.every((w, i) => tokens[i] === w)) {
      tokens.splice(0, words.length);
      return qualifier;
    }
  }
  return 'exact';
}

const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$/u;

function decimal(token: string): { mantissa: bigint; exponent: number; suffix: string } | null {
  const match = digits.exec(token);
  if (!match) return null;
  const whole = match[1]!.replaceAll(',', '');
  const fraction = match[2] ?? '';
  return { mantissa: BigInt(whole + fraction), exponent: -fraction.length, suffix: match[3] ?? '' };
}

/**
 * Parses a number phrase at the start of `text`. Returns null when there is no number there.
 */
export function parseNumberPhrase(text: string): ParsedNumber | null {
  const tokens = tokenize(text);
  const qualifier = takeQualifier(tokens);

  // "half a million"
  if (tokens[0] === 'half' && (tokens[1] === 'a' || tokens[1] === 'an') && tokens[2] && scales[tokens[2]] !== undefined) {
    const exponent = scales[tokens[2]]!;
    return { mantissa: 5n, exponent: exponent - 1, max: null, qualifier, rest: tokens.slice(3).join(' ') };
  }

  // "a quarter of a million", "three-quarters of a million"
  const quarters = (tokens[0] === 'a' || tokens[0] === 'one') && tokens[1] === 'quarter' ? 25n : tokens[0] === 'three' && tokens[1] === 'quarters' ? 75n : null;
  if (quarters && tokens[2] === 'of' && (tokens[3] === 'a' || tokens[3] === 'an') && tokens[4] && scales[tokens[4]] !== undefined) {
    return { mantissa: quarters, exponent: scales[tokens[4]]! - 2, max: null, qualifier, rest: tokens.slice(5).join(' ') };
  }

  // "tens of thousands", "hundreds of", "millions of"
  const vague = tokens[0] ? vaguePlurals[tokens[0]] : undefined;
  if (vague !== undefined) {
    let exponent = vague;
    let used = 1;
    if (tokens[1] === 'of' && tokens[2] && vaguePlurals[tokens[2]] !== undefined && tokens[2] !== 'tens' && tokens[2] !== 'dozens') {
      exponent += vaguePlurals[tokens[2]]!;
      used = 3;
    }
    if (tokens[used] === 'of') used += 1;
    return {
      mantissa: 1n,
      exponent,
      max: { mantissa: 10n ** BigInt(exponent + 1) - 1n, exponent: 0 },
      qualifier: qualifier === 'exact' ? 'approximate' : qualifier,
      rest: tokens.slice(used).join(' '),
    };
  }

  // Digits, optionally with a glued or following scale: "1.5m", "1.65 million", "175,000".
  const first = tokens[0] ? decimal(tokens[0]) : null;
  if (first) {
    let { mantissa, exponent } = first;
    let used = 1;
    if (first.suffix) {
      const glued = scales[first.suffix];
      if (glued === undefined) return null;
      exponent += glued;
    } else {
      while (tokens[used] && scales[tokens[used]!] !== undefined && tokens[used] !== 'a') {
        exponent += scales[tokens[used]!]!;
        used += 1;
      }
    }
    while (mantissa !== 0n && mantissa % 10n === 0n && exponent < 0) {
      mantissa /= 10n;
      exponent += 1;
    }
    return { mantissa, exponent, max: null, qualifier, rest: tokens.slice(used).join(' ') };
  }

  // Words: "nine million", "three million", "eighty-two thousand", "a hundred".
  let total = 0n;
  let group = 0n;
  let used = 0;
  let sawNumber = false;
  while (used < tokens.length) {
    const token = tokens[used]!;
    if (units[token] !== undefined && !(sawNumber && (token === 'a' || token === 'an'))) {
      if ((token === 'a' || token === 'an') && !(tokens[used + 1] && scales[tokens[used + 1]!] !== undefined)) break;
      group += BigInt(units[token]!);
      sawNumber = true;
    } else if (sawNumber && scales[token] !== undefined && token.length > 2) {
      const power = 10n ** BigInt(scales[token]!);
      if (token === 'hundred') group *= power;
      else {
        total += group * power;
        group = 0n;
      }
    } else if (sawNumber && token === 'and') {
      // "one hundred and five"
    } else break;
    used += 1;
  }
  if (!sawNumber) return null;
  return { mantissa: total + group, exponent: 0, max: null, qualifier, rest: tokens.slice(used).join(' ') };
}

/** value * 10^shift as an exact integer, or null if that leaves a fraction. */
export function toInteger(mantissa: bigint, exponent: number, shift = 0): bigint | null {
  const power = exponent + shift;
  if (power >= 0) return mantissa * 10n ** BigInt(power);
  const divisor = 10n ** BigInt(-power);
  return mantissa % divisor === 0n ? mantissa / divisor : null;
}
