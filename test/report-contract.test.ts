import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/app/cli/main.js';
import { assertValidReport } from './support/validate-report.js';

const example = fileURLToPath(new URL('../examples/harbour-bridge-collapse/', import.meta.url));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'corroborate', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

test('the example story reports as one valid StoryReport with spans that point at their text', async () => {
  const { code, stdout } = await cli(['report', example, '--format', 'json', '--now', '2030-01-01']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as {
    articles: { id: string; text: string }[];
    facts: {
      claims: {
        article: string;
        text: string;
        start: number;
        end: number;
        sentence: string;
        sentenceStart: number;
        sentenceEnd: number;
      }[];
    }[];
  };
  assertValidReport(report);
  assert.equal(report.articles.length, readdirSync(example).filter((f) => /\.(txt|html)$/.test(f)).length);
  const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
  for (const fact of report.facts) {
    for (const claim of fact.claims) {
      const text = textOf.get(claim.article) ?? '';
      assert.equal(text.slice(claim.start, claim.end), claim.text, `claim span of "${claim.text}"`);
      assert.equal(text.slice(claim.sentenceStart, claim.sentenceEnd), claim.sentence);
    }
  }
});

test('a usage error exits 2 and names the problem', async () => {
  const { code, stderr } = await cli(['report', example, '--format', 'pdf']);
  assert.equal(code, 2);
  assert.match(stderr, /unknown format "pdf"/);
});
