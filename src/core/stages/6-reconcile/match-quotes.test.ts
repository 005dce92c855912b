import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteMention } from '../../model/mention.js';
import type { ArticleQuote } from './match-quotes.js';
import { matchQuotes } from './match-quotes.js';

let offset = 0;
function quote(
  articleId: string,
  text: string,
  speaker?: string,
  options: { isPartial?: boolean; certainty?: 'stated' | 'inferred' } = {},
): ArticleQuote {
  const start = offset;
  offset += text.length + 10;
  const mention: QuoteMention = {
    kind: 'quote',
    text,
    start,
    end: start + text.length,
    isPartial: options.isPartial ?? false,
    ...(speaker !== undefined && { speaker, speakerCertainty: options.certainty ?? 'stated' }),
  };
  return { articleId, outlet: `Outlet ${articleId}`, quote: mention };
}

test('the same words in two outlets are one corroborated quote, each appearance verbatim', () => {
  const [only] = matchQuotes([
    quote('a', 'We will rebuild every bridge in this city.', 'Ana Vidal'),
    quote('b', 'We will rebuild every bridge in this city', 'Vidal'),
  ]);
  assert.equal(only?.verdict, 'corroborated');
  assert.deepEqual(
    only?.appearances.map((a) => a.match),
    ['verbatim', 'verbatim'],
  );
  assert.equal(only?.speaker, 'Ana Vidal');
});

test('a trimmed copy and a reworded one are matched and say how', () => {
  const quotes = matchQuotes([
    quote(
      'a',
      'Both of us believe that safety and open roads are critical, and the permits are being put on hold.',
      'Tom Brink',
    ),
    quote('b', 'believe that safety & open roads are critical', 'Tom Brink', { isPartial: true }),
    quote('c', 'Both of us believe that safety and open roads are critical, and the permits are put on hold.', 'Brink'),
  ]);
  assert.equal(quotes.length, 1);
  const [only] = quotes;
  assert.deepEqual(
    only?.appearances.map((a) => a.match),
    ['verbatim', 'trimmed', 'trimmed'],
  );
  assert.ok(only?.differences?.some((d) => d.includes('Outlet b carries less')));
});

test('a changed word is a paraphrase, and the change is shown', () => {
  const [only] = matchQuotes([
    quote('a', 'The preliminary data show the river rose two metres in an hour.', 'Pia Lund'),
    quote('b', 'The primary data show the river rose two metres in an hour.', 'Pia Lund'),
  ]);
  assert.equal(only?.appearances[1]?.match, 'paraphrase');
  assert.ok(only?.differences?.some((d) => d.includes('"preliminary"') && d.includes('"primary"')));
});

test('a few words two outlets both quote are a quote; the same few words in one outlet are framing', () => {
  const shared = matchQuotes([
    quote('a', 'deeply saddened', 'Karl Odum', { isPartial: true }),
    quote('b', 'I am deeply saddened by this decision and will appeal it.', 'Odum'),
  ]);
  assert.equal(shared.length, 1);
  assert.equal(shared[0]?.verdict, 'corroborated');
  assert.deepEqual(matchQuotes([quote('a', 'deeply saddened', 'Karl Odum', { isPartial: true })]), []);
});

test('a few shared words do not join quotes of two different named speakers', () => {
  const quotes = matchQuotes([
    quote('a', 'pretty clear', 'Ana Vidal', { isPartial: true }),
    quote('b', 'The law is pretty clear on this and we will follow it.', 'Tom Brink'),
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.verdict, 'single-source');
});

test('a long quote holding two of another outlet’s quotes appears in both, narrowed to the words it shares', () => {
  offset = 0;
  const long = quote(
    'b',
    'I would say there is a good chance that we win the council again. We have a big challenge and we have work to do.',
    'Paul Okafor',
  );
  const quotes = matchQuotes([
    quote('a', 'I would say there is a good chance that we win the council again', 'Paul Okafor'),
    quote('a', 'We have a big challenge and we have work to do.', 'Okafor'),
    long,
  ]);
  assert.equal(quotes.length, 2);
  for (const passage of quotes) {
    assert.equal(passage.verdict, 'corroborated');
    const held = passage.appearances.find((a) => a.article === 'b');
    assert.ok(held);
    assert.ok(passage.text.toLowerCase().includes(held.text.toLowerCase().slice(0, 20)));
    assert.equal(long.quote.text.slice(held.start - long.quote.start, held.end - long.quote.start), held.text);
  }
});

test('a stated name outvotes an inferred one and a longer wrong one', () => {
  const [only] = matchQuotes([
    quote('a', 'Because you deserve a partner whose views match yours, I will step down.', 'Karl Odum-Varga', {
      certainty: 'inferred',
    }),
    quote('b', 'Because you deserve a partner whose views match yours, I will step down.', 'Ana Vidal'),
  ]);
  assert.equal(only?.speaker, 'Ana Vidal');
});

test('thousands of copies of one quote are one passage', () => {
  const quotes = Array.from({ length: 5000 }, (_, i) =>
    quote(i % 2 === 0 ? 'a' : 'b', 'Nobody warned us that the water was coming.', 'Lena Hart'),
  );
  const matched = matchQuotes(quotes);
  assert.equal(matched.length, 1);
  assert.equal(matched[0]?.appearances.length, 5000);
});
