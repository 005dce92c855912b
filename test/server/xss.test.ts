import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  XSS_DIR,
  articlesOf,
  json,
  openTempApp,
  postJson,
  withoutFile,
  type TempApp,
} from './helpers/server-fixtures.js';

const { payloads } = JSON.parse(readFileSync(join(XSS_DIR, 'expected.json'), 'utf8')) as { payloads: string[] };
const MARKUP_PAYLOADS = payloads.filter((p) => p.includes('<'));

/** Elements and attributes a payload would create if it were not escaped. */
function assertInert(page: string, where: string, allowedScripts = 0): void {
  const { document } = parseHTML(page);
  for (const payload of MARKUP_PAYLOADS) {
    // A page's own stylesheet legitimately ends in </style>: only extra ones would be injected.
    const expected = payload === '</style>' ? document.querySelectorAll('style').length : 0;
    assert.equal(page.split(payload).length - 1, expected, `${where}: raw ${payload}`);
  }
  assert.equal(document.querySelectorAll('script').length, allowedScripts, `${where}: script elements`);
  assert.equal(document.querySelectorAll('img, iframe, object, embed').length, 0, `${where}: active elements`);
  // The timeline chart is a page's own SVG (its class differs between the web pages and the report).
  for (const svg of document.querySelectorAll('svg'))
    assert.equal(svg.getAttribute('role'), 'img', `${where}: an svg that is not a chart`);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      assert.ok(!/^on/i.test(attribute.name), `${where}: ${attribute.name} attribute on <${element.tagName}>`);
      if (attribute.name === 'href' || attribute.name === 'action')
        assert.ok(!/^\s*javascript:/i.test(attribute.value), `${where}: ${attribute.name}="${attribute.value}"`);
    }
  }
}

describe('articles carrying markup render as text in every view', () => {
  let ctx: TempApp;
  let storyId = '';
  let keys: number[] = [];
  let ids: string[] = [];

  before(async () => {
    ctx = openTempApp();
    const response = await postJson(ctx.app, '/api/articles', { articles: articlesOf(XSS_DIR).map(withoutFile) });
    const body = await json<{ added: number; articles: { key: number; id: string; storyId: string }[] }>(response);
    assert.equal(body.added, 2);
    keys = body.articles.map((a) => a.key);
    ids = body.articles.map((a) => a.id);
    storyId = body.articles[0]!.storyId;
  });
  after(() => ctx.cleanup());

  const page = async (path: string): Promise<string> => {
    const response = await ctx.app.request(path, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 200, path);
    return response.text();
  };

  test('the story list, story page and search page', async () => {
    assertInert(await page('/'), 'story list');
    const story = await page(`/stories/${storyId}`);
    assertInert(story, 'story page');
    assert.ok(story.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the title shows the markup as text');
    assertInert(await page('/search?q=alert'), 'search page');
    assertInert(await page(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`), 'search for the payload');
  });

  test('each source view, with and without a highlighted span', async () => {
    for (const key of keys) {
      const source = await page(`/stories/${storyId}/articles/${key}`);
      assertInert(source, `source ${key}`);
      assert.ok(source.includes('javascript:alert(3)'), 'the javascript: text is shown, as text');
      assertInert(await page(`/stories/${storyId}/articles/${key}?start=0&end=40`), `source ${key} highlighted`);
    }
  });

  test('the comparison of the two articles', async () => {
    assertInert(await page(`/stories/${storyId}/compare?a=${ids[0]}&b=${ids[1]}`), 'compare');
  });

  test('the standalone HTML report (its one pinned script aside) and the Markdown', async () => {
    const response = await ctx.app.request(`/api/stories/${storyId}/report.html`);
    assertInert(await response.text(), 'report.html', 1);
    const markdown = await (await ctx.app.request(`/api/stories/${storyId}/report.md`)).text();
    assert.ok(!markdown.includes('<script>alert(1)</script>'), 'the Markdown escapes markup too');
  });

  test('the form’s result page, which echoes sources and problems', async () => {
    const form = new URLSearchParams({
      text: 'Headline <img src=x onerror=alert(2)>\n\nThe council said on Monday that 12 <script>alert(1)</script> pages were fixed.',
      outlet: 'The "><svg onload=alert(4)> Gazette',
      urls: 'http://10.0.0.1/<script>alert(1)</script>',
    });
    const response = await ctx.app.request('/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: form.toString(),
    });
    assert.equal(response.status, 200);
    assertInert(await response.text(), 'submit result');
  });
});
