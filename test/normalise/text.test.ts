import t from 'tap';
import { SourceText, codePointLength } from '../../src/normalise/text.js';

t.test('finds a quote with whitespace folded, U+00A0 included', async (t) => {
  const source = new SourceText('As reported by\u00a0the BBC,\n\nmore  than nine million.');
  const [span] = source.find('reported by the BBC, more than');
  t.ok(span);
  t.equal(span!.text, 'reported by\u00a0the BBC,\n\nmore  than', 'the stored quote is the source’s own characters');
  t.equal(source.slice(span!.start, span!.end), span!.text);
  t.ok(source.matchesAt('reported by the BBC, more than', span!.start, span!.end));
});

t.test('folds nothing but whitespace', async (t) => {
  const source = new SourceText('The Information Commissioner’s Office');
  t.same(source.find("Commissioner's"), [], 'a straight apostrophe is not a curly one');
  t.same(source.find('information'), [], 'case matters');
  t.equal(source.find('Commissioner’s').length, 1);
});

t.test('offsets count code points, and every occurrence is found', async (t) => {
  const source = new SourceText('😀 fine; a fine');
  t.same(
    source.find('fine').map((s) => s.start),
    [2, 10],
  );
  t.equal(codePointLength('😀'), 1);
  t.same(source.find('   '), [], 'an empty quote is found nowhere');
});
