import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTruncation, looksBinary, sniffFormat } from './sniff-format.js';

test('looksBinary: NUL bytes, file signatures and control characters are binary; text is not', () => {
  assert.equal(looksBinary(Buffer.from('The mayor said on Monday that the road would reopen.')), false);
  assert.equal(looksBinary(Buffer.from('Tabs\tand\r\nline breaks are text\f')), false);
  assert.equal(looksBinary(Buffer.from([0x48, 0x69, 0x00, 0x21])), true);
  assert.equal(looksBinary(Buffer.from('%PDF-1.7 some pdf')), true);
  assert.equal(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), true);
  assert.equal(looksBinary(Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))), true);
  // UTF-16 text is full of NUL bytes but is text.
  assert.equal(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('news', 'utf16le')])), false);
});

test('sniffFormat: feeds by their root element, HTML by its markup, the rest is text', () => {
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>'), 'feed');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(sniffFormat('<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'feed');
  assert.equal(sniffFormat('<!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(sniffFormat('<p>One paragraph.</p><p>Another.</p>'), 'html');
  assert.equal(sniffFormat('Prices rose 3% as 2 < 3 and 5 > 4, officials said.'), 'text');
  // An article that merely mentions a feed is not one.
  assert.equal(sniffFormat('Readers can subscribe to the <rss> feed, the editor said.'), 'text');
});

test('findTruncation warns about cut-off HTML and stays quiet on whole pages and fragments', () => {
  assert.match(findTruncation('<html><body><p>The council met on Monday and') ?? '', /no closing/);
  assert.match(findTruncation('<html><body><p>The council met.</p><di') ?? '', /ends inside a tag/);
  assert.equal(findTruncation('<html><body><p>Whole.</p></body></html>'), undefined);
  assert.equal(findTruncation('<p>A fragment from a feed.</p>'), undefined);
});
