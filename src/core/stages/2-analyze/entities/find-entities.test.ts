import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../../model/mention.js';
import { tokenize } from '../tokens/tokenize.js';
import { findEntities } from './find-entities.js';

function entitiesOf(text: string): EntityMention[] {
  const mentions = findEntities(tokenize(text));
  for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  return mentions;
}

function find(mentions: EntityMention[], text: string): EntityMention {
  const mention = mentions.find((m) => m.text === text);
  assert.ok(mention, `no mention "${text}" in ${JSON.stringify(mentions.map((m) => m.text))}`);
  return mention;
}

function texts(mentions: EntityMention[]): string[] {
  return mentions.map((m) => m.text);
}

test('a title before a full name types a person and gives the role', () => {
  const mentions = entitiesOf('Prime Minister Ana Ferreira opened the new bridge on Tuesday.');
  const person = find(mentions, 'Ana Ferreira');
  assert.equal(person.entityType, 'person');
  assert.equal(person.role, 'Prime Minister');
  assert.equal(person.canonical, 'Ana Ferreira');
});

test('a surname alone later in the article resolves to the full name', () => {
  const mentions = entitiesOf('Prime Minister Ana Ferreira opened the bridge. Ferreira said traffic would ease.');
  const surname = mentions.filter((m) => m.text === 'Ferreira');
  assert.equal(surname.length, 1);
  assert.equal(surname[0]?.canonical, 'Ana Ferreira');
  assert.equal(surname[0]?.entityType, 'person');
});

test('honorific and title plus surname resolve to the full name, without the honorific as role', () => {
  const mentions = entitiesOf(
    'Dara Okonkwo won the vote in March. Mr Okonkwo thanked voters. Later, Governor Okonkwo signed the budget.',
  );
  const okonkwo = mentions.filter((m) => m.text === 'Okonkwo');
  assert.equal(okonkwo.length, 2);
  for (const mention of okonkwo) assert.equal(mention.canonical, 'Dara Okonkwo');
  assert.equal(okonkwo[0]?.role, undefined);
  assert.equal(okonkwo[1]?.role, 'Governor');
});

test('the fullest form is canonical even when the surname comes first', () => {
  const mentions = entitiesOf(
    'Mrs Lindqvist arrived late. Astrid Lindqvist later told the hearing she had been delayed.',
  );
  assert.equal(find(mentions, 'Lindqvist').canonical, 'Astrid Lindqvist');
});

test('organisation names keep their inner "of" and take the organisation type', () => {
  const mentions = entitiesOf('The report was published by the Ministry of Health on Friday.');
  const ministry = find(mentions, 'Ministry of Health');
  assert.equal(ministry.entityType, 'organization');
});

test('an acronym defined in parentheses is an alias of its expansion', () => {
  const mentions = entitiesOf(
    'The Regional Water Safety Organization (RWSO) met in Geneva. The RWSO said supplies were safe.',
  );
  const acronyms = mentions.filter((m) => m.text === 'RWSO');
  assert.equal(acronyms.length, 2);
  for (const mention of acronyms) {
    assert.equal(mention.canonical, 'Regional Water Safety Organization');
    assert.equal(mention.entityType, 'organization');
  }
});

test('an acronym matching the initials of a named organisation joins it without a definition', () => {
  const mentions = entitiesOf('The Northern Grain Traders Association warned of shortages. The NGTA asked for help.');
  assert.equal(find(mentions, 'NGTA').canonical, 'Northern Grain Traders Association');
});

test('hyphenated and apostrophe names stay whole', () => {
  const mentions = entitiesOf("Jean-Luc Moreau and Siobhan O'Connell signed the accord.");
  assert.equal(find(mentions, 'Jean-Luc Moreau').entityType, 'person');
  assert.equal(find(mentions, "Siobhan O'Connell").entityType, 'person');
});

test('a possessive is not part of the name', () => {
  const mentions = entitiesOf('Dara Okonkwo’s government fell. Okonkwo’s allies left.');
  assert.deepEqual(texts(mentions), ['Dara Okonkwo', 'Okonkwo']);
  assert.equal(mentions[1]?.canonical, 'Dara Okonkwo');
});

