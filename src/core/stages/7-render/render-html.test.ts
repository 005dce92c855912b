import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import type { ReportClaim, StoryReport } from '../../model/story-report.js';
import { renderHtml } from './render-html.js';
import { sha256Base64 } from './html/sha256.js';

/** The DOM lib here has no iterable NodeList types: arrays read better in assertions anyway. */
function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'javascript:alert(3)',
  '</style>',
  '"><svg onload=alert(4)>',
];

const HOSTILE_ID = 'wire"><img src=x onerror=alert(5)>';
const TEXT_A =
  'Twelve people died when the ferry capsized on Sunday, the coast guard said. ' +
  'A draft caption read <script>alert(1)</script> before it was fixed.\n\n' +
  '"We saw <img src=x onerror=alert(2)> on the screen. Then it stopped," said Dana Okafor. ' +
  'A reader link pointed to javascript:alert(3) for an hour.\n\n' +
  'Later the words </style> and "><svg onload=alert(4)> showed up in the headline.';
const TEXT_B =
  'At least 15 people were killed in the capsizing, a hospital official said on Monday.\n\n' +
  'Dana Okafor said: "We saw <img src=x onerror=alert(2)> on the screen."';

function span(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length };
}

function claim(article: string, text: string, value: string, sentence: string, low: number): ReportClaim {
  const words = span(text, value);
  const around = span(text, sentence);
  return {
    article,
    text: value,
    low,
    high: low,
    asOf: '2024-03-03',
    attributedTo: 'the "><svg onload=alert(4)> coast guard',
    modality: 'reported',
    sentence,
    ...words,
    sentenceStart: around.start,
    sentenceEnd: around.end,
  };
}

function hostileReport(): StoryReport {
  const quoteA = span(TEXT_A, 'We saw <img src=x onerror=alert(2)> on the screen. Then it stopped,');
  const quoteB = span(TEXT_B, 'We saw <img src=x onerror=alert(2)> on the screen.');
  const timelineSentence = span(TEXT_A, 'A draft caption read <script>alert(1)</script> before it was fixed.');
  return {
    version: 1,
    id: 'story-1',
    title: 'Ferry capsizes <script>alert(1)</script>',
    articles: [
      {
        id: HOSTILE_ID,
        source: 'javascript:alert(3)',
        outlet: 'The "><svg onload=alert(4)> Gazette',
        title: 'Ferry <script>alert(1)</script> capsizes',
        byline: 'Sam <img src=x onerror=alert(2)> Reyes',
        published: '2024-03-03',
        publishedHow: 'explicit',
        text: TEXT_A,
        removed: [{ text: 'Photo: <script>alert(1)</script>', reason: 'caption</style>' }],
      },
      {
        id: 'daily-2',
        source: 'https://example.org/ferry?a=1&b="<b>',
        outlet: 'Daily </style> Post',
        published: '2024-03-04',
        text: TEXT_B,
        removed: [],
      },
    ],
    facts: [
      {
        id: 'killed"><script>alert(6)</script>',
        what: 'people killed <img src=x onerror=alert(2)>',
        verdict: 'conflicting',
        reason: 'Outlets disagree: javascript:alert(3) </style>',
        consensus: { low: 12, high: 15, text: '12–15 <b>' },
        origins: ['coast guard', '"><svg onload=alert(4)>'],
        claims: [
          claim(
            HOSTILE_ID,
            TEXT_A,
            'Twelve',
            'Twelve people died when the ferry capsized on Sunday, the coast guard said.',
            12,
          ),
          claim(
            'daily-2',
            TEXT_B,
            '15',
            'At least 15 people were killed in the capsizing, a hospital official said on Monday.',
            15,
          ),
        ],
      },
      {
        id: 'broken',
        what: 'a claim whose span is outside its text',
        verdict: 'single-source',
        reason: 'one outlet',
        claims: [{ ...claim('daily-2', TEXT_B, '15', 'At least 15', 15), start: 5000, end: 5002 }],
      },
    ],
    quotes: [
      {
        speaker: 'Dana <script>alert(1)</script> Okafor',
        text: 'We saw <img src=x onerror=alert(2)> on the screen.',
        verdict: 'corroborated',
        appearances: [
          { article: HOSTILE_ID, ...quoteA, text: TEXT_A.slice(quoteA.start, quoteA.end) },
          { article: 'daily-2', ...quoteB, text: TEXT_B.slice(quoteB.start, quoteB.end) },
        ],
        differences: ['"Then it stopped" </style> only in one'],
      },
    ],
    timeline: [
      {
        date: '2024-03-03',
        text: 'A draft caption read <script>alert(1)</script>',
        articles: [HOSTILE_ID],
        source: { article: HOSTILE_ID, ...timelineSentence },
      },
      { date: '2024-03-04"><svg onload=alert(4)>', text: 'bad date', articles: ['daily-2'] },
    ],
    entities: [],
    coverage: { 'killed"><script>alert(6)</script>': [HOSTILE_ID, 'daily-2'], broken: ['daily-2'] },
    framing: [{ target: 'the <script>alert(1)</script> victims', terms: { 'daily-2': ['passengers</style>'] } }],
  };
}

