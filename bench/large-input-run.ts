/**
 * @module large-input-run
 * One large invented input through extract and analyze in a fresh process, so its peak memory is its
 * own: `node --import tsx bench/large-input-run.ts KIND SIZE` prints one JSON line of timings.
 * KIND is text (SIZE bytes), page (an HTML page of SIZE bytes), paragraphs (a page of SIZE short
 * paragraphs) or deep (SIZE nested elements).
 */
import { createContext } from '../src/core/pipeline/pipeline-context.js';
import { extractArticle } from '../src/core/stages/1-extract/extract-article.js';
import { analyzeArticles } from '../src/core/stages/2-analyze/analyze-articles.js';
import { inventDeepHtml, inventHtmlPage, inventText } from './hostile-inputs.js';

const [kind = 'text', sizeArgument = '1000000'] = process.argv.slice(2);
const size = Number(sizeArgument);
const body =
  kind === 'text'
    ? inventText(size)
    : kind === 'page'
      ? inventHtmlPage({ bytes: size })
      : kind === 'paragraphs'
        ? inventHtmlPage({ paragraphs: size, isShort: true })
        : inventDeepHtml(size);
const source = `invented-${kind}-${size}`;
const context = createContext({ now: new Date('2024-03-15T12:00:00Z'), elapsedMs: () => performance.now() });

let started = performance.now();
const article = extractArticle({ source, format: kind === 'text' ? 'text' : 'html', body, hints: {} }, source, context);
const extractSeconds = (performance.now() - started) / 1000;
started = performance.now();
const [annotated] = analyzeArticles([article], context);
const analyzeSeconds = (performance.now() - started) / 1000;

console.log(
  JSON.stringify({
    inputBytes: Buffer.byteLength(body),
    textChars: article.text.length,
    tokens: annotated?.tokens.length ?? 0,
    mentions: annotated?.mentions.length ?? 0,
    extractSeconds,
    analyzeSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    errors: context.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
  }),
);
