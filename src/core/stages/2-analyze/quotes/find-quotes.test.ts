import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteMention } from '../../../model/mention.js';
import { findEntities } from '../entities/find-entities.js';
import { tokenize } from '../tokens/tokenize.js';
import { findQuotes } from './find-quotes.js';

function quotesOf(text: string): QuoteMention[] {
  const tokenized = tokenize(text);
  const quotes = findQuotes(tokenized, findEntities(tokenized));
  for (const quote of quotes) {
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    if (quote.speakerSpan) assert.ok(quote.speakerSpan.end > quote.speakerSpan.start);
  }
  return quotes;
}

function summary(text: string): [string, string | undefined, boolean][] {
  return quotesOf(text).map((q) => [q.text, q.speaker, q.isPartial]);
}

test('“…,” X said: the speaker after the quote, by canonical name', () => {
  const text = 'Mayor Ana Ferreira toured the site.\n\n“We will rebuild every bridge,” Ferreira said on Monday.';
  const [quote] = quotesOf(text);
  assert.equal(quote?.text, 'We will rebuild every bridge');
  assert.equal(quote?.speaker, 'Ana Ferreira');
  assert.equal(quote?.isPartial, false);
  assert.equal(text.slice(quote?.speakerSpan?.start, quote?.speakerSpan?.end), 'Ferreira');
});

test('“…,” said X: the inverted frame', () => {
  assert.deepEqual(summary('“Nothing was agreed,” said Tom Brink, the union’s lawyer.'), [
    ['Nothing was agreed', 'Tom Brink', false],
  ]);
});

test('said X of the Y campaign: the person heading the phrase speaks, not the group', () => {
  assert.deepEqual(summary('“We wrote to them twice,” said Joanna Pryce of the Safe Crossings campaign.'), [
    ['We wrote to them twice', 'Joanna Pryce', false],
  ]);
});

test('said the group’s spokeswoman, X, …: the name in apposition speaks', () => {
  const text =
    'The Harbour Families Group met on Monday.\n\n“Nobody came,” said the group’s spokeswoman, Amira Haddad, whose brother died.';
  assert.deepEqual(summary(text), [['Nobody came', 'Amira Haddad', false]]);
});

test('said X’s lawyer: the lawyer speaks, not X', () => {
  const [quote] = quotesOf('“He is innocent,” said Tom Brink’s lawyer.');
  assert.notEqual(quote?.speaker, 'Tom Brink');
});

test('X told …: the listener is not the speaker', () => {
  assert.deepEqual(summary('“The port is closed,” Oren Vasko told the Harbour Gazette.'), [
    ['The port is closed', 'Oren Vasko', false],
  ]);
  assert.deepEqual(summary('Oren Vasko told reporters: “The port is closed.”'), [
    ['The port is closed.', 'Oren Vasko', false],
  ]);
});

test('X wrote in a statement: “…”', () => {
  assert.deepEqual(summary('The Ministry of Transport wrote in a statement: “Repairs begin at once.”'), [
    ['Repairs begin at once.', 'Ministry of Transport', false],
  ]);
});

test('according to X, “…”', () => {
  assert.deepEqual(summary('According to Lena Hart, “the water rose in minutes.”'), [
    ['the water rose in minutes.', 'Lena Hart', true],
  ]);
});

test('X added, and a frame after a multi-sentence quote', () => {
  assert.deepEqual(summary('“Stay home. Keep warm,” Lena Hart added.'), [['Stay home. Keep warm', 'Lena Hart', false]]);
});

test('“it added” goes to the organisation that last spoke', () => {
  const text = 'The Harbour Pilots Association said the channel was closed. “Ships must wait offshore,” it added.';
  assert.deepEqual(summary(text), [['Ships must wait offshore', 'Harbour Pilots Association', false]]);
});

test('“he said” goes to the last named person', () => {
  const text = 'Ana Ferreira spoke first. Then Tom Brink took the floor.\n\n“The budget is a fiction,” he said.';
  assert.deepEqual(summary(text), [['The budget is a fiction', 'Tom Brink', false]]);
});

test('“she stressed” with a colon: the pronoun frame before the quote', () => {
  const text = 'Ana Ferreira met the strikers. She stressed: “No one will be fired.”';
  assert.deepEqual(summary(text), [['No one will be fired.', 'Ana Ferreira', false]]);
});

test('“the ministry said” resolves to the named ministry', () => {
  const text = 'The Foreign Ministry summoned the envoy. “The talks are over,” the ministry said.';
  const [quote] = quotesOf(text);
  assert.equal(quote?.speaker, 'Foreign Ministry');
});

test('“the ministry said” with no named ministry keeps the words as written', () => {
  assert.deepEqual(summary('“The talks are over,” the ministry said.'), [
    ['The talks are over', 'the ministry', false],
  ]);
});

