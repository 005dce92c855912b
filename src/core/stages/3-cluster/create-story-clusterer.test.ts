import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterInput } from './cluster-input.js';
import { clusterArticles, createStoryClusterer } from './create-story-clusterer.js';

// Unrelated reports, so document frequencies look like a real stream's.
const BACKGROUND: ClusterInput[] = [
  {
    id: 'bg-budget',
    title: 'City council approves budget with more money for buses',
    text: 'The city council voted 9 to 4 on Tuesday to approve next year’s budget, adding money for new electric buses and longer library hours. Opponents said property taxes would rise too fast.',
    published: '2024-03-05',
  },
  {
    id: 'bg-tennis',
    title: 'Teenager stuns top seed to reach the quarter-finals',
    text: 'A 17-year-old qualifier beat the top seed in straight sets on Wednesday to reach the quarter-finals of the indoor tournament. The crowd rose to its feet after the final point.',
    published: '2024-03-06',
  },
  {
    id: 'bg-drug',
    title: 'Regulator approves new drug for a rare liver disease',
    text: 'The medicines regulator approved a new treatment for a rare liver disease on Thursday after a trial showed it slowed scarring. The company said the drug would be available within months.',
    published: '2024-03-07',
  },
  {
    id: 'bg-strike',
    title: 'Rail workers announce a two-day strike over pay',
    text: 'Rail workers will walk out for two days later this month after talks over pay broke down, their union said. Commuters were advised to work from home where possible.',
    published: '2024-03-07',
  },
  {
    id: 'bg-museum',
    title: 'Museum returns stolen paintings to their owners',
    text: 'A museum returned three paintings stolen during the war to the descendants of their owners at a ceremony on Friday. The works had hung in its galleries for decades.',
    published: '2024-03-08',
  },
];

const QUAKE_A: ClusterInput = {
  id: 'quake-a',
  title: 'Strong earthquake hits mountain villages in northern Chile',
  text: 'A magnitude 6.9 earthquake struck northern Chile on Monday, collapsing adobe houses in mountain villages near Calama and killing at least 12 people, emergency officials said. Roads to the copper mines were closed by landslides.',
  published: '2024-03-04',
};
const QUAKE_B: ClusterInput = {
  id: 'quake-b',
  title: 'Chile quake: rescuers search rubble near Calama as toll rises',
  text: 'Rescuers searched collapsed homes near Calama in northern Chile after Monday’s magnitude 6.9 tremor, which officials now say killed 15 people. Landslides cut mountain roads and copper mines halted work.',
  published: '2024-03-05',
};
const QUAKE_C: ClusterInput = {
  id: 'quake-c',
  title: 'Northern Chile counts the cost of deadly tremor',
  text: 'At least 14 people died when the earthquake shook the mountains around Calama, Chile’s emergency office said on Tuesday, revising its count again. Families whose adobe homes collapsed slept in tents.',
  published: '2024-03-05',
};
// Same topic, another event: a different country, a month later.
const OTHER_QUAKE: ClusterInput = {
  id: 'quake-other',
  title: 'Earthquake damages churches on the Greek island of Samos',
  text: 'A magnitude 5.8 earthquake struck near the Greek island of Samos on Sunday, cracking churches and harbour walls in Vathy and injuring 9 people, the civil protection agency said. Ferries were delayed while the port was inspected.',
  published: '2024-04-07',
};

test('a syndicated copy under another outlet’s header is marked and joins its original’s story', () => {
  const copy: ClusterInput = {
    id: 'quake-a-copy',
    title: 'Dozens of homes destroyed in Chile quake',
    text: `By Staff Reporters, The Valley Courier. ${QUAKE_A.text} This report was supplied by a news agency.`,
    published: '2024-03-04',
  };
  const clusterer = createStoryClusterer();
  for (const article of BACKGROUND) clusterer.add(article);
  const original = clusterer.add(QUAKE_A);
  const copied = clusterer.add(copy);
  assert.equal(copied.duplicateOf, 'quake-a');
  assert.equal(copied.storyId, original.storyId);
  assert.deepEqual(clusterer.duplicates(), [['quake-a', 'quake-a-copy']]);
});

