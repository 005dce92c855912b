/**
 * Bidirectional controls from articles (right-to-left override and its kin) must not reorder what a
 * page shows: none reaches any page, in the web app or in the standalone report.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/core/stages/7-render/html/escape-html.js';
import { json, openTempApp, postJson, type TempApp } from './helpers/server-fixtures.js';

const RLO = '\u202E';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

// A name written backwards behind an override shows as a different name; an isolate left open turns the rest of the line.
const ARTICLES = [
  {
    outlet: `The ${RLO}semiT yliaD\u202C`,
    title: `Mayor ${RLO}nosirraH\u202C resigns after audit`,
    text: `Mayor ${RLO}nosirraH\u202C resigned on Monday after an audit found 40 contracts were signed without review, the council said.\n\nThe council said 12 staff would be moved, and \u2067a new audit\u2069 would begin in \u202Bspring\u202C. Its chair added \u2066nothing\u2069 more.`,
  },
  {
    outlet: 'Evening Ledger',
    title: 'Audit forces out mayor',
    text: `The mayor resigned on Monday after auditors found 40 contracts signed without review. ${RLO}Council officials said 12 staff would be moved.`,
  },
];

describe('bidirectional controls in article strings', () => {
  let ctx: TempApp;
  let storyId = '';
  let keys: number[] = [];
  let ids: string[] = [];

  before(async () => {
    ctx = openTempApp();
    const response = await postJson(ctx.app, '/api/articles', { articles: ARTICLES });
    const body = await json<{ added: number; articles: { key: number; id: string; storyId: string }[] }>(response);
    assert.equal(body.added, 2);
    keys = body.articles.map((a) => a.key);
    ids = body.articles.map((a) => a.id);
    storyId = body.articles[0]?.storyId ?? '';
  });
  after(() => ctx.cleanup());

  const page = async (path: string): Promise<string> => {
    const response = await ctx.app.request(path, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 200, path);
    return response.text();
  };

  test('reach no page of the web app', async () => {
    const paths = [
      '/',
      `/stories/${storyId}`,
      `/stories/${storyId}/compare?a=${ids[0]}&b=${ids[1]}`,
      '/search?q=audit',
      ...keys.flatMap((key) => [
        `/stories/${storyId}/articles/${key}`,
        `/stories/${storyId}/articles/${key}?start=0&end=30`,
      ]),
    ];
    for (const path of paths) {
      const html = await page(path);
      assert.ok(!CONTROLS.test(html), `${path} carries a bidirectional control`);
    }
    const story = await page(`/stories/${storyId}`);
    assert.ok(story.includes('Mayor nosirraH resigns after audit'), 'the title is shown, in its stored order');
  });

  test('reach neither the standalone report nor its download', async () => {
    for (const path of [`/api/stories/${storyId}/report.html`, `/stories/${storyId}/report.html`]) {
      const html = await (await ctx.app.request(path)).text();
      assert.ok(html.includes('semiT yliaD'), `${path} shows the outlet`);
      assert.ok(!CONTROLS.test(html), `${path} carries a bidirectional control`);
    }
  });

  test('escapeHtml drops every embedding, override and isolate control, and keeps right-to-left letters', () => {
    assert.equal(escapeHtml('a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j'), 'abcdefghij');
    assert.equal(escapeHtml('שלום <b>'), 'שלום &lt;b&gt;');
  });
});
