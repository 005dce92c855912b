import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './find-attributions.js';

/** Sources and cues of the last sentence of `text`, original source first. */
function sourcesOf(text: string): string[] {
  const tokenized = tokenize(text);
  const last = tokenized.sentences.length - 1;
  return findAttributions(tokenized, last).map((attribution) => `${attribution.source} | ${attribution.cue}`);
}

const POSITIVE_CASES: [string, string[]][] = [
  ['The Transport Ministry said on Monday that 300 flights were cancelled.', ['The Transport Ministry | said']],
  ['At least 12 hikers were rescued, said the regional governor.', ['the regional governor | said']],
  ['According to AP News, the river peaked overnight.', ['AP News | according to']],
  ['The flood killed nine people, according to the fire department.', ['the fire department | according to']],
  ['In a statement released on Monday, the airline said 40 flights were grounded.', ['the airline | said']],
  ['The league announced that the final would be replayed.', ['The league | announced']],
  ['Officials said the bridge would stay closed until spring.', ['Officials | said']],
  [
    'Relatives of those still missing after the bridge disaster said on Wednesday that 40 people remain unaccounted for.',
    ['Relatives | said'],
  ],
  ['The roads reopened after officials said the storm had passed.', ['officials | said']],
  ['Multiple news outlets reported that the merger had collapsed.', ['Multiple news outlets | reported']],
  ['The health minister tweeted that vaccination centres would open on Sunday.', ['The health minister | tweeted']],
  ['The coroner confirmed that the climber died of exposure.', ['The coroner | confirmed']],
  ['The central bank revealed that reserves fell by a third.', ['The central bank | revealed']],
  ['As reported by the Daily Ledger, the stadium roof partly collapsed.', ['the Daily Ledger | as reported by']],
  ['As per the weather service, snowfall will continue.', ['the weather service | as per']],
  ['The mayor wrote in a statement that water rationing would begin.', ['The mayor | wrote']],
  ['The company on Tuesday said it would cut 2,000 jobs.', ['The company | said']],
  ['The school board later said classes would resume.', ['The school board | said']],
  ['Nine miners were trapped, the mine operator said.', ['the mine operator | said']],
  ['Two climbers, police said, were still missing.', ['police | said']],
  ['“We are not leaving,” said Maria Lopez, a union organiser.', ['Maria Lopez | said']],
  ['“The dam will hold,” the engineer said.', ['the engineer | said']],
  ['The ferry sank in calm water, the coast guard reported.', ['the coast guard | reported']],
  ['An official familiar with the talks said the deal was close.', ['An official familiar with the talks | said']],
  ['Health and police authorities said the outbreak was contained.', ['Health and police authorities | said']],
  ['A spokesman for the fire brigade said three homes burned.', ['A spokesman for the fire brigade | said']],
  ['The ministry, which oversees the railways, said two trains collided.', ['The ministry | said']],
  ['Residents who spoke to the radio station said the shelling had stopped.', ['Residents | said']],
  ['The club’s statement reads that the coach resigned.', ['The club | reads']],
  ['The arena will close, reads the council’s statement.', ['the council | reads']],
  ["The museum's report said four paintings were damaged.", ['The museum | said']],
  ['The report said 14 bridges needed repairs.', ['The report | said']],
  ['The striker was quoted as saying he would retire.', ['The striker | quoted as saying']],
  ['He said the vote would go ahead.', ['He | said']],
  ['The prosecutor announced charges against six people.', ['The prosecutor | announced']],
  [
    "Rescuers were recalled, the country's Civil Defence Agency stated.",
    ["the country's Civil Defence Agency | stated"],
  ],
  ['Shares fell after the regulator confirmed that the audit had failed.', ['the regulator | confirmed']],
  ['The opposition alleged that 3,000 ballots were destroyed.', ['The opposition | alleged']],
  ['Waiting times rose to 14 weeks, hospital data showed on Friday.', ['hospital data | showed']],
  ['Official figures published on Thursday showed unemployment at 5%.', ['Official figures | showed']],
  ['The inquiry found that the fire alarms had failed.', ['The inquiry | found']],
  ['Analysts estimate the airline lost 2 million passengers.', ['Analysts | estimate']],
  ['The WHO estimated that 3,000 people were infected.', ['The WHO | estimated']],
  ['The union put turnout at 60 percent.', ['The union | put']],
  ["The museum's director, 64, said the collection would move.", ["The museum's director | said"]],
  ['The council approved the budget and said taxes would rise.', ['The council | said']],
  ['The referee stopped the match, saying the pitch was unsafe.', ['The referee | saying']],
  ['Investors polled by the bank expect rates to fall.', ['Investors | expect']],
  ['Drone images appeared to show that the dam had cracked.', ['Drone images | show']],
  ['The regulator withdrew its earlier claim that the bank was insolvent.', ['The regulator | withdrew']],
  ['Flooding closed 30 roads, the Red Cross said.', ['the Red Cross | said']],
  ['The sprinter was suspended, the anti-doping agency said.', ['the anti-doping agency | said']],
  [
    'The deal is worth $2 billion, according to people familiar with the talks.',
    ['people familiar with the talks | according to'],
  ],
  ['Human rights groups say at least 80 people were detained.', ['Human rights groups | say']],
  [
    'The figures, released by the statistics agency on Wednesday, show exports fell by 4%.',
    ['the statistics agency | released by', 'The figures | show'],
  ],
  [
    'A senior diplomat, speaking on condition of anonymity, said the deal was "95 percent done".',
    ['A senior diplomat | said'],
  ],
];

