import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTitle, stripSiteName } from './choose-title.js';
import type { PageMetadata } from './read-page-metadata.js';

function metadata(fields: Partial<PageMetadata>): PageMetadata {
  return { titles: [], headings: [], bylines: [], authorLinks: [], dates: [], maxDepth: 0, ...fields };
}

test('a site-name segment is stripped when it names the site or the host', () => {
  assert.equal(stripSiteName('Ferry strike ends | Harbour Gazette', 'Harbour Gazette', undefined), 'Ferry strike ends');
  assert.equal(stripSiteName('Harbour Gazette - Ferry strike ends', 'Harbour Gazette', undefined), 'Ferry strike ends');
  assert.equal(
    stripSiteName('Ferry strike ends - The Gazette', undefined, 'www.gazette.example.com'),
    'Ferry strike ends',
  );
  assert.equal(stripSiteName('Strike: what we know', 'Harbour Gazette', undefined), 'Strike: what we know');
  assert.equal(
    stripSiteName('Ferry strike ends - again', 'Harbour Gazette', 'gazette.example.com'),
    'Ferry strike ends - again',
  );
});

test('metadata titles first, then the <h1> that <title> wraps, then <title> without a short tail', () => {
  assert.equal(
    chooseTitle({
      metadata: metadata({ titles: ['Ferry strike ends | Harbour Gazette'] }),
      siteName: 'Harbour Gazette',
    }),
    'Ferry strike ends',
  );
  assert.equal(
    chooseTitle({
      metadata: metadata({
        documentTitle: 'Ferry strike ends after five days :: Gazette Online',
        headings: ['Ferry strike ends after five days'],
      }),
    }),
    'Ferry strike ends after five days',
  );
  assert.equal(
    chooseTitle({ metadata: metadata({ documentTitle: 'Ferry strike ends after five days – My Site' }) }),
    'Ferry strike ends after five days',
  );
  assert.equal(chooseTitle({ metadata: metadata({}), readabilityTitle: 'Fallback title' }), 'Fallback title');
});
