import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSameSitePath } from '../../src/app/server/routes/same-site-path.js';
import { openTempApp } from './helpers/server-fixtures.js';

const TOKEN = 'a-long-enough-test-token';

test('after sign-in only paths on this site are followed; tabs, backslashes and dot segments cannot lead away', async () => {
  const ctx = openTempApp({ token: TOKEN });
  try {
    for (const next of [
      '/%09/evil.example/again',
      '/\t/evil.example',
      '/%0a/evil.example',
      '//evil.example',
      '/\\evil.example',
      '/%5Cevil.example',
      '/.//evil.example',
      '/a/..//evil.example',
      'https://evil.example/',
      'evil.example',
      ' /stories',
    ]) {
      const response = await ctx.app.request(
        `/login?next=${encodeURIComponent(next).replace(/%25(09|0a|5C)/gi, '%$1')}`,
        {
          headers: { authorization: `Bearer ${TOKEN}` },
        },
      );
      assert.equal(response.status, 303, next);
      assert.equal(response.headers.get('location'), '/', `next=${JSON.stringify(next)}`);
    }
    const fine = await ctx.app.request('/login?next=%2Fstories%2Fstory-1%3Fformat%3Dmd', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(fine.headers.get('location'), '/stories/story-1?format=md');
  } finally {
    ctx.cleanup();
  }
});

test('the sign-in form carries only a same-site next, and posting it redirects there', async () => {
  const ctx = openTempApp({ token: TOKEN });
  try {
    const page = await (await ctx.app.request('/login?next=/%09/evil.example/again')).text();
    assert.match(page, /name="next" value="\/"/);
    const posted = await ctx.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN, next: '/\t/evil.example/again' }).toString(),
    });
    assert.equal(posted.status, 303);
    assert.equal(posted.headers.get('location'), '/');
  } finally {
    ctx.cleanup();
  }
});

test('toSameSitePath keeps ordinary paths as they are', () => {
  assert.equal(toSameSitePath('/'), '/');
  assert.equal(toSameSitePath('/search?q=bridge%20toll'), '/search?q=bridge%20toll');
  assert.equal(toSameSitePath('/stories/story-2#fact-3'), '/stories/story-2#fact-3');
  assert.equal(toSameSitePath(undefined), '/');
});
