/**
 * @module collect-text-lines
 * Walks the article element and returns its text as lines grouped in paragraphs: one paragraph per
 * block element (p, h1–h6, li, blockquote, pre, figcaption, table row, div text), `<br>` ends a line.
 */
import type { BlockKind, TextLine } from '../text-line.js';
import { normalizeLine } from '../lines/normalize-line.js';
import { countWords } from '../lines/count-words.js';
import { findMarkupHint, type MarkupHint } from './find-markup-hint.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set([
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'EMBED',
  'HEAD',
  'IFRAME',
  'INPUT',
  'LINK',
  'META',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'VIDEO',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A hinted element holding more than this share of the article text is a container, not a widget. */
const CONTAINER_SHARE = 0.4;
const CONTAINER_MIN_CHARS = 300;
const MAX_ID_WORDS = 3;

function kindOf(tagName: string): BlockKind | undefined {
  if (HEADING_TAGS.has(tagName)) return 'heading';
  if (tagName === 'LI' || tagName === 'DD' || tagName === 'DT') return 'list-item';
  if (tagName === 'BLOCKQUOTE') return 'quote';
  if (tagName === 'PRE') return 'preformatted';
  if (tagName === 'TR') return 'table-row';
  return undefined;
}

interface HintFrame {
  element: Element;
  hint: MarkupHint;
}

export interface CollectOptions {
  /** Skip elements a reader would not see (`hidden`, `aria-hidden`, `display:none`); Readability did it already. */
  shouldSkipHidden?: boolean;
}

/** Lines of `root` in document order; paragraphs numbered from 0. */
export function collectTextLines(root: Element, { shouldSkipHidden = false }: CollectOptions = {}): TextLine[] {
  const lines: TextLine[] = [];
  const totalChars = (root.textContent ?? '').length;
  const hintStack: HintFrame[] = [];
  const kindStack: BlockKind[] = [];
  let paragraph = 0;
  let paragraphHasLines = false;
  let buffer = '';
  let linkChars = 0;
  let anchorDepth = 0;
  /** The outermost hinted ancestor of every run in the line: one element, or null when they differ. */
  let lineHint: HintFrame | null | undefined;

  const flushLine = (): void => {
    const text = normalizeLine(buffer);
    if (text !== '') {
      const line: TextLine = { text, paragraph, kind: kindStack[kindStack.length - 1] ?? 'paragraph' };
      const rawLength = buffer.trim().length || 1;
      line.linkDensity = Math.min(1, linkChars / rawLength);
      if (lineHint && countWords(text) <= lineHint.hint.maxWords) line.markupHint = lineHint.hint.reason;
      lines.push(line);
      paragraphHasLines = true;
    }
    buffer = '';
    linkChars = 0;
    lineHint = undefined;
  };
  const endParagraph = (): void => {
    flushLine();
    if (paragraphHasLines) paragraph++;
    paragraphHasLines = false;
  };
  const appendText = (text: string): void => {
    if (text === '') return;
    buffer += text;
    if (anchorDepth > 0) linkChars += text.trim().length;
    const frame = hintStack[0] ?? null;
    if (/\S/.test(text)) lineHint = lineHint === undefined || lineHint === frame ? frame : null;
  };
  const isHidden = (element: Element): boolean =>
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');

  const hintFor = (element: Element): MarkupHint | undefined => {
    const id = element.getAttribute('id') ?? '';
    // Long ids are slugs of a heading ("sharing-with-other-teams"), not widget names.
    const names =
      `${element.getAttribute('class') ?? ''} ${id.split(/[-_\s]+/).length > MAX_ID_WORDS ? '' : id}`.trim();
    const hint = findMarkupHint(element.tagName, names);
    if (!hint) return undefined;
    const chars = (element.textContent ?? '').length;
    if (chars > CONTAINER_MIN_CHARS && chars > totalChars * CONTAINER_SHARE) return undefined;
    return hint;
  };

  // A stack of child cursors, each with what to do on leaving its element, instead of recursion: a
  // page of 10⁵ nested elements must not overflow the call stack.
  const frames: { child: Node | null; leave?: () => void }[] = [{ child: root.firstChild }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    const child = frame?.child;
    if (!frame || !child) {
      frames.pop();
      frame?.leave?.();
      continue;
    }
    frame.child = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      appendText(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tagName = element.tagName;
    if (SKIPPED_TAGS.has(tagName)) continue;
    if (shouldSkipHidden && isHidden(element)) continue;
    if (tagName === 'BR') {
      flushLine();
      continue;
    }
    if (tagName === 'PRE') {
      endParagraph();
      kindStack.push('preformatted');
      for (const raw of (element.textContent ?? '').split('\n')) {
        appendText(raw);
        flushLine();
      }
      kindStack.pop();
      endParagraph();
      continue;
    }
    const hint = hintFor(element);
    if (hint) hintStack.push({ element, hint });
    const isBlock = BLOCK_TAGS.has(tagName);
    const kind = kindOf(tagName);
    if (isBlock) endParagraph();
    if (kind) kindStack.push(kind);
    if (CELL_TAGS.has(tagName)) appendText(' ');
    if (tagName === 'A') anchorDepth++;
    frames.push({
      child: element.firstChild,
      leave: () => {
        if (tagName === 'A') anchorDepth--;
        if (CELL_TAGS.has(tagName)) appendText(' ');
        // End the paragraph before leaving the block, so its lines keep the block's kind.
        if (isBlock) endParagraph();
        if (kind) kindStack.pop();
        if (hint) hintStack.pop();
      },
    });
  }
  endParagraph();
  return lines;
}
