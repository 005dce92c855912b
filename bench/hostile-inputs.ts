/**
 * @module hostile-inputs
 * Builds large and malformed inputs from invented text (no real article, no seed): one story's
 * paragraphs repeated or varied to a size, HTML pages of many paragraphs, and deeply nested HTML.
 * Used by `npm run bench` (large-inputs) and `scripts/make-hostile-inputs.ts`.
 */

const NAMES = ['Odile Marchetti', 'Tomas Erlend', 'Priya Castellan', 'Ruben Hallgrave', 'Ines Workington'];
const TOWNS = ['Lowmarsh', 'Crickford', 'Ashbourne Vale', 'Tidewell', 'Fennick Bay'];
const GROUPS = ['the regional water board', 'the county fire service', 'the Harrowgate Transit Authority'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** One invented paragraph, varied by `i` so repeated copies are not byte-identical. */
export function inventParagraph(i: number, vary = true): string {
  const k = vary ? i : 0;
  const name = NAMES[k % NAMES.length]!;
  const town = TOWNS[(k >> 1) % TOWNS.length]!;
  const group = GROUPS[k % GROUPS.length]!;
  const day = WEEKDAYS[k % WEEKDAYS.length]!;
  const count = 12 + ((k * 7) % 90);
  switch (i % 6) {
    case 0:
      return `At least ${count} homes in ${town} were flooded on ${day} after the river burst its banks, ${group} said, and about ${count * 3} people were moved to shelters.`;
    case 1:
      return `"We have never seen water rise this fast, and we are asking everyone to stay away from the embankment," ${name}, a spokesperson for ${group}, told reporters on ${day}.`;
    case 2:
      return `The repairs are expected to cost $${(count / 10).toFixed(1)} million, according to an estimate published on March ${1 + (k % 27)}, 2024, up from $${(count / 20).toFixed(1)} million a year earlier.`;
    case 3:
      return `${name} said the pumps at ${town} had been running for ${count} hours. "The crews are exhausted," she said. "But they will keep going until the last street is dry."`;
    case 4:
      return `Officials in ${town} said ${count} roads remained closed and that 3 schools would stay shut until Friday, while ${group} denied reports that the dam had been damaged.`;
    default:
      return `Rainfall of ${count} millimetres was recorded in 24 hours, nearly twice the monthly average, the weather office said on ${day}, warning that more storms could follow.`;
  }
}

/** Plain text of about `bytes` bytes: a title, then invented paragraphs separated by blank lines. */
export function inventText(bytes: number, options: { vary?: boolean } = {}): string {
  const parts = ['Floods close roads across the valley as rivers rise'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const paragraph = inventParagraph(i, options.vary ?? true);
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

/**
 * An HTML page of `paragraphs` <p> elements (or about `bytes` bytes when paragraphs is not given);
 * `isShort` makes each paragraph one short sentence (10⁵ of them are about 3 MB).
 */
export function inventHtmlPage(options: { paragraphs?: number; bytes?: number; isShort?: boolean }): string {
  const head =
    '<!doctype html><html><head><meta charset="utf-8"><title>Floods close roads across the valley</title>' +
    '<meta property="og:site_name" content="Valley Courier">' +
    '<meta property="article:published_time" content="2024-03-14T09:00:00Z"></head><body>' +
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Floods close roads across the valley</h1>';
  const tail = '</article><footer>© Valley Courier</footer></body></html>\n';
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    if (options.paragraphs !== undefined ? i >= options.paragraphs : size >= (options.bytes ?? 0)) break;
    const text = options.isShort ? `${TOWNS[i % TOWNS.length]!} closed ${i % 90} roads.` : inventParagraph(i);
    const p = `<p>${text}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** A page whose one article paragraph sits inside `depth` nested elements. */
export function inventDeepHtml(depth: number): string {
  return (
    '<!doctype html><html><head><title>Deep page</title></head><body>' +
    '<div>'.repeat(depth) +
    `<p>${inventParagraph(0)}</p><p>${inventParagraph(1)}</p><p>${inventParagraph(2)}</p>` +
    '</div>'.repeat(depth) +
    '</body></html>\n'
  );
}