function parse(html: string): Document {
  return parseHTML(html).document;
}

test('article data shows as text: no foreign script, no event handlers, no javascript: links', () => {
  const html = renderHtml([hostileReport()], { title: 'Report "><svg onload=alert(4)>' });
  const document = parse(html);
  assert.equal(document.querySelectorAll('script').length, 1);
  assert.equal((html.match(/<script/gi) ?? []).length, 1);
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<svg onload'));
  assert.equal(document.querySelectorAll('img, iframe, object, embed').length, 0);
  assert.equal(document.querySelectorAll('svg').length, 1, 'only the timeline chart');
  for (const element of all(document, '*')) {
    for (const { name } of Array.from(element.attributes))
      assert.ok(!/^on/i.test(name), `<${element.tagName}> has ${name}`);
  }
  for (const link of all(document, '[href]')) {
    const href = link.getAttribute('href') ?? '';
    assert.ok(href.startsWith('#') || href.startsWith('https://example.org/'), `href ${href}`);
  }
  for (const element of all(document, '[id]')) assert.match(element.id, /^[A-Za-z0-9_-]+$/);
  const text = document.body.textContent ?? '';
  for (const payload of PAYLOADS) assert.ok(text.includes(payload), `"${payload}" is shown as text`);
  assert.ok(document.title.includes('"><svg onload=alert(4)>'));
});

test('a non-http source is text; an http source is an escaped link', () => {
  const html = renderHtml([hostileReport()]);
  assert.ok(html.includes('<code>javascript:alert(3)</code>'));
  assert.ok(html.includes('href="https://example.org/ferry?a=1&amp;b=%22%3Cb%3E"'));
});

test('every citation link points at an element whose text is the cited span', () => {
  const report = hostileReport();
  const document = parse(renderHtml([report]));
  const links = all(document, 'a.cite-link');
  // 2 claims + 2 quote appearances + 1 timeline entry; the out-of-range claim has no link.
  assert.equal(links.length, 5);
  for (const link of links) {
    const id = (link.getAttribute('href') ?? '').slice(1);
    const target = document.getElementById(id);
    assert.ok(target, `#${id} exists`);
    assert.ok(target.closest('.source-article'), `#${id} is inside an article`);
  }
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  const spans = [
    ...report.facts[0]!.claims.map((c) => ({ article: c.article, start: c.start, end: c.end })),
    ...report.quotes[0]!.appearances,
  ];
  for (const { article, start, end } of spans) {
    const link = links.find((l) => (l.getAttribute('href') ?? '').endsWith(`-${start}-${end}`));
    assert.ok(link, `a link cites ${start}-${end}`);
    const id = (link.getAttribute('href') ?? '').slice(1);
    const fragments = all(document, `[data-span="${id}"]`);
    // A span crossing a sentence or paragraph is split into fragments; together they read as the span.
    const shown = fragments.map((f) => f.textContent).join('');
    assert.equal(shown, texts.get(article)!.slice(start, end));
  }
  const twelve = links.find((l) => l.textContent === 'Twelve')!;
  const target = document.getElementById((twelve.getAttribute('href') ?? '').slice(1))!;
  assert.equal(target.textContent, 'Twelve');
  assert.ok(target.closest('.sent')?.textContent?.startsWith('Twelve people died'), 'the sentence wraps the figure');
});

