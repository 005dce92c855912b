import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBreadcrumbLine } from './is-breadcrumb-line.js';

test('breadcrumb trails', () => {
  assert.ok(isBreadcrumbLine('News / World / Europe'));
  assert.ok(isBreadcrumbLine('News\u00a0 /\u00a0 Opinion\u00a0 /\u00a0 Letters'));
  assert.ok(isBreadcrumbLine('Home > Politics'));
  assert.ok(isBreadcrumbLine('Sport » Football » Premier League'));
});

test('not breadcrumbs: sentences, ratios, single separators, mixed separators', () => {
  assert.ok(!isBreadcrumbLine('The talks, held in Geneva / Vienna / Rome, ended without a deal.'));
  assert.ok(!isBreadcrumbLine('The service runs 24/7'));
  assert.ok(!isBreadcrumbLine('Politics > Economy'));
  assert.ok(!isBreadcrumbLine('News / World > Europe'));
  assert.ok(!isBreadcrumbLine('the lower / upper house'));
});
