import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { StoryReport } from '../../src/core/model/story-report.js';
import type { StoryView } from '../../src/app/server/story-catalog.js';
import { html, raw, withQuery } from '../../src/app/server/pages/html-template.js';
import { renderMarkedText } from '../../src/app/server/pages/marked-text.js';
import { renderStoryPage } from '../../src/app/server/pages/story-page.js';
import { renderSourcePage } from '../../src/app/server/pages/source-page.js';
import { renderComparePage } from '../../src/app/server/pages/compare-page.js';
import { renderTimelineChart } from '../../src/app/server/pages/timeline-chart.js';

// An invented two-outlet story, written for these tests.
const FERRY_A =
  'Ferry runs aground off Holm Island\n\nThe coastguard said on Monday that 12 passengers were hurt when the ferry struck rocks. ' +
  '"We were lucky," said Captain Ines Varga.';
const FERRY_B =
  'Dozens hurt as ferry hits rocks\n\nAt least 30 passengers were hurt, the island council said on Tuesday. ' +
  '"We were lucky," Varga told reporters.';

function sentenceOf(text: string, needle: string): { start: number; end: number; sentence: string } {
  const at = text.indexOf(needle);
  const start = text.lastIndexOf('\n', at) + 1;
  const stop = text.indexOf('. ', at);
  const end = stop < 0 ? text.length : stop + 1;
  return { start, end, sentence: text.slice(start, end) };
}

const a = sentenceOf(FERRY_A, '12 passengers');
const b = sentenceOf(FERRY_B, '30 passengers');
const REPORT: StoryReport = {
  version: 1,
  id: 'story-7',
  title: 'Ferry runs aground off Holm Island',
  articles: [
    {
      id: 'north-gazette',
      source: 'https://north.example/ferry',
      outlet: 'North Gazette',
      title: 'Ferry runs aground off Holm Island',
      published: '2031-05-05',
      text: FERRY_A,
      removed: [{ text: 'Sign up for our newsletter', reason: 'newsletter-prompt' }],
    },
    {
      id: 'isle-radio',
      source: 'submitted/isle-radio',
      outlet: 'Isle Radio',
      published: '2031-05-06',
      publishedHow: 'inferred',
      text: FERRY_B,
      removed: [],
    },
  ],
  facts: [
    {
      id: 'hurt-people',
      what: 'people hurt',
      verdict: 'conflicting',
      reason: '12 (North Gazette) vs at least 30 (Isle Radio)',
      claims: [
        {
          article: 'north-gazette',
          text: '12',
          low: 12,
          high: 12,
          modality: 'reported',
          attributedTo: 'the coastguard',
          sentence: a.sentence,
          start: FERRY_A.indexOf('12'),
          end: FERRY_A.indexOf('12') + 2,
          sentenceStart: a.start,
          sentenceEnd: a.end,
        },
        {
          article: 'isle-radio',
          text: 'At least 30',
          low: 30,
          high: 40,
          modality: 'reported',
          sentence: b.sentence,
          start: FERRY_B.indexOf('At least 30'),
          end: FERRY_B.indexOf('At least 30') + 11,
          sentenceStart: b.start,
          sentenceEnd: b.end,
        },
      ],
    },
  ],
  quotes: [
    {
      speaker: 'Ines Varga',
      text: 'We were lucky,',
      verdict: 'corroborated',
      appearances: [
        {
          article: 'north-gazette',
          start: FERRY_A.indexOf('"We'),
          end: FERRY_A.indexOf('lucky,"') + 7,
          text: '"We were lucky,"',
        },
        {
          article: 'isle-radio',
          start: FERRY_B.indexOf('"We'),
          end: FERRY_B.indexOf('lucky,"') + 7,
          text: '"We were lucky,"',
        },
      ],
    },
  ],
  timeline: [
    {
      date: '2031-05-05',
      text: a.sentence,
      articles: ['north-gazette'],
      source: { article: 'north-gazette', start: a.start, end: a.end },
    },
  ],
  entities: [],
  framing: [{ target: 'the ferry', terms: { 'North Gazette': ['ferry'], 'Isle Radio': ['vessel'] } }],
};
const VIEW: StoryView = {
  report: REPORT,
  keys: new Map([
    ['north-gazette', 3],
    ['isle-radio', 4],
  ]),
};

