/**
 * @module scan-page-elements
 * One pass over the whole page that gathers the elements metadata is read from (meta, JSON-LD, title,
 * h1, time, rel=author), so metadata costs one tree walk instead of one query per selector.
 */

const ELEMENT_NODE = 1;

export interface PageElements {
  metas: Element[];
  jsonLdScripts: Element[];
  title?: Element;
  headings: Element[];
  times: Element[];
  authorLinks: Element[];
  canonical?: Element;
  /** Deepest element nesting seen: Readability slows down sharply on absurdly deep trees. */
  maxDepth: number;
}

/** Collects, in document order, the elements the metadata readers need. */
export function scanPageElements(document: Document): PageElements {
  const found: PageElements = { metas: [], jsonLdScripts: [], headings: [], times: [], authorLinks: [], maxDepth: 0 };
  // An explicit stack, not recursion: a page of 10⁵ nested elements must not overflow the call stack.
  // Children are pushed in reverse so they are visited in document order.
  const stack: { element: Element; depth: number }[] = [];
  const pushChildren = (node: Node, depth: number): void => {
    if (depth > found.maxDepth) found.maxDepth = depth;
    const children: Element[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) children.push(child as Element);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i]!, depth: depth + 1 });
  };
  // Walk from the root element: linkedom does not always link the doctype to <html> as siblings.
  if (document.documentElement) pushChildren(document.documentElement, 1);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { element, depth } = next;
    switch (element.tagName) {
      case 'META':
        found.metas.push(element);
        continue;
      case 'SCRIPT':
        if (/ld\+json/i.test(element.getAttribute('type') ?? '')) found.jsonLdScripts.push(element);
        continue;
      case 'STYLE':
      case 'SVG':
      case 'NOSCRIPT':
        continue;
      case 'TITLE':
        found.title ??= element;
        continue;
      case 'H1':
        found.headings.push(element);
        break;
      case 'TIME':
        found.times.push(element);
        break;
      case 'A':
        if (/\bauthor\b/i.test(element.getAttribute('rel') ?? '')) found.authorLinks.push(element);
        break;
      case 'LINK':
        if (/\bcanonical\b/i.test(element.getAttribute('rel') ?? '')) found.canonical ??= element;
        continue;
    }
    pushChildren(element, depth);
  }
  return found;
}
