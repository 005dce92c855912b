import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { createApiRoutes } from '../../src/app/server/routes/api-routes.js';
import type { StoryCatalog } from '../../src/app/server/story-catalog.js';
import {
  ROOT,
  XSS_DIR,
  articlesOf,
  json,
  openTempApp,
  postJson,
  withoutFile,
  type TempApp,
} from './helpers/server-fixtures.js';

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

/** js-yaml comes with the lint tooling, not as a dependency of its own: without it this file skips. */
async function loadSpec(): Promise<OpenApi | undefined> {
  try {
    // A variable specifier: js-yaml ships no types, and only `load` is used.
    const specifier = 'js-yaml';
    const yaml = (await import(specifier)) as { load: (text: string) => unknown };
    return yaml.load(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8')) as OpenApi;
  } catch {
    return undefined;
  }
}

describe('openapi.yaml', async () => {
  const spec = await loadSpec();
  let ctx: TempApp;
  let validator: (name: string) => ValidateFunction;

  before(() => {
    ctx = openTempApp();
    if (!spec) return;
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(spec, 'openapi');
    validator = (name) => {
      const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
      assert.ok(validate, `schema ${name}`);
      return validate;
    };
  });
  after(() => ctx.cleanup());

  const check = (name: string, value: unknown) => {
    const validate = validator(name);
    assert.ok(validate(value), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  };

  test('documents every API route and no other', (t) => {
    if (!spec) return t.skip('js-yaml is not installed');
    const routes = createApiRoutes({} as StoryCatalog).routes.map(
      (r) => `${r.method.toLowerCase()} /api${r.path.replace(/:(\w+)/g, '{$1}')}`,
    );
    const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    assert.deepEqual([...new Set(routes.filter((r) => !r.startsWith('all ')))].sort(), documented.sort());
  });

  test('the API’s responses match the documented schemas', async (t) => {
    if (!spec) return t.skip('js-yaml is not installed');
    const submitted = await json<{ articles: { key: number; storyId: string }[] }>(
      postJson(ctx.app, '/api/articles', { articles: articlesOf(XSS_DIR).map(withoutFile) }),
    );
    check('SubmitResult', submitted);
    const { key, storyId } = submitted.articles[0]!;
    const list = await json<{ stories: unknown[] }>(ctx.app.request('/api/stories'));
    for (const story of list.stories) check('StorySummary', story);
    check('StoryReport', await json(ctx.app.request(`/api/stories/${storyId}`)));
    const article = await json<{ article: unknown }>(ctx.app.request(`/api/articles/${key}?start=0&end=10`));
    check('Article', article.article);
    check('Error', await json(ctx.app.request('/api/stories/none')));
    check('Error', await json(postJson(ctx.app, '/api/articles', '{')));
    assert.equal(validator('StorySummary')({ id: 'story-1', outlets: 'one' }), false, 'the schemas do reject');
  });
});
