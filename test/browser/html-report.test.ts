// The HTML report in real Chromium: a claim opens its article with the sentence highlighted; hostile
// article markup stays text. Skips when /usr/bin/chromium is absent (CI installs it).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { corroborate } from '../../src/app/api.js';
import type { StoryReport } from '../../src/core/model/story-report.js';
import { renderHtml } from '../../src/core/stages/7-render/render-html.js';
import {
  ARTIFACTS_DIR,
  CHROMIUM,
  CHROMIUM_ARGS,
  EXAMPLE_DIR,
  SEEDS_DIR,
  XSS_FIXTURES_DIR,
} from '../support/chromium.js';

const ARGS = CHROMIUM_ARGS;
const seeds = SEEDS_DIR;
const example = EXAMPLE_DIR;
const xssFixtures = XSS_FIXTURES_DIR;
const artifacts = ARTIFACTS_DIR;
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'javascript:alert(3)',
  '</style>',
  '"><svg onload=alert(4)>',
];

interface Session {
  page: Page;
  url: string;
  /** Console errors (a CSP violation is one), page errors, dialogs and requests other than the file. */
  problems: { errors: string[]; dialogs: string[]; requests: string[] };
  close(): Promise<void>;
}

function hasChromium(t: TestContext): boolean {
  if (existsSync(CHROMIUM)) return true;
  t.skip(`no Chromium at ${CHROMIUM} (install it with: apt-get install chromium); browser test skipped`);
  return false;
}

/** Writes the report to a temp file and opens it over file:// in a fresh Chromium profile. */
async function open(html: string, options: { javaScriptEnabled?: boolean; hash?: string } = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const context: BrowserContext = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const url = pathToFileURL(file).href;
  const problems: Session['problems'] = { errors: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== url) problems.requests.push(request.url());
  });
  await page.goto(url + (options.hash ? `#${options.hash}` : ''));
  return {
    page,
    url,
    problems,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seedRun: Promise<StoryReport[]> | undefined;

/** Both seed scenarios read the same reports: build them once. */
function seedReports(t: TestContext): Promise<StoryReport[]> {
  seedRun ??= buildSeedReports(t);
  return seedRun;
}

async function buildSeedReports(t: TestContext): Promise<StoryReport[]> {
  const inputs = existsSync(seeds)
    ? readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(seeds, f))
    : [example];
  t.diagnostic(`reporting ${existsSync(seeds) ? 'the seeds in ../shared' : 'the bundled example (no ../shared)'}`);
  const { value } = await corroborate(inputs, { now: new Date('2030-01-01T00:00:00Z') });
  return value;
}

/** The disputed fact (the deaths fact in the seeds), else the first fact, else any cited span. */
function pickLink(t: TestContext, reports: StoryReport[]): string {
  const facts = reports.flatMap((r) => r.facts).filter((f) => f.claims.length > 0);
  const fact = facts.find((f) => f.verdict === 'conflicting') ?? facts[0];
  if (existsSync(seeds)) {
    // The seeds' gold (../shared/spec): the deaths fact is disputed, 44 against 164.
    assert.ok(fact && fact.verdict === 'conflicting', 'the seeds hold a conflicting fact');
    const values = new Set(fact.claims.map((c) => c.low));
    assert.ok(
      values.has(44) && values.has(164),
      `the conflicting fact is the deaths fact (44 vs 164), got ${[...values].join(', ')}`,
    );
  }
  if (fact) {
    t.diagnostic(`clicking a claim of fact "${fact.id}" (${fact.verdict})`);
    return `.fact[data-fact-id="${fact.id.replace(/["\\]/g, '\\$&')}"] a.cite-link`;
  }
  t.diagnostic('the pipeline produced no facts: clicking the first cited span (quote or timeline) instead');
  return 'a.cite-link';
}

interface Highlight {
  isPanelVisible: boolean;
  isArticleShown: boolean;
  targetBackground: string;
  paragraphBackground: string;
  sentenceBackground: string | null;
  classes: string;
}

function readHighlight(page: Page, id: string): Promise<Highlight> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId)!;
    const paragraph = target.closest('p')!;
    const panel = target.closest('.sources')!;
    const article = target.closest('.source-article')!;
    const sentence = target.classList.contains('sent') ? null : target.parentElement?.closest('.sent');
    // No named helper functions in here: tsx's keepNames would wrap them in a __name the page lacks.
    return {
      isPanelVisible: panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden',
      isArticleShown: article.getClientRects().length > 0 && getComputedStyle(article).visibility !== 'hidden',
      targetBackground: getComputedStyle(target).backgroundColor,
      paragraphBackground: getComputedStyle(paragraph).backgroundColor,
      sentenceBackground: sentence ? getComputedStyle(sentence).backgroundColor : null,
      classes: target.className,
    };
  }, id);
}

