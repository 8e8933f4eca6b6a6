import t from 'tap';
import { parsePartialDate } from '../../src/normalise/dates.js';

t.test('a date keeps the precision its words give', async (t) => {
  t.same(parsePartialDate('October 2013'), { date: '2013-10', precision: 'month' });
  t.same(parsePartialDate('during October 2013'), { date: '2013-10', precision: 'month' });
  t.same(parsePartialDate('late June 2018'), { date: '2018-06', precision: 'month' });
  t.same(parsePartialDate('Sept 2017'), { date: '2017-09', precision: 'month' });
  t.same(parsePartialDate('2012'), { date: '2012', precision: 'year' });
  t.same(parsePartialDate('© 2021'), { date: '2021', precision: 'year' });
  t.same(parsePartialDate('8th March 2011'), { date: '2011-03-08', precision: 'day' });
  t.same(parsePartialDate('March 8, 2011'), { date: '2011-03-08', precision: 'day' });
  t.same(parsePartialDate('2013-10-04'), { date: '2013-10-04', precision: 'day' });
  t.same(parsePartialDate('2013-10'), { date: '2013-10', precision: 'month' });
});

t.test('what is not a whole date with a year stays unknown', async (t) => {
  t.equal(parsePartialDate('8th March'), null, 'no year');
  t.equal(parsePartialDate('May of that year'), null, 'relative');
  t.equal(parsePartialDate('30 February 2013'), null, 'no such day');
  t.equal(parsePartialDate('2013-13'), null, 'no such month');
  t.equal(parsePartialDate('Smarch 2013'), null, 'no such month name');
  t.equal(parsePartialDate('the summer of 2018 was hot'), null, 'too many words');
});
