import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from './stem-word.js';

test('inflections of one word share a stem', () => {
  for (const group of [
    ['vaccine', 'vaccines'],
    ['close', 'closes', 'closed', 'closing'],
    ['flood', 'floods', 'flooded', 'flooding'],
    ['city', 'cities'],
    ['slam', 'slammed', 'slamming'],
  ]) {
    assert.equal(new Set(group.map(stemWord)).size, 1, group.join(', '));
  }
});

test('short words and words ending in -ss, -us, -is keep their ending', () => {
  assert.equal(stemWord('gas'), 'gas');
  assert.equal(stemWord('press'), 'press');
  assert.equal(stemWord('virus'), 'virus');
  assert.equal(stemWord('crisis'), 'crisis');
  assert.equal(stemWord('bus'), 'bus');
});

test('different words are not merged', () => {
  assert.notEqual(stemWord('police'), stemWord('policy'));
  assert.notEqual(stemWord('business'), stemWord('busy'));
});
