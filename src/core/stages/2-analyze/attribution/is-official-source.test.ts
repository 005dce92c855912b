import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOfficialSource } from './is-official-source.js';

test('ministries, police, officials, spokespeople and agencies are official', () => {
  for (const source of [
    'the Interior Ministry',
    'police',
    'government officials',
    'the authorities',
    'a fire department spokeswoman',
    'the weather agency',
    'the governor',
    'state television',
    'the White House',
    'the airline',
    'the carmaker',
    'Customs officers',
    'the Red Cross',
  ]) {
    assert.equal(isOfficialSource(source), true, source);
  }
});

test('witnesses, media, companies and former officials are not official', () => {
  for (const source of [
    'local residents',
    'a witness',
    'the Harbour Times',
    'a former minister',
    'opposition lawmakers',
  ]) {
    assert.equal(isOfficialSource(source), false, source);
  }
});

test('a description can make a named person official', () => {
  assert.equal(isOfficialSource('Jan Novak', 'a spokesman for the port authority'), true);
  assert.equal(isOfficialSource('Jan Novak'), false);
});
