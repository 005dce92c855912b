import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkdown } from './strip-markdown.js';

test('headings, emphasis, links, images, code and list markers reduce to text', () => {
  const lines = stripMarkdown([
    '# Ferry strike ends',
    'Services **resume** on _Monday_, the [port authority](https://example.com/port) said.',
    '![Ferry at the quay](ferry.jpg)',
    '- Boats: `12`',
    '> "We are relieved," a passenger said.',
    '',
    '---',
  ]);
  assert.deepEqual(
    lines.map((line) => [line.text, line.isHeading, line.isBreak]),
    [
      ['Ferry strike ends', true, false],
      ['Services resume on Monday, the port authority said.', false, false],
      ['', false, false],
      ['Boats: 12', false, false],
      ['"We are relieved," a passenger said.', false, false],
      ['', false, false],
      ['', false, true],
    ],
  );
});

test('setext headings and fenced code', () => {
  const lines = stripMarkdown(['Ferry strike ends', '=================', '```', '**not bold** in code', '```']);
  assert.deepEqual(
    lines.map((line) => [line.text, line.isHeading]),
    [
      ['Ferry strike ends', true],
      ['', false],
      ['', false],
      ['**not bold** in code', false],
      ['', false],
    ],
  );
});

test('snake_case words and lone asterisks are left alone', () => {
  assert.equal(stripMarkdown(['The file_name_here has 5 * 3 rows'])[0]?.text, 'The file_name_here has 5 * 3 rows');
});