describe('html template', () => {
  test('escapes every interpolated value, in text and attributes, but not SafeHtml', () => {
    const value = `"><script>alert(1)</script>&'`;
    assert.equal(
      html`<p title="${value}">${value}${raw('<br>')}</p>`.value,
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;<br></p>',
    );
    assert.equal(html`${['a<', html`<b>b</b>`, undefined, false, 3]}`.value, 'a&lt;<b>b</b>3');
  });

  test('withQuery encodes each part', () => {
    assert.equal(withQuery('/x', { a: 'b c&d', n: 3, skip: undefined }), '/x?a=b%20c%26d&n=3');
  });
});

describe('marked text', () => {
  test('wraps spans in anchored marks, keeps the text, and lets the current span win overlaps', () => {
    const text = 'One <b>two</b>. Three four. Five.';
    const out = renderMarkedText(
      text,
      [
        { start: 0, end: 15 },
        { start: 10, end: 27, label: 'overlap' },
        { start: 28, end: 33 },
      ],
      { start: 16, end: 27 },
    ).value;
    const { document } = parseHTML(`<div>${out}</div>`);
    assert.equal(document.querySelector('div')?.textContent, text, 'no character lost or added');
    const marks = [...document.querySelectorAll('mark')].map((m) => [m.id, m.className, m.textContent]);
    assert.deepEqual(marks, [
      ['s-0-15', '', 'One <b>two</b>.'],
      ['s-16-27', 'current', 'Three four.'],
      ['s-28-33', '', 'Five.'],
    ]);
    assert.ok(!out.includes('<b>'), 'markup in the text is escaped');
  });

  test('ignores spans outside the text or empty', () => {
    const out = renderMarkedText(
      'Short.',
      [
        { start: 3, end: 99 },
        { start: 2, end: 2 },
        { start: -1, end: 2 },
      ],
      { start: 4, end: 1 },
    ).value;
    assert.equal(out, 'Short.');
  });
});

describe('story page', () => {
  const { document } = parseHTML(renderStoryPage(VIEW));

  test('puts the disputed fact first, with each claim linked to its highlighted sentence', () => {
    const fact = document.querySelector('.fact[data-verdict="conflicting"]');
    assert.ok(fact);
    assert.match(fact.querySelector('h4')?.textContent ?? '', /people hurt/);
    const links = [...fact.querySelectorAll('a.sentence')].map((l) => l.getAttribute('href'));
    assert.deepEqual(links, [
      `/stories/story-7/articles/3?start=${a.start}&end=${a.end}#s-${a.start}-${a.end}`,
      `/stories/story-7/articles/4?start=${b.start}&end=${b.end}#s-${b.start}-${b.end}`,
    ]);
  });

  test('has one h1, sections with h2 headings, labelled form fields and an accessible chart', () => {
    assert.equal(document.querySelectorAll('h1').length, 1);
    const headings = [...document.querySelectorAll('section > h2')].map((h) => h.textContent);
    assert.deepEqual(headings, [
      'Brief',
      'Quotes',
      'Timeline',
      'Who carries what',
      'How each outlet frames it',
      'Sources',
    ]);
    for (const field of document.querySelectorAll('select, input, textarea')) {
      const id = field.getAttribute('id');
      assert.ok(id && document.querySelector(`label[for="${id}"]`), `a label for #${id}`);
    }
    const svg = document.querySelector('svg.chart');
    assert.equal(svg?.getAttribute('role'), 'img');
    assert.match(svg?.querySelector('title')?.textContent ?? '', /1 dated event from 2031-05-05 to 2031-05-06/);
  });

  test('shows the coverage matrix with each outlet’s figure and the framing table', () => {
    const rows = [...document.querySelectorAll('#coverage tbody tr')];
    assert.equal(rows.length, 1);
    assert.deepEqual(
      [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent),
      ['12', 'At least 30'],
    );
    const framing = [...document.querySelectorAll('#framing tbody td')].map((td) => td.textContent);
    assert.deepEqual(framing, ['ferry', 'vessel']);
  });
});

