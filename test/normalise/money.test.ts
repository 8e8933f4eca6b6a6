import t from 'tap';
import { MoneyParseError, minorDigits, parseMoney } from '../../src/normalise/money.js';

t.test('reads the amounts of the seed articles into minor units', async (t) => {
  t.match(parseMoney('£175,000', 'GBP'), { amount_minor: 17_500_000, currencies: ['GBP'], amount_qualifier: 'exact' });
  t.match(parseMoney('over $1.65 million', 'USD'), { amount_minor: 165_000_000, amount_qualifier: 'more_than' });
  t.ok(parseMoney('$1.65 Million', 'USD').currencies.includes('USD'));
  t.equal(parseMoney('$241 million', 'USD').amount_minor, 24_100_000_000);
  t.equal(parseMoney('£183 million', 'GBP').amount_minor, 18_300_000_000);
  t.equal(parseMoney('$26 million', 'USD').amount_minor, 2_600_000_000);
});

t.test('reads the other ways reports write money', async (t) => {
  t.match(parseMoney('half a million pounds', 'GBP'), { amount_minor: 50_000_000, currencies: ['GBP'] });
  t.equal(parseMoney('£1.5m', 'GBP').amount_minor, 150_000_000);
  t.equal(parseMoney('£25bn', 'GBP').amount_minor, 2_500_000_000_000);
  t.match(parseMoney('400,000 pounds', 'GBP'), { amount_minor: 40_000_000, currencies: ['GBP'] });
  t.match(parseMoney('US$5 million', 'USD'), { amount_minor: 500_000_000, currencies: ['USD'] });
  t.match(parseMoney('€20m', 'EUR'), { amount_minor: 2_000_000_000, currencies: ['EUR'] });
  t.match(parseMoney('EUR 1,200', 'EUR'), { amount_minor: 120_000, currencies: ['EUR'] });
  t.match(parseMoney('up to £17.5 million', 'GBP'), { amount_minor: 1_750_000_000, amount_qualifier: 'up_to' });
  t.match(parseMoney('a quarter of a million pounds', 'GBP'), { amount_minor: 25_000_000, currencies: ['GBP'] });
  t.match(parseMoney('three-quarters of a million euros', 'EUR'), { amount_minor: 75_000_000, currencies: ['EUR'] });
  t.equal(parseMoney('€2.4 mln', 'EUR').amount_minor, 240_000_000);
  t.match(parseMoney('8 million Swedish kronor', 'SEK'), { amount_minor: 800_000_000, currencies: ['SEK'] });
  t.match(parseMoney('2.5 million Danish kroner', 'DKK'), { currencies: ['DKK'] });
  t.match(parseMoney('4 million Norwegian crowns', 'NOK'), { currencies: ['NOK'] });
  t.same(parseMoney('4 million kroner', 'NOK').currencies, ['NOK', 'DKK'], 'kroner alone could be Norwegian or Danish');
  // Yen have no minor unit.
  t.equal(minorDigits('JPY'), 0);
  t.equal(parseMoney('¥100 million', 'JPY').amount_minor, 100_000_000);
});

t.test('a dollar sign alone does not say which dollar', async (t) => {
  t.same(parseMoney('$5', 'USD').currencies.sort(), ['AUD', 'CAD', 'HKD', 'NZD', 'SGD', 'USD']);
});

t.test('refuses what is not one amount', async (t) => {
  t.throws(() => parseMoney('a fine', 'GBP'), MoneyParseError);
  t.throws(() => parseMoney('175,000', 'GBP'), /no currency/);
  t.throws(() => parseMoney('£0.001', 'GBP'), /not a whole number/);
  t.throws(() => parseMoney('millions of pounds', 'GBP'), /range/);
  t.throws(() => parseMoney('£5 euros', 'GBP'), /two different currencies/);
  t.throws(() => parseMoney('£5 apples', 'GBP'), /unexpected words/);
  t.throws(() => parseMoney('£1 trillion trillion', 'GBP'), /too large/);
});

t.test('zloty and PLN are Polish złoty', async (t) => {
  t.match(parseMoney('1.4 million zlotys', 'PLN'), { amount_minor: 140000000, currencies: ['PLN'] });
  t.match(parseMoney('PLN 1,440,000', 'PLN'), { amount_minor: 144000000, currencies: ['PLN'] });
});