test('an independent report of the same event is not marked as a copy', () => {
  const clusterer = createStoryClusterer();
  clusterer.add(QUAKE_A);
  assert.equal(clusterer.add(QUAKE_B).duplicateOf, undefined);
  assert.deepEqual(clusterer.duplicates(), []);
});

test('two reports of one event in different words are grouped', () => {
  const clusterer = createStoryClusterer();
  for (const article of BACKGROUND) clusterer.add(article);
  const first = clusterer.add(QUAKE_A);
  assert.equal(clusterer.add(QUAKE_B).storyId, first.storyId);
});

test('two different events on the same topic stay apart', () => {
  const clusterer = createStoryClusterer();
  for (const article of BACKGROUND) clusterer.add(article);
  const chile = clusterer.add(QUAKE_A).storyId;
  clusterer.add(QUAKE_B);
  assert.notEqual(clusterer.add(OTHER_QUAKE).storyId, chile);
});

test('unrelated articles start stories of their own', () => {
  const { stories } = clusterArticles(BACKGROUND);
  assert.equal(stories.length, BACKGROUND.length);
});

test('a story whose reports give clashing figures stays one story', () => {
  // 12, 15 and "at least 14" dead: numbers only ever add evidence.
  const clusterer = createStoryClusterer();
  for (const article of BACKGROUND) clusterer.add(article);
  const ids = [QUAKE_A, QUAKE_B, QUAKE_C].map((article) => clusterer.add(article).storyId);
  assert.equal(new Set(ids).size, 1);
});

test('undated reports: unknown dates are neutral', () => {
  const undated = [QUAKE_A, QUAKE_B].map(({ published: _published, ...rest }) => rest);
  const { stories } = clusterArticles([...BACKGROUND, ...undated]);
  const story = stories.find((s) => s.members.includes('quake-a'));
  assert.deepEqual(story?.members, ['quake-a', 'quake-b']);
});

test('adding one at a time equals the batch result', () => {
  const stream = [...BACKGROUND, QUAKE_A, OTHER_QUAKE, QUAKE_B, QUAKE_C];
  const clusterer = createStoryClusterer();
  const assignments = stream.map((article) => clusterer.add(article));
  const batch = clusterArticles(stream);
  assert.deepEqual(clusterer.stories(), batch.stories);
  assert.deepEqual(clusterer.duplicates(), batch.duplicates);
  for (const [i, article] of stream.entries()) {
    const story = batch.stories.find((s) => s.members.includes(article.id));
    assert.equal(story?.id, assignments[i]?.storyId);
  }
});

test('adding the same article id twice returns the first assignment', () => {
  const clusterer = createStoryClusterer();
  const first = clusterer.add(QUAKE_A);
  assert.deepEqual(clusterer.add({ ...QUAKE_A, text: 'Something else entirely.' }), first);
  assert.equal(clusterer.stories().length, 1);
});

test('an empty article starts its own story', () => {
  const clusterer = createStoryClusterer();
  clusterer.add(QUAKE_A);
  const empty = clusterer.add({ id: 'empty', text: '' });
  assert.notEqual(empty.storyId, clusterer.add(QUAKE_B).storyId);
});

test('state survives a JSON round trip and resumes exactly', () => {
  const copy: ClusterInput = { ...QUAKE_A, id: 'quake-a-copy', text: `From our correspondents. ${QUAKE_A.text}` };
  const before = [...BACKGROUND, QUAKE_A, copy];
  const after = [QUAKE_B, OTHER_QUAKE, QUAKE_C];

  const uninterrupted = createStoryClusterer();
  for (const article of [...before, ...after]) uninterrupted.add(article);

  const first = createStoryClusterer();
  for (const article of before) first.add(article);
  const saved = JSON.parse(JSON.stringify(first.toJSON())) as ReturnType<typeof first.toJSON>;
  const resumed = createStoryClusterer({}, saved);
  assert.deepEqual(resumed.stories(), first.stories());
  assert.deepEqual(resumed.duplicates(), first.duplicates());
  assert.deepEqual(resumed.toJSON(), first.toJSON());

  for (const article of after) resumed.add(article);
  assert.deepEqual(resumed.stories(), uninterrupted.stories());
  assert.deepEqual(resumed.duplicates(), uninterrupted.duplicates());
  assert.deepEqual(resumed.toJSON(), uninterrupted.toJSON());
});