test('a claim whose span is outside its article is shown without a link', () => {
  const document = parse(renderHtml([hostileReport()]));
  const fact = all(document, '.fact').find((f) => f.getAttribute('data-fact-id') === 'broken')!;
  assert.ok(fact.querySelector('.claim .value'));
  assert.equal(fact.querySelectorAll('a.cite-link').length, 0);
});

test('the brief reads in order: title, coverage, disputed first, quotes, timeline, tables, articles', () => {
  const html = renderHtml([hostileReport()]);
  const document = parse(html);
  assert.equal(document.querySelector('h1')?.textContent, 'Ferry capsizes <script>alert(1)</script>');
  assert.match(document.querySelector('.coverage-line')?.textContent ?? '', /2 articles from 2 outlets/);
  const order = ['Disputed', 'Single source', 'Key quotes', 'Timeline', 'Who carries what', 'How each outlet'];
  const positions = order.map((heading) => html.indexOf(`>${heading}`));
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
  assert.ok(positions.every((p) => p > 0));
  const disputed = document.querySelector('.fact[data-verdict="conflicting"]')!;
  assert.match(disputed.textContent ?? '', /Best supported: 12–15 <b>/);
  assert.match(disputed.textContent ?? '', /as of 2024-03-03/);
  assert.match(disputed.textContent ?? '', /per the "><svg onload=alert\(4\)> coast guard/);
  assert.equal(document.querySelectorAll('details').length, 1, 'only the article with removed lines');
  assert.equal(document.querySelectorAll('.article-text p').length, 3 + 2, 'paragraphs split on blank lines');
});

test('the coverage heat map counts articles per outlet and the chart skips unreadable dates', () => {
  const document = parse(renderHtml([hostileReport()]));
  const rows = all(document, 'table.heat tbody tr');
  assert.equal(rows.length, 2);
  assert.deepEqual(
    all(rows[0]!, 'td').map((td) => td.textContent),
    ['1', '1'],
  );
  assert.equal(rows[1]!.querySelector('td')?.className, 'heat-0');
  assert.equal(document.querySelectorAll('.timeline-chart circle').length, 1);
  assert.equal(document.querySelectorAll('.timeline-list li').length, 2);
});

test('the Content-Security-Policy forbids the network and pins the inline style and script by hash', () => {
  const html = renderHtml([hostileReport()]);
  const document = parse(html);
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  assert.match(policy, /default-src 'none'/);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const hash = (s: string) => createHash('sha256').update(s).digest('base64');
  assert.ok(policy.includes(`style-src 'sha256-${hash(style)}'`));
  assert.ok(policy.includes(`script-src 'sha256-${hash(script)}'`));
  assert.ok(!/unsafe-inline|https?:/.test(policy));
});

test('several stories get a table of contents and ids that stay apart', () => {
  const report = hostileReport();
  const document = parse(renderHtml([report, { ...report, id: 'story-2', title: 'Second' }], { title: 'Two' }));
  assert.equal(document.querySelector('h1')?.textContent, 'Two');
  const toc = all(document, 'nav.toc a');
  assert.equal(toc.length, 2);
  for (const link of toc) assert.ok(document.getElementById((link.getAttribute('href') ?? '').slice(1)));
  const ids = all(document, '[id]').map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const link of all(document, 'a[href^="#"]')) {
    assert.ok(document.getElementById((link.getAttribute('href') ?? '').slice(1)), link.getAttribute('href') ?? '');
  }
});

test('no reports give a valid page saying so', () => {
  const document = parse(renderHtml([]));
  assert.match(document.body.textContent ?? '', /No articles to report/);
});

test('sha256Base64 matches node:crypto on block edges and non-ASCII text', () => {
  for (const input of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), 'é “q” 🚀']) {
    assert.equal(sha256Base64(input), createHash('sha256').update(input).digest('base64'));
  }
});