test('a sentence-initial determiner is left out of an organisation name', () => {
  const mentions = entitiesOf('The Harbour Pilots Association said the channel was closed.');
  assert.deepEqual(texts(mentions), ['Harbour Pilots Association']);
});

test('sentence-initial common words are not entities', () => {
  assert.deepEqual(texts(entitiesOf('Heavy rain fell overnight. Residents said roads were flooded.')), []);
  assert.deepEqual(texts(entitiesOf('However, nothing changed. Meanwhile, prices rose.')), []);
});

test('gazetteer places are places, and aliases resolve to the country name', () => {
  const mentions = entitiesOf('Delegates flew from Nairobi to Brazil. U.S. officials joined them.');
  assert.equal(find(mentions, 'Nairobi').entityType, 'place');
  assert.equal(find(mentions, 'Brazil').entityType, 'place');
  const us = find(mentions, 'U.S.');
  assert.equal(us.entityType, 'place');
  assert.equal(us.canonical, 'United States');
});

test('"X-based" and "in X" mark an unknown name as a place', () => {
  const mentions = entitiesOf('A Varnholm-based charity sent food to families in Kessary.');
  assert.equal(find(mentions, 'Varnholm').entityType, 'place');
  assert.equal(find(mentions, 'Kessary').entityType, 'place');
});

test('a place head word types the name as a place', () => {
  const mentions = entitiesOf('Fighting spread across Orlova Province and reached the Tarn Valley.');
  assert.equal(find(mentions, 'Orlova Province').entityType, 'place');
  assert.equal(find(mentions, 'Tarn Valley').entityType, 'place');
});

test('an employer before a corporate title is split off as an organisation', () => {
  const mentions = entitiesOf('Brightwell CEO Jan Novak resigned on Monday.');
  assert.equal(find(mentions, 'Brightwell').entityType, 'organization');
  const person = find(mentions, 'Jan Novak');
  assert.equal(person.entityType, 'person');
  assert.equal(person.role, 'CEO');
});

test('a title with "of" in it stays in the role', () => {
  const mentions = entitiesOf('Secretary of State Maria Alvarez arrived in Lima.');
  const person = find(mentions, 'Maria Alvarez');
  assert.equal(person.role, 'Secretary of State');
  assert.equal(find(mentions, 'Lima').entityType, 'place');
});

test('two capitalised words before "said" are a person even with an unknown given name', () => {
  const mentions = entitiesOf('The fire started at dawn, Zorin Petrakis said.');
  assert.equal(find(mentions, 'Zorin Petrakis').entityType, 'person');
});

test('a lower-case title before a name types a person', () => {
  const mentions = entitiesOf('The company’s spokesman Oren Vasko declined to comment.');
  const person = find(mentions, 'Oren Vasko');
  assert.equal(person.entityType, 'person');
  assert.equal(person.role, 'spokesman');
});

test('"the president" resolves to the one person introduced with that title', () => {
  const mentions = entitiesOf('President Ilse Varga addressed parliament. Later the president met farmers.');
  const description = find(mentions, 'the president');
  assert.equal(description.canonical, 'Ilse Varga');
  assert.equal(description.entityType, 'person');
  assert.equal(description.certainty, 'inferred');
});

test('"the president" stays unresolved when two presidents were named', () => {
  const mentions = entitiesOf(
    'President Ilse Varga met President Tomas Reyes in Madrid. Later the president flew home.',
  );
  assert.equal(
    mentions.find((m) => m.text === 'the president'),
    undefined,
  );
});

test('a former or vice president is not "the president"', () => {
  const former = entitiesOf('Former President Ilse Varga spoke. The president was absent.');
  assert.equal(
    former.find((m) => m.text.toLowerCase() === 'the president'),
    undefined,
  );
  const vice = entitiesOf('Vice President Tomas Reyes spoke. The president was absent.');
  assert.equal(
    vice.find((m) => m.text.toLowerCase() === 'the president'),
    undefined,
  );
});