test('“…,” reads the government’s statement: the author of the statement', () => {
  assert.deepEqual(summary('“Order has been restored,” reads the government’s statement.'), [
    ['Order has been restored', 'the government', false],
  ]);
});

test('an acronym that tweeted', () => {
  const text = 'The Regional Water Safety Organization (RWSO) met. The RWSO tweeted: “Boil all tap water.”';
  assert.deepEqual(summary(text), [['Boil all tap water.', 'Regional Water Safety Organization', false]]);
});

test('a lead sentence ending in a colon introduces the next paragraph’s quote', () => {
  const text = 'Governor Dara Okonkwo said:\n\n“We have enough food for a month.”';
  assert.deepEqual(summary(text), [['We have enough food for a month.', 'Dara Okonkwo', false]]);
});

test('X, who …, said “…”: the relative clause is skipped', () => {
  const text = 'Jan Novak, who leads the Harbour Workers Union, said: “We will strike.”';
  assert.deepEqual(summary(text), [['We will strike.', 'Jan Novak', false]]);
});

test('“A,” he said. “B.” gives two quotes with the same speaker', () => {
  const text = 'Tom Brink arrived late. “We lost a day,” he said. “We will not lose another.”';
  assert.deepEqual(summary(text), [
    ['We lost a day', 'Tom Brink', false],
    ['We will not lose another.', 'Tom Brink', false],
  ]);
});

test('a quote running over two paragraphs carries its speaker into both', () => {
  const text =
    'Lena Hart spoke at the rally.\n\n“The river broke its banks at noon. Nobody warned us.\n\n“We want answers,” Hart said.';
  assert.deepEqual(summary(text), [
    ['The river broke its banks at noon. Nobody warned us.', 'Lena Hart', false],
    ['We want answers', 'Lena Hart', false],
  ]);
});

test('a quote of a few words inside a sentence is partial', () => {
  const text = 'Ana Ferreira said the plan was “a recipe for chaos” and walked out.';
  assert.deepEqual(summary(text), [['a recipe for chaos', 'Ana Ferreira', true]]);
});

test('scare quotes are kept as partial, with the frame’s speaker', () => {
  const text = 'Officials called the strikers “saboteurs” and “criminals”.';
  assert.deepEqual(summary(text), [
    ['saboteurs', 'Officials', true],
    ['criminals', 'Officials', true],
  ]);
});

test('a capitalised scare quote opening a sentence is still partial', () => {
  const [quote] = quotesOf('“Volunteers” patrolled the streets all night.');
  assert.equal(quote?.isPartial, true);
  assert.equal(quote?.speaker, undefined);
});

test('titles of works in quotation marks are not speech', () => {
  assert.deepEqual(summary('The film “Long Night Ahead” won the prize.'), []);
  assert.deepEqual(summary('She read the report titled “Water for All” to the committee.'), []);
  assert.deepEqual(summary('Troops joined the operation code-named “Northern Shield” on Friday.'), []);
});

test('nicknames are not speech', () => {
  assert.deepEqual(summary('Jo “Big Jo” Reyes won the fight.'), []);
  assert.deepEqual(summary('The boxer, nicknamed “the Hammer”, retired.'), []);
});

test('apostrophes and possessives yield no quotes', () => {
  assert.deepEqual(summary("The mayor's aides didn't know about the ’90s contracts or the workers’ pay."), []);
});

test('an unbalanced quotation mark yields no quote', () => {
  assert.deepEqual(summary('He said “we are ready and left the room.\n\nThe next day was calm.'), []);
});

test('single-quoted speech', () => {
  assert.deepEqual(summary("'We are ready,' said Ines Vidal."), [['We are ready', 'Ines Vidal', false]]);
});

test('“the president said” resolves to the named president', () => {
  const text = 'President Ilse Varga visited the dam. “It will hold,” the president said.';
  assert.deepEqual(summary(text), [['It will hold', 'Ilse Varga', false]]);
});

test('a quote with no frame and no earlier speaker has no speaker', () => {
  assert.deepEqual(summary('Crowds gathered at dawn.\n\n“Bread, not bullets!”'), [
    ['Bread, not bullets!', undefined, false],
  ]);
});

test('the speaker of a lead sentence ending on its frame carries into the quote', () => {
  const text = 'The plan was criticised by Lena Hart, who wrote in a letter to members. “This will not work.”';
  assert.deepEqual(summary(text), [['This will not work.', 'Lena Hart', false]]);
});

test('a participle after the quote does not steal the speaker', () => {
  const text = 'Tom Brink said: “The vote was rigged,” adding that he would appeal.';
  assert.deepEqual(summary(text), [['The vote was rigged', 'Tom Brink', false]]);
});

test('a name in apposition after a role is the speaker', () => {
  const text = '“The dam is safe,” the water minister, Pia Lund, told parliament.';
  assert.deepEqual(summary(text), [['The dam is safe', 'Pia Lund', false]]);
});

