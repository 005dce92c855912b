import { test } from 'node:test';
import assert from 'node:assert/strict';
import hints from '../../../lexicons/noise-markup-hints.json' with { type: 'json' };
import { findMarkupHint } from './find-markup-hint.js';

/** [tag, class and id, expected reason, expected lexicon entry]. */
const CASES: [string, string, string, string][] = [
  ['SPAN', 'article__image-caption', 'caption', 'caption-words'],
  ['DIV', 'photoCredit', 'caption', 'caption-words'],
  ['FIGCAPTION', '', 'caption', 'caption-tags'],
  ['DIV', 'story-byline', 'byline', 'byline-words'],
  ['ADDRESS', '', 'byline', 'byline-tags'],
  ['DIV', 'author-bio', 'byline', 'byline-words'],
  ['P', 'bio-text', 'author-bio', 'bio-words'],
  ['SPAN', 'publish-date', 'timestamp', 'timestamp-words'],
  ['TIME', '', 'timestamp', 'timestamp-tags'],
  ['ASIDE', 'relatedStories', 'related-link', 'related-words'],
  ['DIV', 'read-more-links', 'related-link', 'related-words'],
  ['DIV', 'newsletter-signup', 'newsletter-prompt', 'newsletter-words'],
  ['UL', 'share-tools', 'share-widget', 'share-words'],
  ['DIV', 'breadcrumbs', 'navigation', 'navigation-words'],
  ['A', 'skip-link screen-reader-text', 'navigation', 'navigation-words'],
  ['NAV', '', 'navigation', 'navigation-tags'],
  ['DIV', 'ad-slot', 'advertisement', 'advert-words'],
  ['SECTION', 'comments', 'comment-prompt', 'comment-words'],
  ['P', 'article-disclaimer', 'disclosure', 'disclaimer-words'],
];

for (const [tag, names, reason, rule] of CASES) {
  test(`markup hint: <${tag.toLowerCase()} class="${names}">`, () => {
    const hint = findMarkupHint(tag, names);
    assert.equal(hint?.reason, reason);
    assert.equal(hint?.rule, rule);
  });
}

test('every markup-hint entry is earned by a case above', () => {
  const used = new Set(CASES.map(([, , , rule]) => rule));
  assert.deepEqual(
    hints.entries.map((entry) => entry.id).filter((id) => !used.has(id)),
    [],
  );
});

test('ordinary article classes carry no hint; words must match whole', () => {
  for (const names of [
    'article-body',
    'story-text',
    'content',
    'headline',
    'lead-paragraph',
    'shadow',
    'padding',
    'loaded',
  ]) {
    assert.equal(findMarkupHint('DIV', names), undefined, names);
  }
  assert.equal(findMarkupHint('P', ''), undefined);
});
