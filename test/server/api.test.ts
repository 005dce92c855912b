import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryReport } from '../../src/core/model/story-report.js';
import { assertValidReport } from '../support/validate-report.js';
import {
  EXAMPLE_DIR,
  articlesOf,
  json,
  openTempApp,
  postJson,
  withoutFile,
  type TempApp,
} from './helpers/server-fixtures.js';

interface SubmitBody {
  added: number;
  duplicates: number;
  articles: { key: number; id: string; storyId: string }[];
  stories: { id: string; title?: string; changes: string[] }[];
  diagnostics: { severity: string; source: string; message: string }[];
  error?: string;
}
interface StoryList {
  stories: { id: string; articleCount: number; disputedCount: number; outlets: string[] }[];
  total: number;
  limit: number;
  offset: number;
}
interface ArticleBody {
  key: number;
  storyId: string;
  article: { id: string; text: string; outlet?: string; title?: string };
  highlight?: { start: number; end: number; text: string };
}
interface SearchBody {
  query: string;
  articles: { key: number; id: string; snippet: string; match?: { start: number; end: number } }[];
  facts: { storyId: string; id: string; what: string }[];
}

const examples = articlesOf(EXAMPLE_DIR);

describe('the example story through the API', () => {
  let ctx: TempApp;
  let submitted: SubmitBody;

  before(async () => {
    ctx = openTempApp();
    const response = await postJson(ctx.app, '/api/articles', { articles: examples.map(withoutFile) });
    assert.equal(response.status, 201);
    submitted = await json<SubmitBody>(response);
  });
  after(() => ctx.cleanup());

  // How the clusterer groups the five (one story, or a main story and a stray) is its business;
  // these tests hold for either.
  test('submitting five articles stores five and names the stories they joined', () => {
    assert.equal(submitted.added, 5);
    assert.equal(submitted.articles.length, 5);
    assert.ok(submitted.stories.length >= 1);
    assert.ok(submitted.stories.every((story) => story.changes.some((line) => line.startsWith('new story'))));
    const named = new Set(submitted.stories.map((s) => s.id));
    assert.ok(submitted.articles.every((a) => named.has(a.storyId)));
  });

  test('the same articles again are duplicates, not new rows', async () => {
    const response = await postJson(ctx.app, '/api/articles', { articles: examples.map(withoutFile) });
    assert.equal(response.status, 200);
    const body = await json<SubmitBody>(response);
    assert.equal(body.added, 0);
    assert.equal(body.duplicates, 5);
  });

  test('lists the story with its outlets and counts, paged', async () => {
    const list = await json<StoryList>(ctx.app.request('/api/stories?limit=10&offset=0'));
    assert.equal(list.total, submitted.stories.length);
    assert.equal(list.limit, 10);
    assert.equal(
      list.stories.reduce((sum, s) => sum + s.articleCount, 0),
      5,
    );
    assert.ok(list.stories.some((s) => s.outlets.includes('The Calder Courier')));
    const first = await json<StoryList>(ctx.app.request('/api/stories?limit=1'));
    assert.deepEqual(first.stories, list.stories.slice(0, 1));
    const empty = await json<StoryList>(ctx.app.request(`/api/stories?offset=${list.total}`));
    assert.deepEqual(empty.stories, []);
    assert.equal(empty.total, list.total);
  });

  test('the report comes as JSON (the contract, plus article keys), Markdown and HTML', async () => {
    const id = submitted.stories[0]!.id;
    const members = submitted.articles.filter((a) => a.storyId === id);
    const response = await ctx.app.request(`/api/stories/${id}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const report = (await response.json()) as StoryReport & { articleKeys: Record<string, number> };
    assertValidReport(report);
    assert.equal(report.id, id);
    assert.deepEqual(report.articles.map((a) => a.id).sort(), members.map((a) => a.id).sort());
    for (const article of report.articles) assert.equal(typeof report.articleKeys[article.id], 'number');
    for (const fact of report.facts)
      for (const claim of fact.claims) {
        const text = report.articles.find((a) => a.id === claim.article)?.text ?? '';
        assert.equal(text.slice(claim.start, claim.end), claim.text, 'claim spans point into the article text');
      }

    const markdown = await ctx.app.request(`/api/stories/${id}/report.md`);
    assert.equal(markdown.status, 200);
    assert.match(markdown.headers.get('content-type') ?? '', /text\/markdown/);
    assert.match(await markdown.text(), /^# /);

    const html = await ctx.app.request(`/api/stories/${id}/report.html`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const page = await html.text();
    assert.match(page, /^<!DOCTYPE html>/);
    // The header repeats the document's own policy, so its pinned inline style still applies.
    assert.match(html.headers.get('content-security-policy') ?? '', /style-src 'sha256-/);
  });

  test('an unknown story is a 404 in every format', async () => {
    for (const path of ['/api/stories/nope', '/api/stories/nope/report.md', '/api/stories/nope/report.html']) {
      const response = await ctx.app.request(path);
      assert.equal(response.status, 404, path);
      assert.match((await json<{ error: string }>(response)).error, /no story "nope"/);
    }
  });

  test('an article comes with its text and, given start and end, the highlighted span', async () => {
    const { key } = submitted.articles[0]!;
    const whole = await json<ArticleBody>(ctx.app.request(`/api/articles/${key}`));
    assert.equal(whole.key, key);
    assert.ok(whole.article.text.length > 500);
    assert.equal(whole.highlight, undefined);
    const sentenceEnd = whole.article.text.indexOf('.') + 1;
    const span = await json<ArticleBody>(ctx.app.request(`/api/articles/${key}?start=0&end=${sentenceEnd}`));
    assert.deepEqual(span.highlight, { start: 0, end: sentenceEnd, text: whole.article.text.slice(0, sentenceEnd) });
  });

  test('bad article keys and spans are 4xx with a message', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/articles/abc', 400, /positive whole number/],
      ['/api/articles/99999', 404, /no article with key 99999/],
      [`/api/articles/${submitted.articles[0]!.key}?start=5`, 400, /both start and end/],
      [`/api/articles/${submitted.articles[0]!.key}?start=9&end=3`, 400, /before end/],
      [`/api/articles/${submitted.articles[0]!.key}?start=0&end=99999999`, 400, /between 0 and/],
      ['/api/stories?limit=0', 400, /limit must be between 1 and 100/],
      ['/api/stories?limit=ten', 400, /limit must be a whole number/],
      ['/api/stories?offset=-1', 400, /offset must be between/],
    ];
    for (const [path, status, message] of cases) {
      const response = await ctx.app.request(path);
      assert.equal(response.status, status, path);
      assert.match((await json<{ error: string }>(response)).error, message, path);
    }
  });

  test('search finds articles by their text and points at the match', async () => {
    const body = await json<SearchBody>(ctx.app.request('/api/search?q=unaccounted%20for'));
    assert.ok(body.articles.length >= 2, 'two outlets write "unaccounted for"');
    for (const hit of body.articles) {
      const article = await json<ArticleBody>(ctx.app.request(`/api/articles/${hit.key}`));
      assert.ok(hit.match, 'the phrase is in the text');
      assert.equal(article.article.text.slice(hit.match.start, hit.match.end).toLowerCase(), 'unaccounted for');
      assert.match(hit.snippet, /unaccounted for/i);
    }
    const none = await json<SearchBody>(ctx.app.request('/api/search?q=zeppelin%20hangar'));
    assert.deepEqual(none.articles, []);
    assert.deepEqual(none.facts, []);
    const short = await ctx.app.request('/api/search?q=a');
    assert.equal(short.status, 400);
  });

  test('search finds facts by what they count', async (t) => {
    const report = await json<StoryReport>(ctx.app.request(`/api/stories/${submitted.stories[0]!.id}`));
    const fact = report.facts[0];
    if (!fact) return t.skip('the pipeline found no facts in the example today');
    const body = await json<SearchBody>(ctx.app.request(`/api/search?q=${encodeURIComponent(fact.what)}`));
    assert.ok(body.facts.some((f) => f.id === fact.id && f.storyId === report.id));
  });
});

describe('deleting articles', () => {
  test('removes the article, re-reports its story, and the story goes when its last article does', async () => {
    const ctx = openTempApp();
    try {
      const [first, second] = examples;
      const added = await json<SubmitBody>(
        postJson(ctx.app, '/api/articles', { articles: [withoutFile(first!), withoutFile(second!)] }),
      );
      assert.equal(added.added, 2);
      const storyIds = [...new Set(added.articles.map((a) => a.storyId))];
      const before = await json<StoryReport>(ctx.app.request(`/api/stories/${added.articles[0]!.storyId}`));
      const keyToDelete = added.articles[0]!.key;

      const deleted = await ctx.app.request(`/api/articles/${keyToDelete}`, { method: 'DELETE' });
      assert.equal(deleted.status, 200);
      const outcome = await json<{ deleted: number; storyId: string; storyRemains: boolean }>(deleted);
      assert.equal(outcome.deleted, keyToDelete);
      assert.equal((await ctx.app.request(`/api/articles/${keyToDelete}`)).status, 404);
      assert.equal((await ctx.app.request(`/api/articles/${keyToDelete}`, { method: 'DELETE' })).status, 404);

      if (outcome.storyRemains) {
        // The cached report was invalidated: the deleted article is gone from it.
        const after = await json<StoryReport>(ctx.app.request(`/api/stories/${outcome.storyId}`));
        assert.equal(after.articles.length, before.articles.length - 1);
        assert.ok(!after.articles.some((a) => a.id === added.articles[0]!.id));
      } else {
        assert.equal((await ctx.app.request(`/api/stories/${outcome.storyId}`)).status, 404);
      }
      await ctx.app.request(`/api/articles/${added.articles[1]!.key}`, { method: 'DELETE' });
      const list = await json<StoryList>(ctx.app.request('/api/stories'));
      assert.equal(list.total, 0, `stories ${storyIds.join(', ')} are gone`);
    } finally {
      ctx.cleanup();
    }
  });
});

describe('requests the API refuses', () => {
  let ctx: TempApp;
  before(() => {
    ctx = openTempApp({ maxBodyBytes: 64 * 1024 });
  });
  after(() => ctx.cleanup());

  test('malformed JSON is a 400 that says so', async () => {
    const response = await postJson(ctx.app, '/api/articles', '{"text": "A bridge fell.",');
    assert.equal(response.status, 400);
    assert.match((await json<{ error: string }>(response)).error, /^malformed JSON: /);
  });

  test('a body over the limit is a 413, by declared length and when streamed without one', async () => {
    const big = JSON.stringify({ text: 'The council met. '.repeat(5000) });
    const declared = await postJson(ctx.app, '/api/articles', big);
    assert.equal(declared.status, 413);
    assert.match((await json<{ error: string }>(declared)).error, /larger than 0\.1 MB/);
    const chunks = [big.slice(0, 40_000), big.slice(40_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const streamed = await ctx.app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
  });

  test('bodies of the wrong type or shape are 4xx with the field named', async () => {
    const cases: [unknown, RegExp][] = [
      [[], /the body must be a JSON object/],
      [{}, /nothing to add/],
      [{ text: '   ' }, /text or html must not be empty/],
      [{ text: 'A bridge fell.', html: '<p>A bridge fell.</p>' }, /give one, not both/],
      [{ text: 'A bridge fell.', colour: 'red' }, /unknown field "colour"/],
      [{ text: 42 }, /text must be a string/],
      [{ text: 'A bridge fell.', published: 'last Tuesday' }, /published must be a date/],
      [{ text: 'A bridge fell.', url: 'file:///etc/passwd' }, /only http and https/],
      [{ urls: 'https://news.example/a' }, /urls must be an array/],
      [{ urls: [] }, /urls must not be empty/],
      [{ urls: ['/etc/passwd'] }, /urls\[0\] is not a URL/],
      [{ feeds: ['ftp://news.example/feed'] }, /feeds\[0\]: only http and https/],
      [{ articles: [{ text: 'A bridge fell.' }, { body: 'x' }] }, /articles\[1\]: unknown field "body"/],
      [{ outlet: 'Daily Example' }, /"outlet" describes an article/],
    ];
    for (const [body, message] of cases) {
      const response = await postJson(ctx.app, '/api/articles', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match((await json<{ error: string }>(response)).error, message);
    }
    const form = await ctx.app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'A bridge fell.',
    });
    assert.equal(form.status, 415);
    const list = await json<StoryList>(ctx.app.request('/api/stories'));
    assert.equal(list.total, 0, 'nothing invalid was stored');
  });

  test('URLs to loopback and private addresses are refused with the fetcher’s reason', async () => {
    for (const url of ['http://127.0.0.1:9/story', 'http://10.0.0.1/story', 'http://[::1]/story']) {
      const response = await postJson(ctx.app, '/api/articles', { urls: [url] });
      assert.equal(response.status, 400, url);
      const body = await json<SubmitBody>(response);
      assert.match(body.error ?? '', /refused|not allowed|private|loopback/i, url);
      assert.equal(body.added, 0);
    }
    const feed = await postJson(ctx.app, '/api/articles', { feeds: ['http://192.168.1.1/feed.xml'] });
    assert.equal(feed.status, 400);
  });

  test('unknown routes are JSON 404s', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing-here'],
      ['PUT', '/api/stories'],
      ['GET', '/no/such/page'],
    ] as const) {
      const response = await ctx.app.request(path, { method });
      assert.equal(response.status, 404, path);
      assert.match((await json<{ error: string }>(response)).error, /no route/);
    }
  });
});

describe('a request that fails part-way', () => {
  test('keeps the articles stored before it and every article a good request stored', async () => {
    const ctx = openTempApp();
    try {
      const [first, second] = examples;
      const added = await json<SubmitBody>(postJson(ctx.app, '/api/articles', withoutFile(first!)));
      assert.equal(added.added, 1);
      // Valid text next to a URL the fetcher refuses: the text is stored, the refusal reported.
      const mixed = await postJson(ctx.app, '/api/articles', {
        ...withoutFile(second!),
        urls: ['http://10.0.0.1/story'],
      });
      assert.equal(mixed.status, 201);
      const body = await json<SubmitBody>(mixed);
      assert.equal(body.added, 1);
      assert.ok(body.diagnostics.some((d) => d.severity === 'error' && d.source.includes('10.0.0.1')));
      // A body that breaks off mid-way (invalid JSON) stores nothing and loses nothing.
      const broken = await postJson(
        ctx.app,
        '/api/articles',
        JSON.stringify({ articles: examples.map(withoutFile) }).slice(0, 5000),
      );
      assert.equal(broken.status, 400);
      const list = await json<StoryList>(ctx.app.request('/api/stories'));
      assert.equal(
        list.stories.reduce((sum, s) => sum + s.articleCount, 0),
        2,
      );
      for (const article of [...added.articles, ...body.articles])
        assert.equal((await ctx.app.request(`/api/articles/${article.key}`)).status, 200);
    } finally {
      ctx.cleanup();
    }
  });
});