test('a participle frame ("…, saying") goes back to the sentence’s subject', () => {
  const text = 'Judge Ruth Mensah dismissed the case, saying the evidence was “thin at best”.';
  assert.deepEqual(summary(text), [['thin at best', 'Ruth Mensah', true]]);
});

test('a colon after any verb introduces the quote of its subject', () => {
  const text = 'Asked about the delay, the engineer shrugged: "We are waiting for parts."';
  assert.deepEqual(summary(text), [['We are waiting for parts.', 'the engineer', false]]);
});

test('words the subject rejected as a label are theirs', () => {
  const text = 'Critics cited a leaked memo, which the agency rejected as "a forgery".';
  assert.deepEqual(summary(text), [['a forgery', 'the agency', true]]);
});

test('statement nouns after the verb in a long article do not send the speaker search in circles', () => {
  const paragraph = 'The council met. “Roads will reopen,” said the statement. Residents said the statement was late.';
  const text = Array.from({ length: 40 }, () => paragraph).join('\n\n');
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 40);
  for (const quote of quotes) assert.equal(quote.text, 'Roads will reopen');
});

test('“he said” goes to who spoke or led the sentence before, not to the nearest name', () => {
  const text =
    'Mr. Odum said that he would rely on Mr. Brink’s staff and continue Mr. Brink’s work.\n\n“There will be no gap at all,” he said.';
  assert.deepEqual(summary(text), [['There will be no gap at all', 'Odum', false]]);
});

test('“she said” skips the men named in between', () => {
  const text =
    'Senator Maria Lindqvist defended the plan and played down any split with Tom Brink.\n\n“It is not against him,” she said.';
  const [quote] = quotesOf(text);
  assert.equal(quote?.speaker, 'Maria Lindqvist');
  assert.equal(quote?.speakerCertainty, 'inferred');
});

test('names inside a quote are never its speaker', () => {
  const text = 'Governor Paul Okafor spoke on Monday.\n\n“Ana Vidal and Karl Odum have failed us,” he said.';
  assert.deepEqual(summary(text), [['Ana Vidal and Karl Odum have failed us', 'Paul Okafor', false]]);
});

test('a party tag after the name, in parentheses or between commas, is skipped', () => {
  assert.deepEqual(summary('“This is a day of change,” Rep. Ana Vidal (D-Ore.) said.'), [
    ['This is a day of change', 'Ana Vidal', false],
  ]);
  assert.deepEqual(summary('“We will not wait,” Sen. Tom Brink, R-Tex., said on Tuesday.'), [
    ['We will not wait', 'Tom Brink', false],
  ]);
  assert.deepEqual(summary('Sen. Tom Brink, R-Tex., who chairs the panel, said, “We will not wait.”'), [
    ['We will not wait.', 'Tom Brink', false],
  ]);
});

test('a frame in its own sentence after a question is the quote’s frame', () => {
  const text = '“Could any judge pass this test?” Senate leader Karl Odum asked on Tuesday.';
  assert.deepEqual(summary(text), [['Could any judge pass this test?', 'Karl Odum', false]]);
});

test('a definite description of an introduced person resolves to that person', () => {
  const text =
    'Rep. Tom Brink questioned the decision on Friday.\n\n“The agency should withdraw this rule,” the committee chairman said.';
  const [quote] = quotesOf(text);
  assert.equal(quote?.speaker, 'Tom Brink');
  assert.equal(quote?.speakerCertainty, 'inferred');
});

test('a person who only modifies the phrase is not the speaker', () => {
  assert.deepEqual(summary('“He never knew,” said Varga spokeswoman Pia Lund.'), [
    ['He never knew', 'Pia Lund', false],
  ]);
});

test('a day after the verb is not a speaker, and an infinitive names no one', () => {
  const text =
    'Ana Vidal all but confirmed Wednesday that the party will use the “emergency rule,” to confirm Judge Tom Brink.';
  const [quote] = quotesOf(text);
  assert.notEqual(quote?.speaker, 'Wednesday');
  assert.notEqual(quote?.speaker, 'Tom Brink');
});

test('a lead sentence ending in a colon after any verb hands its subject to the next paragraph’s quote', () => {
  const text =
    'Two years earlier, Governor Paul Okafor used the same words against his rival:\n\n“His plan would cut pensions.”';
  assert.deepEqual(summary(text), [['His plan would cut pensions.', 'Paul Okafor', false]]);
});

test('a paragraph that is only a quote continues the speaker of the paragraph before', () => {
  const text = '“We will rebuild,” Mayor Ana Vidal said.\n\n“Every road will reopen by spring.”';
  const quotes = quotesOf(text);
  assert.equal(quotes[1]?.speaker, 'Ana Vidal');
  assert.equal(quotes[1]?.speakerCertainty, 'inferred');
});
