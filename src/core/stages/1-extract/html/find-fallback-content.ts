/**
 * @module find-fallback-content
 * When Readability finds nothing (or too little): the `<article>` / articleBody element with the most
 * paragraph text, else the element whose `<p>` children hold the most text.
 */

const ELEMENT_NODE = 1;
const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM']);

function paragraphText(element: Element): number {
  let total = 0;
  for (const p of Array.from(element.querySelectorAll('p'))) total += (p.textContent ?? '').trim().length;
  return total;
}

/** The element most likely to hold the article text, or undefined for an empty page. */
export function findFallbackContent(document: Document): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const candidate of Array.from(
    document.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]'),
  )) {
    const score = paragraphText(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best) return best;

  // No semantic container: score each element by the text of its direct <p> children.
  const scores = new Map<Element, number>();
  // A stack of child cursors instead of recursion, so 10⁵ nested elements cannot overflow the call
  // stack; the visiting order (and so which of two equal scores wins) is the recursive one.
  const parents: Element[] = [];
  const cursors: (Element | null)[] = [];
  if (document.body) {
    parents.push(document.body);
    cursors.push(document.body.firstElementChild);
  }
  while (parents.length > 0) {
    const top = parents.length - 1;
    const child = cursors[top];
    const parent = parents[top];
    if (!child || !parent) {
      parents.pop();
      cursors.pop();
      continue;
    }
    cursors[top] = child.nextElementSibling;
    if (child.nodeType !== ELEMENT_NODE || IGNORED.has(child.tagName)) continue;
    if (child.tagName === 'P') scores.set(parent, (scores.get(parent) ?? 0) + (child.textContent ?? '').trim().length);
    parents.push(child);
    cursors.push(child.firstElementChild);
  }
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best ?? document.body ?? undefined;
}
