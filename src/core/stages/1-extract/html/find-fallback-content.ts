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
  const visit = (node: Element): void => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (child.nodeType !== ELEMENT_NODE || IGNORED.has(child.tagName)) continue;
      if (child.tagName === 'P') scores.set(node, (scores.get(node) ?? 0) + (child.textContent ?? '').trim().length);
      visit(child);
    }
  };
  if (document.body) visit(document.body);
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best ?? document.body ?? undefined;
}
