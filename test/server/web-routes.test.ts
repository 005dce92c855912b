import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { StoryReport } from '../../src/core/model/story-report.js';
import { json, openTempApp, type TempApp } from './helpers/server-fixtures.js';

// Invented articles written for these tests.
const FIRST = `Storm closes coastal road

Heavy rain closed the coastal road near Brindle Bay on Monday, the county council said. Crews cleared 14 fallen trees overnight.`;
const SECOND = `Coastal road reopens after storm

The coastal road near Brindle Bay reopened on Tuesday after crews cleared fallen trees, the county council said.`;

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  };
}

describe('the reading interface', () => {
  let ctx: TempApp;
  let storyId = '';

  before(async () => {
    ctx = openTempApp();
    const added = await ctx.app.request(
      '/articles',
      form({ text: FIRST, outlet: 'Bay Courier', published: '2031-02-03' }),
    );
    assert.equal(added.status, 303, 'one story touched: straight to it');
    storyId = decodeURIComponent((added.headers.get('location') ?? '').replace('/stories/', ''));
  });
  after(() => ctx.cleanup());

  const page = async (path: string, status = 200) => {
    const response = await ctx.app.request(path, { headers: { accept: 'text/html' } });
    assert.equal(response.status, status, path);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    return parseHTML(await response.text()).document;
  };

  test('the home page lists the story and offers both add forms with labels', async () => {
    const document = await page('/');
    assert.equal(document.querySelector('tbody th a')?.getAttribute('href'), `/stories/${storyId}`);
    assert.match(document.querySelector('tbody')?.textContent ?? '', /Bay Courier/);
    const forms = document.querySelectorAll('form[action="/articles"][method="post"]');
    assert.equal(forms.length, 2);
    for (const field of document.querySelectorAll('form textarea, form input:not([type="hidden"])'))
      assert.ok(
        document.querySelector(`label[for="${field.getAttribute('id')}"]`),
        `label for ${field.getAttribute('name')}`,
      );
  });

  test('pasting the same article again says it is already stored', async () => {
    const again = await ctx.app.request(
      '/articles',
      form({ text: FIRST, outlet: 'Bay Courier', published: '2031-02-03' }),
    );
    assert.equal(again.status, 200);
    const { document } = parseHTML(await again.text());
    assert.equal(document.querySelector('h1')?.textContent, 'Already stored');
  });

  test('an empty form or a bad URL is a 400 page saying what to do', async () => {
    const empty = await ctx.app.request('/articles', form({ text: '  ', urls: '' }));
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /Nothing to add/);
    const bad = await ctx.app.request('/articles', form({ urls: 'ftp://files.example/story' }));
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /only http and https/);
    const refused = await ctx.app.request('/articles', form({ urls: 'http://127.0.0.1:1/story' }));
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Nothing was added/);
  });

  test('the story page, its source views and the compare page', async () => {
    await ctx.app.request('/articles', form({ text: SECOND, outlet: 'Shore Radio', published: '2031-02-04' }));
    const report = await json<StoryReport & { articleKeys: Record<string, number> }>(
      ctx.app.request(`/api/stories/${storyId}`),
    );
    const story = await page(`/stories/${storyId}`);
    assert.equal(story.querySelector('h1')?.textContent?.trim(), report.title ?? 'Untitled story');
    const downloads = [...story.querySelectorAll('p.meta a')].map((a) => a.getAttribute('href') ?? '');
    assert.equal(downloads.length, 3);
    for (const [href, type] of downloads.map((h, i) => [h, ['markdown', 'html', 'json'][i]!] as const)) {
      const response = await ctx.app.request(href);
      assert.equal(response.status, 200, href);
      assert.match(response.headers.get('content-type') ?? '', new RegExp(type), href);
    }
    const firstId = report.articles[0]!.id;
    const key = report.articleKeys[firstId]!;
    const source = await page(`/stories/${storyId}/articles/${key}?start=0&end=25`);
    assert.equal(source.querySelector('mark.current')?.textContent, report.articles[0]!.text.slice(0, 25));
    await page(`/stories/${storyId}/articles/${key}?start=25&end=5`, 400);
    await page(`/stories/${storyId}/articles/999`, 404);
    await page(`/stories/nope`, 404);

    if (report.articles.length === 2) {
      const [a, b] = report.articles;
      const compare = await page(`/stories/${storyId}/compare?a=${a!.id}&b=${b!.id}`);
      assert.equal(compare.querySelectorAll('.source-text').length, 2);
      await page(`/stories/${storyId}/compare?a=${a!.id}&b=${a!.id}`, 400);
    }
    await page(`/stories/${storyId}/compare?a=missing&b=${firstId}`, 400);
    assert.equal((await page(`/stories/${storyId}/compare`)).querySelectorAll('select').length, 2);
  });

  test('search finds the articles and links to the match', async () => {
    const document = await page('/search?q=fallen%20trees');
    const links = [...document.querySelectorAll('ul.search-articles li a')].map((a) => a.getAttribute('href') ?? '');
    assert.ok(links.length >= 1);
    assert.ok(links.every((href) => /\/articles\/\d+\?start=\d+&end=\d+#s-\d+-\d+$/.test(href)));
    await page('/search?q=x', 400);
    assert.equal((await page('/search')).querySelector('h1')?.textContent, 'Search');
  });

  test('unknown pages are HTML 404s for browsers; the stylesheet is served', async () => {
    const missing = await page('/no/such/page', 404);
    assert.equal(missing.querySelector('h1')?.textContent, 'Not found');
    const css = await ctx.app.request('/assets/style.css');
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /:focus-visible/);
  });

  test('the delete button removes the article and returns to the story or the home page', async () => {
    const report = await json<StoryReport & { articleKeys: Record<string, number> }>(
      ctx.app.request(`/api/stories/${storyId}`),
    );
    const keys = Object.values(report.articleKeys);
    for (const [i, key] of keys.entries()) {
      const response = await ctx.app.request(`/articles/${key}/delete`, { method: 'POST' });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), i === keys.length - 1 ? '/' : `/stories/${storyId}`);
    }
    assert.equal((await ctx.app.request(`/articles/${keys[0]}/delete`, { method: 'POST' })).status, 404);
  });
});

describe('form posts from other sites', () => {
  test('are refused by Sec-Fetch-Site or Origin; the site’s own pages and non-browser clients pass', async () => {
    const ctx = openTempApp();
    try {
      const post = (headers: Record<string, string>) =>
        ctx.app.request('http://localhost/articles', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: 'urls=',
        });
      for (const headers of [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://attacker.example' },
        { origin: 'null' },
      ])
        assert.equal((await post(headers)).status, 403, JSON.stringify(headers));
      // Allowed through the guard: the empty form is then a 400 for having nothing to add.
      for (const headers of [{ 'sec-fetch-site': 'same-origin', origin: 'null' }, { origin: 'http://localhost' }, {}])
        assert.equal((await post(headers)).status, 400, JSON.stringify(headers));
    } finally {
      ctx.cleanup();
    }
  });
});
