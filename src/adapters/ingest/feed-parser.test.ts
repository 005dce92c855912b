import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, toIsoDate } from './feed-parser.js';

test('RSS 2.0: content:encoded wins over description, atom:link self is not the channel link', () => {
  const feed = parseFeed(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Town &amp; Country</title><atom:link href="https://t.example/rss" rel="self"/><link>https://t.example/</link>
<item><title>Road &amp; rail</title><link>https://t.example/road</link><pubDate>Wed, 05 Mar 2025 14:00:00 +0100</pubDate>
<description>Short teaser.</description><content:encoded><![CDATA[<p>Full <b>story</b> &amp; more.</p>]]></content:encoded></item>
<item><guid isPermaLink="true">https://t.example/guid-only</guid><description>&lt;p&gt;Escaped &amp;amp; html&lt;/p&gt;</description></item>
<item><guid isPermaLink="false">tag:t.example,2025:3</guid><title>No link</title></item>
</channel></rss>`);
  assert.equal(feed.title, 'Town & Country');
  assert.equal(feed.link, 'https://t.example/');
  assert.equal(feed.items.length, 3);
  const [first, second, third] = feed.items;
  assert.deepEqual(first, {
    index: 1,
    title: 'Road & rail',
    link: 'https://t.example/road',
    published: '2025-03-05T13:00:00.000Z',
    html: '<p>Full <b>story</b> &amp; more.</p>',
  });
  assert.equal(second?.link, 'https://t.example/guid-only');
  assert.equal(second?.html, '<p>Escaped &amp; html</p>');
  assert.equal(third?.link, undefined);
  assert.equal(third?.html, undefined);
});

test('Atom: alternate link, xhtml content kept as markup, text content escaped', () => {
  const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor</title>
<entry><title type="html">Ferry &lt;em&gt;back&lt;/em&gt;</title><link rel="self" href="https://h.example/self"/><link rel="alternate" href="https://h.example/ferry"/>
<updated>2025-02-10T12:00:00Z</updated><published>2025-02-10T07:15:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Boats run again.</p></div></content></entry>
<entry><title>Plain</title><link href="https://h.example/plain"/><content type="text">Prices rose &lt; 5%.

Second paragraph.</content></entry>
</feed>`);
  assert.equal(feed.title, 'Harbor');
  assert.equal(feed.items[0]?.link, 'https://h.example/ferry');
  assert.equal(feed.items[0]?.published, '2025-02-10T07:15:00Z');
  assert.match(
    feed.items[0]?.html ?? '',
    /^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><p>Boats run again.<\/p><\/div>$/,
  );
  assert.equal(feed.items[1]?.html, '<p>Prices rose &lt; 5%.</p>\n<p>Second paragraph.</p>');
});

test('RSS 1.0 (RDF): items beside the channel', () => {
  const feed =
    parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Plains</title><link>https://p.example/</link></channel>
<item><title>One</title><link>https://p.example/1</link><dc:date>2025-01-20</dc:date></item>
<item><title>Two</title><link>https://p.example/2</link></item></rdf:RDF>`);
  assert.equal(feed.title, 'Plains');
  assert.deepEqual(
    feed.items.map((item) => [item.title, item.link, item.published]),
    [
      ['One', 'https://p.example/1', '2025-01-20'],
      ['Two', 'https://p.example/2', undefined],
    ],
  );
});

test('a document that is not a feed throws', () => {
  assert.throws(() => parseFeed('<html><body>no</body></html>'), /no RSS channel or Atom feed/);
});

test('toIsoDate keeps ISO dates as given and converts RFC 822 dates; rubbish gives undefined', () => {
  assert.equal(toIsoDate('2025-03-05T08:00:00+01:00'), '2025-03-05T08:00:00+01:00');
  assert.equal(toIsoDate('Tue, 04 Mar 2025 09:30:00 GMT'), '2025-03-04T09:30:00.000Z');
  assert.equal(toIsoDate('sometime last week'), undefined);
});