describe('source page', () => {
  test('highlights the requested sentence and marks the others', () => {
    const page = renderSourcePage({
      view: VIEW,
      article: REPORT.articles[0]!,
      key: 3,
      current: { start: a.start, end: a.end },
    });
    const { document } = parseHTML(page);
    const current = document.querySelector('mark.current');
    assert.equal(current?.id, `s-${a.start}-${a.end}`);
    assert.equal(current?.textContent, a.sentence);
    assert.ok(document.querySelectorAll('mark').length >= 2, 'the quote is marked too');
    assert.equal(document.querySelector('.source-text')?.textContent, FERRY_A);
    assert.match(page, /newsletter-prompt/);
    assert.equal(document.querySelector('form[action="/articles/3/delete"]')?.getAttribute('method'), 'post');
  });

  test('links web sources without a referrer and shows other sources as text', () => {
    const web = parseHTML(renderSourcePage({ view: VIEW, article: REPORT.articles[0]!, key: 3 })).document;
    assert.equal(
      web.querySelector('a[href="https://north.example/ferry"]')?.getAttribute('rel'),
      'noopener noreferrer nofollow',
    );
    const pasted = parseHTML(renderSourcePage({ view: VIEW, article: REPORT.articles[1]!, key: 4 })).document;
    assert.equal(pasted.querySelector('a[href="submitted/isle-radio"]'), null);
    assert.match(pasted.querySelector('dl')?.textContent ?? '', /inferred from the story/);
  });
});

describe('compare page', () => {
  test('sets the two outlets side by side: figures, shared quotes, framing and texts', () => {
    const page = renderComparePage({ view: VIEW, a: REPORT.articles[0]!, b: REPORT.articles[1]! });
    const { document } = parseHTML(page);
    assert.equal(document.querySelector('h1')?.textContent, 'North Gazette and Isle Radio');
    const cells = [...document.querySelectorAll('table')[0]!.querySelectorAll('tbody td')].map((td) =>
      td.textContent?.trim(),
    );
    assert.deepEqual(cells, ['12', 'At least 30']);
    assert.ok([...document.querySelectorAll('h3')].some((h) => h.textContent === 'In both'));
    assert.equal(document.querySelectorAll('.columns .source-text').length, 2);
  });

  test('without a pair shows only the picker; with a problem says so', () => {
    const { document } = parseHTML(renderComparePage({ view: VIEW, problem: 'Pick two different sources.' }));
    assert.equal(document.querySelectorAll('select').length, 2);
    assert.equal(document.querySelector('[role="alert"]')?.textContent, 'Pick two different sources.');
    assert.equal(document.querySelector('table'), null);
  });
});

describe('timeline chart', () => {
  test('is empty without dates, and labels never crowd each other', () => {
    assert.equal(renderTimelineChart({ ...REPORT, timeline: [], articles: [] }, 't').value, '');
    const days = Array.from({ length: 30 }, (_, i) => `2031-06-${String(i + 1).padStart(2, '0')}`);
    const chart = renderTimelineChart(
      { ...REPORT, articles: [], timeline: days.map((date) => ({ date, text: 'x', articles: [] })) },
      't',
    ).value;
    const labels = [...chart.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok(labels.length >= 2 && labels.length < 30);
    for (let i = 1; i < labels.length; i++) assert.ok(labels[i]! - labels[i - 1]! >= 84);
    assert.match(chart, />2031-06-30</, 'the last day is labelled');
  });
});
