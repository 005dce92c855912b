import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundShare } from './background-frequencies.js';
import { stemWord } from './stem-word.js';

test('everyday words are common in the background; news-event words are rare; unknown words are 0', () => {
  const share = (word: string) => backgroundShare(stemWord(word));
  assert.ok(share('people') > 0.1, `people ${share('people')}`);
  assert.ok(share('wildfire') < 0.001, `wildfire ${share('wildfire')}`);
  assert.ok(share('hectares') < share('bridge'));
  assert.ok(share('police') > share('earthquake'));
  assert.equal(backgroundShare('zzqxv'), 0);
});

test('the forms of a word share one stem and add up', () => {
  assert.ok(backgroundShare(stemWord('closed')) >= backgroundShare(stemWord('close')) * 0.99);
  assert.equal(backgroundShare(stemWord('closed')), backgroundShare(stemWord('closes')));
});