for (const [sentence, expected] of POSITIVE_CASES) {
  test(`attribution: ${sentence}`, () => {
    assert.deepEqual(sourcesOf(sentence), expected);
  });
}

const CHAIN_CASES: [string, string[]][] = [
  [
    'Reported the government officials to the country’s local media, the Evening Courier revealed.',
    ['the government officials | reported', 'local media | to', 'the Evening Courier | revealed'],
  ],
  ['Sources told the Financial Ledger that the bid was withdrawn.', ['Sources | told', 'the Financial Ledger | told']],
  [
    'The governor told state television on Tuesday that 12 people were hurt.',
    ['The governor | told', 'state television | told'],
  ],
  [
    'Citing two officials, the Morning Wire reported that the talks had stalled.',
    ['two officials | citing', 'the Morning Wire | reported'],
  ],
  [
    'The Morning Wire reported, citing two officials, that the talks had stalled.',
    ['two officials | citing', 'The Morning Wire | reported'],
  ],
  [
    'According to the Valley Times, the sheriff said 5 cars were stolen.',
    ['the sheriff | said', 'the Valley Times | according to'],
  ],
  [
    'The bridge was closed, the mayor said, according to local radio.',
    ['the mayor | said', 'local radio | according to'],
  ],
  [
    'The daily quoted the minister as saying the plan had failed.',
    ['the minister | quoted as saying', 'The daily | quoted'],
  ],
  [
    'The minister was quoted by the agency as saying the plan had failed.',
    ['The minister | quoted as saying', 'the agency | quoted by'],
  ],
  [
    'The coach said in an interview with the Sports Gazette that he would stay.',
    ['The coach | said', 'the Sports Gazette | in an interview with'],
  ],
  ['The network reported that officials said the fire was arson.', ['officials | said', 'The network | reported']],
];

for (const [sentence, expected] of CHAIN_CASES) {
  test(`attribution chain: ${sentence}`, () => {
    assert.deepEqual(sourcesOf(sentence), expected);
  });
}

test('a date in apposition after the verb does not hide the reported clause', () => {
  const text =
    'Local authorities reported on Monday, Jan. 10, that 800 people were evacuated, the Valley Times reported.';
  const [original, relay] = findAttributions(tokenize(text), 0);
  assert.equal(original?.source, 'Local authorities');
  assert.equal(text.slice(original.scope!.start, original.scope!.end), '800 people were evacuated');
  assert.equal(relay?.source, 'the Valley Times');
});

test('"published by X" covers only its own part of the sentence', () => {
  const text =
    'While the toll published by the ministry is 64, some residents have reported that the number is higher.';
  const attributions = findAttributions(tokenize(text), 0);
  assert.deepEqual(
    attributions.map((a) => [a.source, a.cue, a.isOriginal, text.slice(a.scope!.start, a.scope!.end)]),
    [
      ['the ministry', 'published by', undefined, 'While the toll published by the ministry is 64'],
      ['some residents', 'reported', undefined, 'the number is higher.'],
    ],
  );
});

