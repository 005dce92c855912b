import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUrlDate } from './find-url-date.js';

test('dates in article addresses', () => {
  assert.equal(findUrlDate('https://news.example.com/2021/03/04/ferry-strike-ends/'), '2021-03-04');
  assert.equal(findUrlDate('https://news.example.com/world/2019/nov/18/storm-hits-coast'), '2019-11-18');
  assert.equal(findUrlDate('https://news.example.com/science/coral-survey-20191115/'), '2019-11-15');
  assert.equal(findUrlDate('https://news.example.com/2021-3-4/port'), '2021-03-04');
});

test('no date: ids, years alone, impossible dates, not a URL', () => {
  assert.equal(findUrlDate('https://news.example.com/article/3834/1'), undefined);
  assert.equal(findUrlDate('https://news.example.com/2021/budget-explained'), undefined);
  assert.equal(findUrlDate('https://news.example.com/2021/13/40/x'), undefined);
  assert.equal(findUrlDate('https://news.example.com/story-12345678'), undefined);
  assert.equal(findUrlDate('seeds/002.txt'), undefined);
});