test('"the president of" something else is not resolved', () => {
  const mentions = entitiesOf('President Ilse Varga spoke. The president of the football club disagreed.');
  assert.equal(
    mentions.find((m) => m.text.toLowerCase() === 'the president'),
    undefined,
  );
});

test('"the ministry" resolves to the last-named ministry', () => {
  const mentions = entitiesOf(
    'The Ministry of Education closed schools. The Interior Ministry deployed police. The ministry said roads were open.',
  );
  assert.equal(find(mentions, 'The ministry').canonical, 'Interior Ministry');
});

test('"the ministry" without a named ministry is not an entity', () => {
  assert.deepEqual(texts(entitiesOf('The ministry said roads were open.')), []);
});

test('a role stated in apposition is attached to the person', () => {
  const mentions = entitiesOf('Lena Hart, the former head of the Coastal Fisheries Board, said quotas were too low.');
  assert.equal(find(mentions, 'Lena Hart').role, 'the former head of the Coastal Fisheries Board');
  assert.equal(find(mentions, 'Coastal Fisheries Board').entityType, 'organization');
});

test('a relative clause after a name is not a role', () => {
  const mentions = entitiesOf('Lena Hart, who chaired the board, said quotas were too low.');
  assert.equal(find(mentions, 'Lena Hart').role, undefined);
});

test('headline-cased lines yield only names the article or the gazetteer vouches for', () => {
  const text = 'Floods Hit Coastal Towns As Rivers Rise In Portugal\n\nLena Hart, a farmer, said the water rose fast.';
  const mentions = entitiesOf(text);
  assert.deepEqual(texts(mentions), ['Portugal', 'Lena Hart']);
});

test('a known name inside a headline is found and resolved', () => {
  const text = 'Hart Warns Of Shortages After Storm\n\nLena Hart, a farmer, said the water rose fast.';
  const hart = entitiesOf(text).find((m) => m.text === 'Hart');
  assert.equal(hart?.canonical, 'Lena Hart');
});

test('days and months are not entities, but a month inside a name is kept', () => {
  assert.deepEqual(texts(entitiesOf('The talks resumed on Monday and will end in March.')), []);
  const mentions = entitiesOf('The talks resumed on Monday, Ruth May said.');
  assert.deepEqual(texts(mentions), ['Ruth May']);
});

test('name particles join the parts of a name', () => {
  const mentions = entitiesOf('Pieter van der Berg met Omar bin Rashid. Van der Berg left first.');
  assert.equal(find(mentions, 'Pieter van der Berg').entityType, 'person');
  assert.equal(find(mentions, 'Omar bin Rashid').entityType, 'person');
  assert.equal(find(mentions, 'Van der Berg').canonical, 'Pieter van der Berg');
});

test('"and" does not join two people, but does join an organisation name after "of"', () => {
  const people = entitiesOf('Tom Brink and Oren Vasko arrived together.');
  assert.deepEqual(texts(people), ['Tom Brink', 'Oren Vasko']);
  const ministry = entitiesOf('The Ministry of Trade and Industry issued new rules.');
  assert.deepEqual(texts(ministry), ['Ministry of Trade and Industry']);
});

test('demonyms and regional adjectives are not entities', () => {
  assert.deepEqual(texts(entitiesOf('French officials and Central Asian traders met Sunni clerics.')), []);
});

test('two people sharing a surname keep their own names', () => {
  const mentions = entitiesOf('Eva Lindqvist and her brother Nils Lindqvist both ran for office.');
  assert.equal(find(mentions, 'Eva Lindqvist').canonical, 'Eva Lindqvist');
  assert.equal(find(mentions, 'Nils Lindqvist').canonical, 'Nils Lindqvist');
});

test('word-order variants of a ministry are one organisation', () => {
  const mentions = entitiesOf('The Ministry of Foreign Affairs issued a note. The Foreign Ministry later withdrew it.');
  assert.equal(find(mentions, 'Foreign Ministry').canonical, 'Ministry of Foreign Affairs');
});

test('a capitalised reporting verb is cut from the end of a name', () => {
  const mentions = entitiesOf('Wire services carried the story.\nUNICEF Tweeted a warning about water.');
  assert.deepEqual(texts(mentions), ['UNICEF']);
});