test('a chain marks its original source; the relays are not original', () => {
  const tokenized = tokenize('Sources told the Financial Ledger that the bid was withdrawn.');
  const [original, relay] = findAttributions(tokenized, 0);
  assert.equal(original?.isOriginal, true);
  assert.equal(relay?.isOriginal, false);
});

test('independent sources in one sentence do not form a chain', () => {
  const tokenized = tokenize('Police said 5 people died, while the hospital said 7 died.');
  const attributions = findAttributions(tokenized, 0);
  assert.deepEqual(
    attributions.map((a) => [a.source, a.isOriginal]),
    [
      ['Police', undefined],
      ['the hospital', undefined],
    ],
  );
  const text = tokenized.text;
  assert.equal(text.slice(attributions[0]!.scope!.start, attributions[0]!.scope!.end), '5 people died');
});

test('the source span points at the source phrase; the scope covers the reported clause', () => {
  const text = 'The Transport Ministry said on Monday that 300 flights were cancelled.';
  const [attribution] = findAttributions(tokenize(text), 0);
  assert.ok(attribution);
  assert.equal(text.slice(attribution.start, attribution.end), 'The Transport Ministry');
  assert.equal(text.slice(attribution.scope!.start, attribution.scope!.end), '300 flights were cancelled.');
});

test('a trailing "…, X said" covers the whole sentence', () => {
  const text = 'Nine miners were trapped, the mine operator said.';
  const [attribution] = findAttributions(tokenize(text), 0);
  assert.equal(text.slice(attribution!.scope!.start, attribution!.scope!.end), text);
});

test('a name in apposition is the source and the role before it its description', () => {
  const [attribution] = findAttributions(
    tokenize("The port authority's chief, Ana Ruiz, told reporters that 3 cranes collapsed."),
    0,
  );
  assert.equal(attribution?.source, 'Ana Ruiz');
  assert.equal(attribution?.description, "The port authority's chief");
});

test('an appositive after the source becomes its description', () => {
  const [attribution] = findAttributions(
    tokenize('Jan Novak, a spokesman for the port authority, said 3 ships ran aground.'),
    0,
  );
  assert.equal(attribution?.source, 'Jan Novak');
  assert.equal(attribution?.description, 'a spokesman for the port authority');
});

test('the source is read in a later sentence of the text (offsets are absolute)', () => {
  const text = 'Roads were flooded.\n\nThe county engineer said 4 bridges failed.';
  const tokenized = tokenize(text);
  const [attribution] = findAttributions(tokenized, 1);
  assert.equal(text.slice(attribution!.start, attribution!.end), 'The county engineer');
});

const NEGATIVE_CASES: string[] = [
  // "said" inside a quote belongs to the quoted speaker, not to the sentence.
  '“The police said nothing to us,” one resident recalled.',
  'The river burst its banks overnight.',
  'The minister did not say how many people were evacuated.',
  'The company never confirmed the layoffs.',
  'It was reported that the ferry had sunk.',
  'The suspect is said to have fled abroad.',
  // A participle after its noun is a reduced relative clause, not a reporting verb.
  'The figures reported earlier were too low.',
  'It is unclear what the report said.',
  'No officials said anything about the fire.',
  'Asked about the strike, a union leader shrugged.',
  'The farmers kept adding the figures by hand.',
  'Police found three bodies in the river.',
  'She put the keys on the table.',
  'Troops withdrew from the valley.',
  'A tornado with winds estimated at 200 km/h hit the town.',
  // "citing" with no reporting clause to hang on names a reason, not a source.
  'Citing bad weather, the airline cancelled 40 flights.',
  // pictures that show something depict it; only "images show that …" reports.
  'The new telescope images, released on Tuesday, show two colliding galaxies.',
];

for (const sentence of NEGATIVE_CASES) {
  test(`no attribution: ${sentence}`, () => {
    assert.deepEqual(sourcesOf(sentence), []);
  });
}

test('a quote\'s own speaker is kept while the "said" inside it is ignored', () => {
  assert.deepEqual(sourcesOf('“The police said nothing,” she added.'), ['she | added']);
});

test('"the statement that said" inside a retraction is not a source of the sentence', () => {
  assert.deepEqual(
    sourcesOf('The agency confirmed 44 deaths, after retracting the earlier statement that said 160 people had died.'),
    ['The agency | confirmed'],
  );
});
