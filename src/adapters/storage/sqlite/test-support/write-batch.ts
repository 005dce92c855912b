/**
 * @module write-batch
 * Test helper run as a child process: saves N articles one transaction each, printing after each
 * commit, so a test can kill it mid-batch.
 */
import { openSqliteStore } from '../sqlite-store.js';

const [path, count] = process.argv.slice(2);
if (!path || !count) throw new Error('usage: write-batch.ts DB COUNT');
const store = openSqliteStore(path);
// A writer killed before finishing leaves its lease behind: this one takes it over (that process is gone).
const claim = store.tryAcquireWriter();
if (!claim.isAcquired) throw new Error(`another writer holds the store: ${claim.holder}`);
for (let i = 0; i < Number(count); i++) {
  const text = `Report number ${i} of the batch.`;
  const outcome = store.saveArticle({
    article: { id: `r${i}`, source: `r${i}.txt`, text, paragraphs: [{ start: 0, end: text.length }], removed: [] },
    raw: text.repeat(50),
    format: 'text',
    contentHash: `hash-${i}`,
    storyId: `s${i % 7}`,
    clusterState: JSON.stringify({ after: i }),
  });
  if (outcome.status === 'stored') process.stdout.write(`${i}\n`);
}
store.close();