test('clicking a claim opens the articles panel with its sentence highlighted', { timeout: 120_000 }, async (t) => {
  if (!hasChromium(t)) return;
  const reports = await seedReports(t);
  const session = await open(renderHtml(reports));
  try {
    const { page } = session;
    const link = page.locator(pickLink(t, reports)).first();
    const href = (await link.getAttribute('href')) ?? '';
    assert.match(href, /^#[A-Za-z0-9_-]+$/);
    const id = href.slice(1);
    assert.equal(await page.locator('.sources.is-open').count(), 0, 'the panel starts closed');
    await link.click();
    assert.equal(await page.locator('.sources.is-open').count(), 1);
    const highlight = await readHighlight(page, id);
    assert.ok(highlight.isPanelVisible, 'the articles panel is visible');
    assert.ok(highlight.isArticleShown, "the claim's article is one of the two shown");
    assert.match(highlight.classes, /\bis-highlighted\b/);
    assert.notEqual(highlight.targetBackground, highlight.paragraphBackground);
    if (highlight.sentenceBackground !== null)
      assert.notEqual(highlight.sentenceBackground, highlight.paragraphBackground);
    assert.ok(await page.locator(`#${id}`).isVisible(), 'scrolled into view');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'html-report-claim.png') });

    assert.equal(await page.evaluate(() => document.activeElement?.id), id, 'focus moves to the span');
    await page.keyboard.press('Tab');
    assert.ok(
      await page.evaluate(() => !document.activeElement?.closest('[inert]')),
      'Tab does not reach the page behind the panel',
    );
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.sources.is-open').count(), 0, 'Escape closes the panel');
    assert.equal(await page.locator('[inert]').count(), 0, 'the page is usable again');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), href, 'focus returns');
    assert.deepEqual(session.problems, { errors: [], dialogs: [], requests: [] });
  } finally {
    await session.close();
  }
});

test('without JavaScript a cited span is highlighted by :target', { timeout: 120_000 }, async (t) => {
  if (!hasChromium(t)) return;
  const reports = await seedReports(t);
  const html = renderHtml(reports);
  const id = /class="cite-link" href="#([A-Za-z0-9_-]+)"/.exec(html)?.[1];
  assert.ok(id, 'the report cites at least one span');
  const session = await open(html, { javaScriptEnabled: false, hash: id });
  try {
    const highlight = await readHighlight(session.page, id);
    assert.ok(highlight.isPanelVisible && highlight.isArticleShown, 'articles are in the page without script');
    assert.notEqual(highlight.targetBackground, highlight.paragraphBackground);
  } finally {
    await session.close();
  }
});

test(
  'markup in articles shows as text: no dialog, no handlers, no script of theirs',
  { timeout: 120_000 },
  async (t) => {
    if (!hasChromium(t)) return;
    const { value: reports } = await corroborate([xssFixtures], { now: new Date('2030-01-01T00:00:00Z') });
    const carried = PAYLOADS.filter((p) => JSON.stringify(reports).includes(JSON.stringify(p).slice(1, -1)));
    assert.deepEqual(carried, PAYLOADS, 'the fixture articles carry every payload');
    const session = await open(renderHtml(reports));
    try {
      const { page } = session;
      for (const details of await page.locator('details').all())
        await details.evaluate((d) => d.setAttribute('open', ''));
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'html-report-xss.png'), fullPage: true });
      // Open the articles so their text is rendered too, then read what the page shows.
      const firstLink = page.locator('a.cite-link').first();
      if ((await firstLink.count()) > 0) await firstLink.click();
      else await page.locator('.sources-open').first().click();
      const found = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].flatMap((e) =>
          e.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
        ),
        scripts: document.querySelectorAll('script').length,
        foreign: document.querySelectorAll('img, iframe, object, embed, svg:not(.timeline-chart)').length,
        badLinks: [...document.querySelectorAll('[href]')]
          .map((e) => e.getAttribute('href') ?? '')
          .filter((href) => !href.startsWith('#') && !/^https?:/.test(href)),
        text: document.body.innerText,
      }));
      assert.deepEqual(found.handlers, []);
      assert.equal(found.scripts, 1, 'only the report script');
      assert.equal(found.foreign, 0);
      assert.deepEqual(found.badLinks, []);
      for (const payload of PAYLOADS) assert.ok(found.text.includes(payload), `"${payload}" is visible as text`);
      assert.deepEqual(session.problems, { errors: [], dialogs: [], requests: [] });
    } finally {
      await session.close();
    }
  },
);
