import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NumberMention } from '../../../model/mention.js';
import { tokenize } from '../tokens/tokenize.js';
import { findNumbers } from './find-numbers.js';

type Expected = Omit<NumberMention, 'kind' | 'start' | 'end'>;
type Extra = Partial<Pick<NumberMention, 'unit' | 'counted' | 'predicate' | 'approximation' | 'factor'>>;

function m(text: string, low: number, high: number, extra: Extra = {}): Expected {
  return { text, low, high, ...extra };
}

/** Every mention of `sentence`, without kind and offsets (checked separately: the span must be the text). */
function numbersIn(sentence: string): Expected[] {
  return findNumbers(tokenize(sentence)).map(({ kind, start, end, ...rest }) => {
    assert.equal(kind, 'number');
    assert.equal(sentence.slice(start, end), rest.text);
    return rest;
  });
}

type Case = [sentence: string, expected: Expected[]];

describe('disasters', () => {
  const cases: Case[] = [
    [
      'Rescue teams pulled 37 survivors from the rubble on Sunday.',
      [m('37', 37, 37, { counted: 'survivor', predicate: 'pull' })],
    ],
    [
      'The earthquake killed at least 2,300 people and injured more than 5,000.',
      [
        m('at least 2,300', 2300, 3450, { counted: 'people', predicate: 'kill', approximation: 'at least' }),
        m('more than 5,000', 5001, 7500, { counted: 'people', predicate: 'injure', approximation: 'more than' }),
      ],
    ],
    [
      'Some 12,000 residents were evacuated as the river burst its banks.',
      [m('Some 12,000', 10800, 13200, { counted: 'resident', predicate: 'evacuate', approximation: 'some' })],
    ],
    [
      'Officials said nearly 400 homes had been destroyed by the fire.',
      [m('nearly 400', 360, 399, { counted: 'home', predicate: 'destroy', approximation: 'nearly' })],
    ],
    ['The death toll from the floods has risen to 87.', [m('87', 87, 87, { counted: 'death', predicate: 'die' })]],
    ['The wildfire has burned through 40,000 hectares of forest.', [m('40,000', 40000, 40000, { unit: 'hectare' })]],
    [
      'Hundreds of families were left homeless after the storm.',
      [m('Hundreds', 200, 999, { counted: 'family', predicate: 'homeless', approximation: 'hundreds' })],
    ],
    [
      'The cyclone left 14 people dead and dozens missing.',
      [
        m('14', 14, 14, { counted: 'people', predicate: 'die' }),
        m('dozens', 24, 99, { counted: 'people', predicate: 'missing', approximation: 'dozens' }),
      ],
    ],
    ['A magnitude 6.4 earthquake struck the coast on Friday.', [m('magnitude 6.4', 6.4, 6.4, { unit: 'magnitude' })]],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('elections', () => {
  const cases: Case[] = [
    [
      'Turnout reached 67 per cent, the highest in two decades.',
      [m('67 per cent', 67, 67, { unit: 'percent', counted: 'turnout' })],
    ],
    [
      'The ruling party won 312 of the 543 seats.',
      [m('312', 312, 312, { counted: 'seat', predicate: 'win' }), m('543', 543, 543, { counted: 'seat' })],
    ],
    [
      'About 1.2 million ballots were cast by post.',
      [m('About 1.2 million', 1080000, 1320000, { counted: 'ballot', predicate: 'cast', approximation: 'about' })],
    ],
    [
      'The candidate received 48.6% of the vote.',
      [m('48.6%', 48.6, 48.6, { unit: 'percent', counted: 'vote', predicate: 'receive' })],
    ],
    [
      'Police arrested 23 people outside polling stations.',
      [m('23', 23, 23, { counted: 'people', predicate: 'arrest' })],
    ],
    [
      'Two-thirds of members backed the motion.',
      [
        m('Two-thirds', 0.6666666666666666, 0.6666666666666666, {
          unit: 'fraction',
          counted: 'member',
          predicate: 'back',
        }),
      ],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('courts', () => {
  const cases: Case[] = [
    [
      'The jury deliberated for three days before convicting the 34-year-old.',
      [
        m('three', 3, 3, { unit: 'duration', counted: 'day', predicate: 'deliberate' }),
        m('34-year-old', 34, 34, { unit: 'age' }),
      ],
    ],
    [
      'He was sentenced to 12 years in prison.',
      [m('12', 12, 12, { unit: 'duration', counted: 'year', predicate: 'sentence' })],
    ],
    [
      'The company agreed to pay $1.4bn to settle the claims.',
      [m('$1.4bn', 1400000000, 1400000000, { unit: 'usd', counted: 'dollar', predicate: 'pay' })],
    ],
    [
      'Prosecutors charged 15 former executives with fraud.',
      [m('15', 15, 15, { counted: 'executive', predicate: 'charge' })],
    ],
    [
      'The judge fined the firm £250,000.',
      [m('£250,000', 250000, 250000, { unit: 'gbp', counted: 'pound', predicate: 'fine' })],
    ],
    ['Aged 19, she became the youngest lawyer to argue before the court.', [m('19', 19, 19, { unit: 'age' })]],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('economy', () => {
  const cases: Case[] = [
    ['Inflation fell to 3.2% in March.', [m('3.2%', 3.2, 3.2, { unit: 'percent', counted: 'inflation' })]],
    [
      'The central bank raised interest rates by 0.25 percentage points.',
      [m('0.25 percentage points', 0.25, 0.25, { unit: 'percentage-point', predicate: 'raise' })],
    ],
    ['The carmaker will cut 4,000 jobs in Europe.', [m('4,000', 4000, 4000, { counted: 'job', predicate: 'cut' })]],
    ['Exports doubled over the decade.', [m('doubled', 2, 2, { unit: 'factor', counted: 'export', factor: 2 })]],
    [
      'The startup raised €60m in its latest funding round.',
      [m('€60m', 60000000, 60000000, { unit: 'eur', counted: 'euro', predicate: 'raise' })],
    ],
    [
      'Unemployment stood at 5.1 per cent.',
      [m('5.1 per cent', 5.1, 5.1, { unit: 'percent', counted: 'unemployment' })],
    ],
    [
      'Profits halved to $3.5bn.',
      [
        m('halved', 0.5, 0.5, { unit: 'factor', counted: 'profit', factor: 0.5 }),
        m('$3.5bn', 3500000000, 3500000000, { unit: 'usd', counted: 'dollar' }),
      ],
    ],
    [
      'The government borrowed £21.7bn last month.',
      [m('£21.7bn', 21700000000, 21700000000, { unit: 'gbp', counted: 'pound', predicate: 'borrow' })],
    ],
    [
      'Shares rose 12 percent after the announcement.',
      [m('12 percent', 12, 12, { unit: 'percent', counted: 'share' })],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('sport', () => {
  const cases: Case[] = [
    ['The striker has scored 23 goals this season.', [m('23', 23, 23, { counted: 'goal', predicate: 'score' })]],
    [
      'More than 80,000 fans packed the stadium.',
      [m('More than 80,000', 80001, 120000, { counted: 'fan', predicate: 'pack', approximation: 'more than' })],
    ],
    [
      'The club paid a record 105 million euros for the midfielder.',
      [m('105 million euros', 105000000, 105000000, { unit: 'eur', counted: 'euro', predicate: 'pay' })],
    ],
    [
      'The marathon drew a field of 40,000 runners.',
      [m('40,000', 40000, 40000, { counted: 'runner', predicate: 'draw' })],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('health', () => {
  const cases: Case[] = [
    [
      'Tens of thousands of spectators lined the route.',
      [
        m('Tens of thousands', 20000, 99999, {
          counted: 'spectator',
          predicate: 'line',
          approximation: 'tens of thousands',
        }),
      ],
    ],
    [
      'The hospital treated 150 patients for smoke inhalation.',
      [m('150', 150, 150, { counted: 'patient', predicate: 'treat' })],
    ],
    [
      'The virus has infected more than 3 million people worldwide.',
      [m('more than 3 million', 3000001, 4500000, { counted: 'people', approximation: 'more than' })],
    ],
    ['Vaccination rates among children fell to 81%.', [m('81%', 81, 81, { unit: 'percent', counted: 'rate' })]],
    [
      'Around 700 new cases were confirmed on Monday.',
      [m('Around 700', 630, 770, { counted: 'case', approximation: 'around' })],
    ],
    ['One in five adults reported symptoms.', [m('One in five', 0.2, 0.2, { unit: 'fraction', counted: 'adult' })]],
    [
      'The trial enrolled 30,000 volunteers across 12 countries.',
      [
        m('30,000', 30000, 30000, { counted: 'volunteer', predicate: 'enrol' }),
        m('12', 12, 12, { counted: 'country' }),
      ],
    ],
    [
      'Nearly half of the patients recovered within a week.',
      [
        m('Nearly half', 0.45, 0.5, {
          unit: 'fraction',
          counted: 'patient',
          predicate: 'recover',
          approximation: 'nearly',
        }),
      ],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('conflict', () => {
  const cases: Case[] = [
    [
      'Rebels seized 180 pieces of military hardware.',
      [m('180', 180, 180, { counted: 'hardware', predicate: 'seize' })],
    ],
    [
      'The alliance deployed 1,840 troops to the border region.',
      [m('1,840', 1840, 1840, { counted: 'troop', predicate: 'deploy' })],
    ],
    [
      'At least 38 civilians were killed in the airstrike.',
      [m('At least 38', 38, 57, { counted: 'civilian', predicate: 'kill', approximation: 'at least' })],
    ],
    [
      'Up to 5,000 fighters remain in the city.',
      [m('Up to 5,000', 2500, 5000, { counted: 'fighter', approximation: 'up to' })],
    ],
    [
      'Thousands of soldiers crossed the border overnight.',
      [m('Thousands', 2000, 9999, { counted: 'soldier', predicate: 'cross', approximation: 'thousands' })],
    ],
    [
      'The army said it had captured 300 enemy combatants.',
      [m('300', 300, 300, { counted: 'combatant', predicate: 'capture' })],
    ],
    [
      'A 5,000-strong force was sent to the capital.',
      [m('5,000-strong', 5000, 5000, { counted: 'force', predicate: 'send' })],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('science', () => {
  const cases: Case[] = [
    [
      'The number of refugees has tripled since January.',
      [m('tripled', 3, 3, { unit: 'factor', counted: 'refugee', factor: 3 })],
    ],
    [
      'Scientists catalogued 1,400 new species in the survey.',
      [m('1,400', 1400, 1400, { counted: 'species', predicate: 'catalog' })],
    ],
    [
      'The telescope detected signals from roughly 200 galaxies.',
      [m('roughly 200', 180, 220, { counted: 'galaxy', approximation: 'roughly' })],
    ],
    [
      'The probe travelled 6.4 billion kilometres.',
      [m('6.4 billion', 6400000000, 6400000000, { unit: 'km', predicate: 'travel' })],
    ],
    [
      'The team sequenced the genomes of 2,000 patients.',
      [m('2,000', 2000, 2000, { counted: 'patient', predicate: 'sequence' })],
    ],
    ['Researchers tracked 96 wolves over five years.', [m('96', 96, 96, { counted: 'wolf', predicate: 'track' })]],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('ranges, approximations and vague quantities', () => {
  const cases: Case[] = [
    [
      'The protest drew between 12,000 and 15,000 people.',
      [m('between 12,000 and 15,000', 12000, 15000, { counted: 'people', predicate: 'draw' })],
    ],
    [
      'Between 40 and 50 people were injured in the clashes.',
      [m('Between 40 and 50', 40, 50, { counted: 'people', predicate: 'injure' })],
    ],
    ['Two or three suspects fled the scene.', [m('Two or three', 2, 3, { counted: 'suspect', predicate: 'flee' })]],
    ['Police detained 7,000-6,000 demonstrators.', []],
    [
      'Fewer than 100 people attended the rally.',
      [m('Fewer than 100', 0, 99, { counted: 'people', predicate: 'attend', approximation: 'fewer than' })],
    ],
    [
      'Less than 20% of voters backed the measure.',
      [m('Less than 20%', 0, 20, { unit: 'percent', counted: 'voter', predicate: 'back', approximation: 'less than' })],
    ],
    [
      'As many as 1,500 workers could lose their jobs.',
      [m('As many as 1,500', 750, 1500, { counted: 'worker', predicate: 'lose', approximation: 'as many as' })],
    ],
    [
      'Over 600 flights were cancelled.',
      [m('Over 600', 601, 900, { counted: 'flight', predicate: 'cancel', approximation: 'over' })],
    ],
    [
      'The blaze destroyed some two dozen buildings.',
      [m('some two dozen', 22, 26, { counted: 'building', predicate: 'destroy', approximation: 'some' })],
    ],
    ['A dozen protesters were detained.', [m('A dozen', 12, 12, { counted: 'protester', predicate: 'detain' })]],
    [
      'Half a million people lost power.',
      [m('Half a million', 500000, 500000, { counted: 'people', predicate: 'lose' })],
    ],
    [
      'Dozens were arrested during the protests.',
      [m('Dozens', 24, 99, { predicate: 'arrest', approximation: 'dozens' })],
    ],
    [
      'Several hundred people gathered in the square.',
      [m('Several hundred', 300, 900, { counted: 'people', predicate: 'gather', approximation: 'several' })],
    ],
    [
      'A few thousand people marched through the city.',
      [m('A few thousand', 2000, 5000, { counted: 'people', predicate: 'march', approximation: 'a few' })],
    ],
    [
      'A handful of lawmakers voted against the bill.',
      [m('A handful', 3, 7, { counted: 'lawmaker', predicate: 'vote', approximation: 'a handful' })],
    ],
    [
      'Scores of homes were flattened.',
      [m('Scores', 40, 199, { counted: 'home', predicate: 'flatten', approximation: 'scores' })],
    ],
    [
      'Millions of people watched the broadcast.',
      [m('Millions', 2000000, 9990000, { counted: 'people', predicate: 'watch', approximation: 'millions' })],
    ],
    [
      'Hundreds of thousands of people fled the fighting.',
      [
        m('Hundreds of thousands', 200000, 999999, {
          counted: 'people',
          predicate: 'flee',
          approximation: 'hundreds of thousands',
        }),
      ],
    ],
    ['Authorities put the death toll at 31.', [m('31', 31, 31, { counted: 'death', predicate: 'die' })]],
    ['The toll stood at 12 on Wednesday.', [m('12', 12, 12, { counted: 'death', predicate: 'die' })]],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('levels read from the subject', () => {
  const cases: Case[] = [
    [
      'Arrests climbed to nearly 1,200 by the weekend.',
      [m('nearly 1,200', 1080, 1199, { counted: 'arrest', predicate: 'arrest', approximation: 'nearly' })],
    ],
    ['The number of people killed has risen to 56.', [m('56', 56, 56, { counted: 'people', predicate: 'kill' })]],
    [
      'Twenty-three miners were trapped underground.',
      [m('Twenty-three', 23, 23, { counted: 'miner', predicate: 'trap' })],
    ],
    [
      'Thirty-eight workers died in the stampede.',
      [m('Thirty-eight', 38, 38, { counted: 'worker', predicate: 'die' })],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});

describe('written numbers, coordination, money and other wording', () => {
  const cases: Case[] = [
    ['The storm left 30 people injured.', [m('30', 30, 30, { counted: 'people', predicate: 'injure' })]],
    ['Officials said 18 people were missing.', [m('18', 18, 18, { counted: 'people', predicate: 'missing' })]],
    [
      'Eight people have been detained in connection with the attack.',
      [m('Eight', 8, 8, { counted: 'people', predicate: 'detain' })],
    ],
    [
      'The ministry reported 137 deaths and 2,000 injuries.',
      [
        m('137', 137, 137, { counted: 'death', predicate: 'die' }),
        m('2,000', 2000, 2000, { counted: 'injury', predicate: 'injure' }),
      ],
    ],
    [
      'Seven people were killed and 12 injured.',
      [
        m('Seven', 7, 7, { counted: 'people', predicate: 'kill' }),
        m('12', 12, 12, { counted: 'people', predicate: 'injure' }),
      ],
    ],
    [
      'Police said 1,000-odd people took part.',
      [m('1,000-odd', 900, 1100, { counted: 'people', predicate: 'take', approximation: 'odd' })],
    ],
    ['The fund is worth $2.5bn.', [m('$2.5bn', 2500000000, 2500000000, { unit: 'usd', counted: 'dollar' })]],
    [
      'Officials estimated the damage at A$1.2bn.',
      [m('A$1.2bn', 1200000000, 1200000000, { unit: 'aud', counted: 'dollar' })],
    ],
    [
      'Each family will receive 5,000 rupees.',
      [m('5,000 rupees', 5000, 5000, { unit: 'inr', counted: 'rupee', predicate: 'receive' })],
    ],
    [
      'Prices have risen tenfold since the war began.',
      [m('tenfold', 10, 10, { unit: 'factor', counted: 'price', factor: 10 })],
    ],
    [
      'The charity has helped more than 12,000 children.',
      [m('more than 12,000', 12001, 18000, { counted: 'child', predicate: 'help', approximation: 'more than' })],
    ],
    [
      'An estimated 3,000 people were displaced by the fighting.',
      [
        m('An estimated 3,000', 2700, 3300, {
          counted: 'people',
          predicate: 'displace',
          approximation: 'an estimated',
        }),
      ],
    ],
    ['The firm posted a 15% rise in profits.', [m('15%', 15, 15, { unit: 'percent' })]],
    ['The measure passed with 52 votes in favour.', [m('52', 52, 52, { counted: 'vote' })]],
    ['The building was evacuated within 20 minutes.', []],
    [
      'The strike entered its third week as 2,500 nurses walked out.',
      [m('2,500', 2500, 2500, { counted: 'nurse', predicate: 'walk' })],
    ],
  ];
  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.deepEqual(numbersIn(sentence), expected));
  }
});
describe('findNumbers options and offsets', () => {
  test('numbers inside excluded spans (dates found elsewhere) are skipped', () => {
    const text = 'On January 10, 2022, police detained 300 people.';
    const dateStart = text.indexOf('January');
    const excluded = [{ start: dateStart, end: dateStart + 'January 10, 2022'.length }];
    assert.deepEqual(
      findNumbers(tokenize(text), { excluded }).map((mention) => mention.text),
      ['300'],
    );
  });

  test('a number overlapping an excluded span only in part is skipped too', () => {
    const text = 'Police detained 300 people.';
    const excluded = [{ start: text.indexOf('300') + 1, end: text.indexOf('300') + 2 }];
    assert.deepEqual(findNumbers(tokenize(text), { excluded }), []);
  });

  test('offsets point into the whole text across paragraphs, in text order', () => {
    const text = 'Rescuers found 12 survivors.\n\nA further 30 people were missing.';
    const mentions = findNumbers(tokenize(text));
    assert.deepEqual(
      mentions.map((mention) => [text.slice(mention.start, mention.end), mention.text, mention.kind]),
      [
        ['12', '12', 'number'],
        ['30', '30', 'number'],
      ],
    );
    assert.ok(mentions[0]!.start < mentions[1]!.start);
  });

  test('an empty text and a text with no numbers give nothing', () => {
    assert.deepEqual(findNumbers(tokenize('')), []);
    assert.deepEqual(findNumbers(tokenize('Nothing happened here.')), []);
  });
});
