import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClusterFeatures } from './extract-cluster-features.js';

const extract = (title: string, text: string, published?: string) =>
  extractClusterFeatures({ id: 'x', title, text, ...(published ? { published } : {}) }, 2, 120);

test('names mid-sentence are entities; sentence openers only when capitalised elsewhere too', () => {
  const features = extract(
    'Flood waters rise in river towns',
    'Rescuers reached Marlow on Monday. Boats came from Dunmore and Marlow. Volunteers helped President Okafor.',
  );
  assert.deepEqual([...features.entities].sort(), ['dunmore', 'marlow', 'okafor']);
});

test('a headline-case title confirms nothing by itself', () => {
  const features = extract('Mayor Slams Plan To Close Harbour Bridge', 'The plan was rejected by the council.');
  assert.deepEqual([...features.entities], []);
});

test('a sentence-case title contributes its names', () => {
  const features = extract('Storm batters Galway as thousands lose power', 'Power lines fell overnight.');
  assert.deepEqual([...features.entities], ['galway']);
});

test('given entities replace the capitalisation guess', () => {
  const features = extractClusterFeatures(
    { id: 'x', text: 'Talks resumed in Geneva.', entities: ['United Nations', ' Geneva '] },
    2,
    120,
  );
  assert.deepEqual([...features.entities], ['united nations', 'geneva']);
});

test('terms skip stopwords and numbers; title words weigh more; numbers are kept apart', () => {
  const features = extract('Bridge closed', 'The bridge was closed after 3 cracks were found in 2023.');
  assert.equal(features.terms.get('bridg'), 3);
  assert.equal(features.terms.has('the'), false);
  assert.equal(features.terms.has('3'), false);
});

test('only figures specific to an event count as shared numbers, not years, small counts or ordinals', () => {
  const features = extract(
    'Storm cuts power to 12,400 homes',
    'On the 2nd day of the storm in 2023, 3 towns and 12,400 homes lost power; gusts reached 4.5 times the norm and a 737 was diverted.',
  );
  assert.deepEqual([...features.numbers].sort(), ['12400', '4.5', '737']);
});

test('the capitalised abbreviation US is a term, the pronoun us is not', () => {
  assert.equal(extract('', 'The US said it would help.').terms.has('us'), true);
  assert.equal(extract('', 'They told us it would help.').terms.has('us'), false);
});

test('weekdays named in title or text are a bit mask; the date is a day number', () => {
  const features = extract('Vote on Tuesday', 'Results are due on Friday.', '2024-03-05');
  assert.equal(features.weekdays, (1 << 1) | (1 << 4));
  assert.equal(features.day, Date.UTC(2024, 2, 5) / 86_400_000);
  assert.equal(extract('', 'No day here.', 'March 5').day, undefined);
});

test('only the lead feeds terms, the whole body feeds shingles', () => {
  const body = `${'Opening words of the lead. '.repeat(40)}Background about zeppelins.`;
  const features = extract('', body);
  assert.equal(features.terms.has('zeppelin'), false);
  assert.equal(features.shingles.length, body.split(/\s+/).length - 2);
});
