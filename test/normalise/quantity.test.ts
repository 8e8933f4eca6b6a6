import t from 'tap';
import { QuantityParseError, parseQuantity } from '../../src/normalise/quantity.js';

t.test('counts with their qualifier', async (t) => {
  t.same(parseQuantity('more than nine million'), { value: 9_000_000, value_max: null, qualifier: 'more_than', rest: '' });
  t.same(parseQuantity('82,000'), { value: 82_000, value_max: null, qualifier: 'exact', rest: '' });
  t.match(parseQuantity('over 60,000'), { value: 60_000, qualifier: 'more_than' });
  t.match(parseQuantity('1.5 million'), { value: 1_500_000, qualifier: 'exact' });
  t.match(parseQuantity('three million'), { value: 3_000_000 });
  t.match(parseQuantity('at least 12'), { value: 12, qualifier: 'at_least' });
  t.match(parseQuantity('up to 500'), { value: 500, qualifier: 'up_to' });
  t.match(parseQuantity('fewer than twenty'), { value: 20, qualifier: 'fewer_than' });
  t.match(parseQuantity('about 3,000'), { value: 3000, qualifier: 'approximate' });
  t.match(parseQuantity('a hundred and five'), { value: 105 });
  t.match(parseQuantity('twenty-five'), { value: 25 });
  t.match(parseQuantity('half a million'), { value: 500_000 });
});

t.test('vague plurals are approximate ranges', async (t) => {
  t.same(parseQuantity('tens of thousands'), { value: 10_000, value_max: 99_999, qualifier: 'approximate', rest: '' });
  t.match(parseQuantity('hundreds of thousands of customers'), { value: 100_000, value_max: 999_999, rest: 'customers' });
  t.match(parseQuantity('millions of people'), { value: 1_000_000, value_max: 9_999_999, rest: 'people' });
});

t.test('durations keep their unit word for the caller to check', async (t) => {
  t.match(parseQuantity('nine weeks'), { value: 9, rest: 'weeks' });
  t.match(parseQuantity('two months'), { value: 2, rest: 'months' });
  t.match(parseQuantity('12-month'), { value: 12, rest: 'month' });
});

t.test('refuses what is not a whole count', async (t) => {
  t.throws(() => parseQuantity('many customers'), QuantityParseError);
  t.throws(() => parseQuantity('1.25'), /not a whole number/);
});