test('a capitalised word naming a number is not an entity', () => {
  const text = 'The bus left Route 9 near Gate 4, and the 12th Precinct sent officers to Polling Station No. 3.';
  assert.deepEqual(texts(entitiesOf(text)), ['Polling Station']);
});

test('named storms and operations are named events, not people or places', () => {
  const mentions = entitiesOf('Residents fled as Storm Kessa and Hurricane Odile approached.');
  assert.equal(find(mentions, 'Storm Kessa').entityType, 'other');
  assert.equal(find(mentions, 'Hurricane Odile').entityType, 'other');
});

test('a capitalised occupation before a name is the role', () => {
  const person = find(entitiesOf('Meteorologist Ana Pereira expects more rain.'), 'Ana Pereira');
  assert.equal(person.role, 'Meteorologist');
});

test('"Judge X of the Y Court" is a person and a court, not one organisation', () => {
  const mentions = entitiesOf('Judge Helena Marsh of the Riverton District Court also ordered a fine.');
  assert.equal(find(mentions, 'Helena Marsh').entityType, 'person');
  assert.equal(find(mentions, 'Riverton District Court').entityType, 'organization');
  assert.ok(!texts(mentions).some((text) => text.includes('Marsh of')));
});

test('a possessive inside an organisation name stays in it', () => {
  const mentions = entitiesOf('The result was a blow for Rafael Ortega of the People’s Party, analysts said.');
  assert.equal(find(mentions, 'People’s Party').entityType, 'organization');
  assert.equal(find(mentions, 'Rafael Ortega').entityType, 'person');
});

test('"and" inside an agency name joins it when the head comes after it, but not two names', () => {
  const mentions = entitiesOf(
    'The U.S. Food and Drug Administration warned the maker. Ortiz and Commerce Department aides met. Donald Ortiz spoke.',
  );
  assert.equal(find(mentions, 'U.S. Food and Drug Administration').entityType, 'organization');
  assert.ok(texts(mentions).includes('Commerce Department'));
  const others = entitiesOf(
    'It quoted The Harbour Courier and ABC News on the vote. Unions and Green Party members marched.',
  );
  assert.ok(texts(others).includes('ABC News'));
  assert.ok(texts(others).includes('Green Party'));
});

test('a party and state after a lawmaker are not entities', () => {
  const mentions = entitiesOf('Sen. Ana Duarte (D-N.M.) and Rep. Tom Blaine, R-Calif., voted no.');
  assert.deepEqual(
    texts(mentions).filter((t) => !['Ana Duarte', 'Tom Blaine'].includes(t)),
    [],
  );
});

test('a name cut from its verb by a bracketed abbreviation is prose, not a headline', () => {
  const mentions = entitiesOf('Senate Minority Leader Gregor Halvorsen (D-Nev.) was the lone vote against.');
  const person = find(mentions, 'Gregor Halvorsen');
  assert.equal(person.entityType, 'person');
  assert.equal(person.role, 'Minority Leader');
});

test('a whip is a title, and a party word before a name is not part of it', () => {
  const mentions = entitiesOf('House Majority Whip Lena Okafor spoke. Republican Ward Halsey said the plan was dead.');
  assert.equal(find(mentions, 'Lena Okafor').role, 'House Majority Whip');
  const halsey = find(mentions, 'Ward Halsey');
  assert.equal(halsey.entityType, 'person');
  assert.equal(halsey.role, 'Republican');
});

test('a quoted nickname stays inside the name', () => {
  const mentions = entitiesOf('The governor picked William "Bud" Farrow for the seat. Aides said Farrow accepted.');
  assert.equal(find(mentions, 'William "Bud" Farrow').entityType, 'person');
  assert.equal(find(mentions, 'Farrow').canonical, 'William "Bud" Farrow');
});

test('a possessive glued to the last word of a name is left out', () => {
  const mentions = entitiesOf('The senator was an old friend of Tomas Reyna’s.');
  assert.ok(texts(mentions).includes('Tomas Reyna'));
});
