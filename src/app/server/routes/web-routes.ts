/**
 * @module web-routes
 * The reading interface: server-rendered pages (story list with the add form, story, source view,
 * comparison, search) and the form posts behind them. No client-side script.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { StoryCatalog, StoryView } from '../story-catalog.js';
import { badRequest, parseFormSubmission } from '../parse-submission.js';
import { renderComparePage } from '../pages/compare-page.js';
import { renderSearchPage } from '../pages/search-page.js';
import { renderSourcePage } from '../pages/source-page.js';
import { renderStoryListPage } from '../pages/story-list-page.js';
import { renderStoryPage } from '../pages/story-page.js';
import { renderSubmitResultPage } from '../pages/submit-result-page.js';
import { WEB_STYLE } from '../../web/web-style.js';
import { readKey } from './api-routes.js';
import { readIntegerParam } from './read-integer-param.js';
import { sendReport } from './send-report.js';

const STORIES_PER_PAGE = 25;
const SEARCH_LIMIT = 50;

export function createWebRoutes(catalog: StoryCatalog): Hono {
  const web = new Hono();

  web.get('/assets/style.css', (c) =>
    c.body(WEB_STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' }),
  );

  web.get('/', (c) => {
    const stories = catalog.listStories();
    const pages = Math.max(1, Math.ceil(stories.length / STORIES_PER_PAGE));
    const page = readIntegerParam(c.req.query('page'), 'page', { min: 1, max: pages, fallback: 1 });
    const shown = stories.slice((page - 1) * STORIES_PER_PAGE, page * STORIES_PER_PAGE);
    return c.html(renderStoryListPage({ stories: shown, total: stories.length, page, pageSize: STORIES_PER_PAGE }));
  });

  web.post('/articles', async (c) => {
    const result = await catalog.submit(parseFormSubmission(await readForm(c)));
    const isFailure =
      result.added === 0 && result.duplicates === 0 && result.diagnostics.some((d) => d.severity === 'error');
    // One story touched: go straight to it (post/redirect/get), else say what happened.
    const hasErrors = result.diagnostics.some((d) => d.severity === 'error');
    const only = result.stories.length === 1 && !hasErrors ? result.stories[0] : undefined;
    if (only) return c.redirect(`/stories/${encodeURIComponent(only.id)}`, 303);
    return c.html(renderSubmitResultPage(result), isFailure ? 400 : 200);
  });

  web.post('/articles/:key/delete', async (c) => {
    const key = readKey(c.req.param('key'));
    const outcome = await catalog.deleteArticle(key);
    if (!outcome) throw new HTTPException(404, { message: `There is no article with key ${key}.` });
    return c.redirect(outcome.storyRemains ? `/stories/${encodeURIComponent(outcome.storyId)}` : '/', 303);
  });

  web.get('/stories/:id', (c) => {
    const page = catalog.rendered(c.req.param('id'), 'page', renderStoryPage);
    if (page === undefined) throw noStoryPage(c.req.param('id'));
    return c.html(page);
  });

  // Download links on the story page: the API's formats, behind the pages' sign-in rather than a bearer token.
  web.get('/stories/:id/report.json', (c) => sendReport(c, catalog, c.req.param('id'), 'json'));
  web.get('/stories/:id/report.md', (c) => sendReport(c, catalog, c.req.param('id'), 'md'));
  web.get('/stories/:id/report.html', (c) => sendReport(c, catalog, c.req.param('id'), 'html'));

  web.get('/stories/:id/articles/:key', (c) => {
    const view = storyOf(c, catalog);
    const key = readKey(c.req.param('key'));
    const articleId = [...view.keys].find(([, k]) => k === key)?.[0];
    const article = view.report.articles.find((a) => a.id === articleId);
    if (!article) {
      // An old link after the article moved to another story: send the reader to where it is now.
      const stored = catalog.article(key);
      if (stored && stored.storyId !== view.report.id)
        return c.redirect(`/stories/${encodeURIComponent(stored.storyId)}/articles/${key}`, 303);
      throw new HTTPException(404, { message: `This story has no article with key ${key}.` });
    }
    const start = c.req.query('start');
    const end = c.req.query('end');
    let current: { start: number; end: number } | undefined;
    if (start !== undefined && end !== undefined) {
      const bounds = { min: 0, max: article.text.length, fallback: 0 };
      current = { start: readIntegerParam(start, 'start', bounds), end: readIntegerParam(end, 'end', bounds) };
      if (current.start >= current.end) throw badRequest('The start of the highlighted span must come before its end.');
    }
    return c.html(renderSourcePage({ view, article, key, ...(current && { current }) }));
  });

  web.get('/stories/:id/compare', (c) => {
    const view = storyOf(c, catalog);
    const a = c.req.query('a');
    const b = c.req.query('b');
    const find = (id: string | undefined) => (id ? view.report.articles.find((x) => x.id === id) : undefined);
    const left = find(a);
    const right = find(b);
    if (a === undefined && b === undefined) return c.html(renderComparePage({ view }));
    if (!left || !right) {
      const missing = !left ? a : b;
      return c.html(
        renderComparePage({ view, problem: `This story has no source "${missing ?? ''}": pick two from the lists.` }),
        400,
      );
    }
    if (left.id === right.id)
      return c.html(renderComparePage({ view, a: left, problem: 'Pick two different sources.' }), 400);
    return c.html(renderComparePage({ view, a: left, b: right }));
  });

  web.get('/search', (c) => {
    const query = (c.req.query('q') ?? '').trim();
    if (query === '') return c.html(renderSearchPage('', undefined));
    if (query.length < 2 || query.length > 200)
      return c.html(renderSearchPage(query, undefined, 'Search for 2 to 200 characters.'), 400);
    return c.html(renderSearchPage(query, catalog.search(query, SEARCH_LIMIT)));
  });

  return web;
}

function storyOf(c: Context, catalog: StoryCatalog): StoryView {
  const id = c.req.param('id') ?? '';
  const view = catalog.story(id);
  if (!view) throw noStoryPage(id);
  return view;
}

function noStoryPage(id: string): HTTPException {
  return new HTTPException(404, { message: `There is no story "${id}" (it may have lost its last article).` });
}

/** Form fields as strings (urlencoded or multipart; file fields are ignored). */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type))
    throw new HTTPException(415, {
      message: 'Send the form as application/x-www-form-urlencoded or multipart/form-data.',
    });
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') fields[name] = value;
  return fields;
}
