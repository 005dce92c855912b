/**
 * @module strip-markdown
 * Markdown syntax reduced to its text, line by line: headings, emphasis, links, images, code marks,
 * quote and list markers, horizontal rules and setext underlines.
 */

export interface MarkdownLine {
  /** The line's text without markdown syntax; '' for rules and images. */
  text: string;
  isHeading: boolean;
  /** A horizontal rule: a paragraph break. */
  isBreak: boolean;
}

const HORIZONTAL_RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/u;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/u;
const FENCE = /^\s{0,3}(?:```|~~~)/u;

function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:\/\/[^>]+)>/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/gu, '$2')
    .replace(/~~(.+?)~~/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1');
}

/** Strips every line; fenced code keeps its text verbatim. */
export function stripMarkdown(lines: readonly string[]): MarkdownLine[] {
  const result: MarkdownLine[] = [];
  let isInFence = false;
  lines.forEach((raw, i) => {
    if (FENCE.test(raw)) {
      isInFence = !isInFence;
      result.push({ text: '', isHeading: false, isBreak: false });
      return;
    }
    if (isInFence) {
      result.push({ text: raw, isHeading: false, isBreak: false });
      return;
    }
    const previous = result[i - 1];
    if (SETEXT_UNDERLINE.test(raw) && previous && previous.text.trim() !== '' && !previous.isBreak) {
      previous.isHeading = true;
      result.push({ text: '', isHeading: false, isBreak: true });
      return;
    }
    if (HORIZONTAL_RULE.test(raw)) {
      result.push({ text: '', isHeading: false, isBreak: true });
      return;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u.exec(raw);
    if (heading) {
      result.push({ text: stripInline(heading[1] ?? ''), isHeading: true, isBreak: false });
      return;
    }
    const body = raw.replace(/^\s{0,3}(?:>\s?)+/u, '').replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, '');
    result.push({ text: stripInline(body), isHeading: false, isBreak: false });
  });
  return result;
}
