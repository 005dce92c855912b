import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyNoiseLine } from './classify-noise-line.js';
import { removeNoise } from './remove-noise.js';
import type { TextLine } from '../text-line.js';

/** Story sentences (written for this test) that sit close to a noise rule and must never be removed. */
const STORY_LINES = [
  'By Monday, more than 300 homes had been evacuated.',
  'By the time rescuers arrived, the river had burst its banks.',
  'Share prices fell 3% after the announcement.',
  'Share the load, the union urged its members at the rally.',
  'Subscribers to the water service will pay 4% more from April.',
  'Sign-up for the vaccine programme opened on Monday.',
  'Follow-up inspections found no further damage to the dam.',
  '"We use cookies only to keep accounts secure," the company said in a statement.',
  'Advertising revenue fell by a third last year.',
  'Comments from the minister drew sharp criticism from farmers.',
  'Copyright lawyers say the ruling is narrow.',
  'Translated by a court interpreter, his statement ran to four pages.',
  "In this case, the photo showed the suspect's car leaving the car park.",
  'The photograph taken by a resident shows the moment the bridge fell, police said.',
  'More than 200 people were rescued from rooftops overnight.',
  'Related: the two cases are not connected, police said on Tuesday.',
  'Home to 40,000 people, the town was cut off for three days.',
  'Updated figures released on Monday show 1,200 people were displaced.',
  'The talks, held in Geneva / Vienna / Rome, ended without a deal.',
  'Follow the money, investigators were told.',
  'Learn more about the programme, the council urged residents.',
  'Getty Images, the photo agency, said it would appeal the decision.',
  'Credit card debt rose to a record high in the third quarter.',
  'Video footage shows the car hitting the barrier at speed.',
  'The Associated Press reported the figures on Tuesday.',
  'Editing by hand took the team several weeks.',
  'Reporting by the local paper first revealed the payments.',
  'Image rights were at the centre of the dispute.',
  'Sign up numbers for the scheme have doubled since May.',
  'The agency said 7 people were missing and 12 injured.',
  'Comments were closed after the hearing, a court official said.',
  'Read more than 40 pages of the report and the picture is clear.',
  'Click fraud cost advertisers millions, the study found.',
  'Daily alerts from the flood service warned residents to move.',
  'Police said the suspect was arrested in Harbour Road on Friday.',
  'Officials confirmed that 44 people had died.',
  'Tokens of support arrived from across the region.',
  'Origin of the protests',
  'Key facts:',
  'Widespread flooding was the worst in the region for a century',
];

for (const line of STORY_LINES) {
  test(`story line kept: ${line}`, () => {
    assert.equal(classifyNoiseLine(line), undefined);
  });
}

test('a whole article of story lines loses nothing to the sequence rules', () => {
  const lines: TextLine[] = STORY_LINES.map((text, paragraph) => ({ text, paragraph, kind: 'paragraph' }));
  const removed = removeNoise(lines).filter((line) => line.reason);
  assert.deepEqual(
    removed.map((line) => line.text),
    [],
  );
});

test('a subheading followed by story text is not a related link', () => {
  const lines: TextLine[] = [
    { text: 'Rescue efforts', paragraph: 0, kind: 'heading' },
    {
      text: 'Teams worked through the night to reach stranded families, the fire service said.',
      paragraph: 1,
      kind: 'paragraph',
    },
  ];
  assert.deepEqual(
    removeNoise(lines).map((line) => line.reason),
    [undefined, undefined],
  );
});
