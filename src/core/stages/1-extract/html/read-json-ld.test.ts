import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './parse-html.js';
import { readJsonLd } from './read-json-ld.js';

function scriptsOf(...jsons: string[]): Element[] {
  const html = jsons.map((json) => `<script type="application/ld+json">${json}</script>`).join('');
  return Array.from(parseHtml(`<html><head>${html}</head><body></body></html>`).querySelectorAll('script'));
}

test('a NewsArticle inside an @graph array', () => {
  const article = readJsonLd(
    scriptsOf(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Harbour Gazette' },
          {
            '@type': 'NewsArticle',
            headline: 'Ferry services resume after strike',
            datePublished: '2021-03-04T08:15:00+01:00',
            dateModified: '2021-03-05T10:00:00+01:00',
            author: [
              { '@type': 'Person', name: 'Ana Ruiz' },
              { '@type': 'Person', name: 'Tom Hill' },
            ],
            publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
          },
        ],
      }),
    ),
  );
  assert.deepEqual(article, {
    authors: ['Ana Ruiz', 'Tom Hill'],
    headline: 'Ferry services resume after strike',
    datePublished: '2021-03-04T08:15:00+01:00',
    dateModified: '2021-03-05T10:00:00+01:00',
    publisher: 'Harbour Gazette',
  });
});

test('broken JSON-LD is skipped, CDATA wrappers are stripped, author URLs are ignored', () => {
  const article = readJsonLd(
    scriptsOf(
      '{ broken',
      `<![CDATA[${JSON.stringify({ '@type': ['Article'], name: 'Dam inspection due', author: 'https://example.com/staff/1' })}]]>`,
    ),
  );
  assert.deepEqual(article, { authors: [], name: 'Dam inspection due' });
});

test('no article object: nothing', () => {
  assert.equal(readJsonLd(scriptsOf(JSON.stringify({ '@type': 'Organization', name: 'Harbour Gazette' }))), undefined);
});
