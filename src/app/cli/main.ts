/**
 * @module main
 * The `corroborate` command line: parses arguments, calls the library API, renders, sets the exit code.
 * Exit codes: 0 done, 1 some inputs failed (the rest reported), 2 usage error.
 */
import { Command, CommanderError } from 'commander';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyze, corroborate, extract, type CorroborateOptions } from '../api.js';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import { toAnalysisJson } from './analysis-json.js';
import { VERSION } from '../version.js';
import { REPORT_FORMATS, renderReports } from './render-reports.js';
import { createProgress } from './progress.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/node-main.js';
import {
  DEFAULT_DB_PATH,
  ingestIntoStore,
  listStories,
  openStorySession,
  refreshStories,
  reportStory,
  type StoryChanges,
} from '../story-service.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

interface CommonFlags {
  format?: string;
  out?: string;
  since?: string;
  until?: string;
  lang?: string;
  allowPrivateAddresses?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  now?: string;
}

/** Runs the CLI and resolves to the exit code (never calls process.exit, so tests can drive it). */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command()
    .name('corroborate')
    .description(
      'Compare many outlets’ reports of one story, fact by fact, with every statement traced to its sentence.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });

  const withCommon = (command: Command, formats: string[], defaultFormat: string): Command =>
    command
      .argument('<inputs...>', 'files, folders, globs, URLs, feeds, .jsonl, .warc(.gz), or - for standard input')
      .option('-f, --format <format>', `output format: ${formats.join(', ')}`, defaultFormat)
      .option('-o, --out <file>', 'write the output to a file instead of standard output')
      .option('--since <date>', 'keep articles published on or after this date (YYYY-MM-DD)')
      .option('--until <date>', 'keep articles published on or before this date (YYYY-MM-DD)')
      .option('--lang <code>', 'language of the articles (only en is supported)', 'en')
      .option('--allow-private-addresses', 'allow fetching loopback, private and link-local addresses')
      .option('--now <date>', 'reference date for undated articles (YYYY-MM-DD); defaults to today')
      .option('-q, --quiet', 'print no warnings or progress (errors still show)')
      .option('-v, --verbose', 'print stack traces and extra detail');

  const run =
    (
      job: (
        inputs: string[],
        flags: CommonFlags,
        options: CorroborateOptions,
      ) => Promise<{ output: string; diagnostics: Diagnostic[] }>,
    ) =>
    async (inputs: string[], flags: CommonFlags) => {
      const options = toOptions(flags);
      const progress = createProgress(!flags.quiet);
      options.onProgress = progress.tick;
      const { output, diagnostics } = await job(inputs, flags, options).finally(() => progress.stop());
      if (flags.out) writeFileSync(flags.out, output);
      else io.stdout(output.endsWith('\n') ? output : output + '\n');
      const errors = diagnostics.filter((d) => d.severity === 'error');
      // Errors always show; --quiet hides warnings, --verbose adds notes.
      for (const d of diagnostics) {
        if (d.severity === 'warning' && flags.quiet) continue;
        if (d.severity === 'info' && !flags.verbose) continue;
        io.stderr(`corroborate: ${d.severity}: ${d.source}: ${d.message}\n`);
      }
      if (errors.length > 0) exitCode = EXIT_INPUT_FAILED;
    };

  withCommon(program.command('extract').description('print the extracted articles'), ['json'], 'json').action(
    run(async (inputs, flags, options) => {
      checkFormat(flags.format, ['json']);
      const { value, diagnostics } = await extract(inputs, options);
      return { output: JSON.stringify(value, null, 2), diagnostics };
    }),
  );

  withCommon(
    program.command('analyze').description('print sentences and mentions of each article'),
    ['json'],
    'json',
  ).action(
    run(async (inputs, flags, options) => {
      checkFormat(flags.format, ['json']);
      const { value, diagnostics } = await analyze(inputs, options);
      return { output: JSON.stringify(value.map(toAnalysisJson), null, 2), diagnostics };
    }),
  );

  withCommon(
    program.command('report').description('compare the articles of each story and print the report'),
    REPORT_FORMATS,
    'terminal',
  ).action(
    run(async (inputs, flags, options) => {
      checkFormat(flags.format, REPORT_FORMATS);
      const { value, diagnostics } = await corroborate(inputs, options);
      const output = renderReports(value, flags.format ?? 'terminal', {
        width: io.columns ?? 100,
        color: io.isTTY === true && !flags.out && !process.env.NO_COLOR,
      });
      return { output, diagnostics };
    }),
  );

  const withDb = (command: Command): Command =>
    command.option('--db <file>', `the SQLite store (default ${DEFAULT_DB_PATH}, or $CORROBORATE_DB)`);
  const dbPath = (flags: { db?: string }) => flags.db ?? process.env.CORROBORATE_DB ?? DEFAULT_DB_PATH;
  // The store's own notices (a damaged row set aside, waiting for another writer) go where warnings go.
  const onDiagnostic = (d: Diagnostic) => io.stderr(`corroborate: ${d.severity}: ${d.source}: ${d.message}\n`);

  withDb(
    program
      .command('ingest')
      .description('add articles to the store; each story is re-reported and what changed is printed')
      .argument('<inputs...>', 'files, folders, globs, URLs, feeds, .jsonl, .warc(.gz), or -')
      .option('--allow-private-addresses', 'allow fetching loopback, private and link-local addresses')
      .option('-q, --quiet', 'print only errors'),
  ).action(async (inputs: string[], flags: { db?: string; allowPrivateAddresses?: boolean; quiet?: boolean }) => {
    const session = openStorySession(dbPath(flags), { purpose: 'ingest', onDiagnostic });
    try {
      const summary = await ingestIntoStore(
        session,
        inputs,
        flags.allowPrivateAddresses ? { allowPrivateAddresses: true } : {},
      );
      const changes = await refreshStories(session, summary.stories);
      for (const d of summary.diagnostics) io.stderr(`corroborate: ${d.severity}: ${d.source}: ${d.message}\n`);
      if (!flags.quiet) {
        io.stdout(
          `${summary.added} added, ${summary.duplicates} already stored, ${summary.newVersions} new version(s); ${summary.stories.length} story(ies) touched\n`,
        );
        io.stdout(formatMerges(summary.merged) + formatChanges(changes));
      }
      if (summary.diagnostics.some((d) => d.severity === 'error')) exitCode = EXIT_INPUT_FAILED;
    } finally {
      session.close();
    }
  });

  withDb(program.command('stories').description('list the stories in the store, most disputed first'))
    .option('-f, --format <format>', 'output format: text, json', 'text')
    .action((flags: { db?: string; format?: string }) => {
      checkFormat(flags.format, ['text', 'json']);
      const session = openStorySession(dbPath(flags), { onDiagnostic });
      try {
        const stories = listStories(session);
        if (flags.format === 'json') io.stdout(JSON.stringify(stories, null, 2) + '\n');
        else if (stories.length === 0)
          io.stdout('The store holds no stories yet: run `corroborate ingest INPUT...`.\n');
        else
          for (const story of stories)
            io.stdout(
              `${story.id}\t${story.articleCount} article(s)\t${story.disputedCount} disputed\t${story.updatedAt.slice(0, 10)}\t${story.title ?? ''}\t[${story.outlets.join(', ')}]\n`,
            );
      } finally {
        session.close();
      }
    });

  withDb(
    program
      .command('story')
      .description('print the report of one stored story')
      .argument('<id>', 'story id from `corroborate stories`'),
  )
    .option('-f, --format <format>', `output format: ${REPORT_FORMATS.join(', ')}`, 'terminal')
    .option('-o, --out <file>', 'write the output to a file')
    .action((id: string, flags: { db?: string; format?: string; out?: string }) => {
      checkFormat(flags.format, REPORT_FORMATS);
      const session = openStorySession(dbPath(flags), { onDiagnostic });
      try {
        const report = reportStory(session, id);
        if (!report)
          throw new UsageError(`no story "${id}" in ${dbPath(flags)}: run \`corroborate stories\` to list them`);
        const output = renderReports([report], flags.format ?? 'terminal', {
          width: io.columns ?? 100,
          color: io.isTTY === true && !flags.out && !process.env.NO_COLOR,
        });
        if (flags.out) writeFileSync(flags.out, output);
        else io.stdout(output.endsWith('\n') ? output : output + '\n');
      } finally {
        session.close();
      }
    });

  withDb(
    program
      .command('watch')
      .description('poll feeds, ingest new articles and print what changed in each story')
      .argument('<feeds...>', 'RSS/Atom feed URLs or files')
      .option('--interval <seconds>', 'seconds between polls', '300')
      .option('--once', 'poll once and stop')
      .option('--allow-private-addresses', 'allow fetching loopback, private and link-local addresses'),
  ).action(
    async (
      feeds: string[],
      flags: { db?: string; interval?: string; once?: boolean; allowPrivateAddresses?: boolean },
    ) => {
      const seconds = Number(flags.interval);
      if (!Number.isFinite(seconds) || seconds < 1)
        throw new UsageError(`--interval wants a number of seconds ≥ 1, got "${flags.interval}"`);
      const session = openStorySession(dbPath(flags), { purpose: 'watch', onDiagnostic });
      try {
        for (;;) {
          const summary = await ingestIntoStore(
            session,
            feeds,
            flags.allowPrivateAddresses ? { allowPrivateAddresses: true } : {},
          );
          for (const d of summary.diagnostics) io.stderr(`corroborate: ${d.severity}: ${d.source}: ${d.message}\n`);
          const changes = await refreshStories(session, summary.stories);
          io.stdout(
            `[${new Date().toISOString()}] ${summary.added} new article(s)\n${formatMerges(summary.merged)}${formatChanges(changes)}`,
          );
          if (summary.diagnostics.some((d) => d.severity === 'error')) exitCode = EXIT_INPUT_FAILED;
          if (flags.once) break;
          await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        }
      } finally {
        session.close();
      }
    },
  );

  withDb(
    program
      .command('serve')
      .description('serve the HTTP API and the reading interface over the store')
      .option('--port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
      .option('--host <address>', 'address to bind; anything but loopback requires --token', DEFAULT_HOST)
      .option('--token <token>', 'bearer token for /api and sign-in token for the pages (or $CORROBORATE_TOKEN)')
      .option('--allow-private-addresses', 'let submitted URLs reach loopback, private and link-local addresses'),
  ).action(
    async (flags: { db?: string; port?: string; host?: string; token?: string; allowPrivateAddresses?: boolean }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new UsageError(`--port wants a port number 0–65535, got "${flags.port}"`);
      const token = flags.token ?? process.env.CORROBORATE_TOKEN;
      const server = await startServer({
        db: dbPath(flags),
        port,
        host: flags.host ?? DEFAULT_HOST,
        ...(token !== undefined && { token }),
        ...(flags.allowPrivateAddresses && { allowPrivateAddresses: true }),
      }).catch((error: unknown) => {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      });
      io.stdout(`corroborate: serving ${dbPath(flags)} on ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await server.close();
    },
  );

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`corroborate: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    io.stderr(
      `corroborate: ${error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message) : String(error)}\n`,
    );
    return EXIT_INPUT_FAILED;
  }
}

export class UsageError extends Error {}

function formatChanges(changes: StoryChanges[]): string {
  return changes
    .map(
      (change) =>
        `${change.storyId}${change.title ? ` (${change.title})` : ''}:\n${change.lines.map((l) => `  - ${l}`).join('\n')}\n`,
    )
    .join('');
}

// A story whose articles all moved to another (two starts of one event, found in the second look).
function formatMerges(merged: { from: string; into: string }[]): string {
  return merged.map(({ from, into }) => `${from} merged into ${into}\n`).join('');
}

function checkFormat(format: string | undefined, allowed: string[]): void {
  if (format && !allowed.includes(format)) {
    throw new UsageError(`unknown format "${format}": use one of ${allowed.join(', ')}`);
  }
}

function toOptions(flags: CommonFlags): CorroborateOptions {
  const options: CorroborateOptions = {};
  for (const [name, value] of [
    ['since', flags.since],
    ['until', flags.until],
    ['now', flags.now],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value))
      throw new UsageError(`--${name} wants a real date as YYYY-MM-DD, got "${value}"`);
  }
  if (flags.lang && flags.lang !== 'en') throw new UsageError(`--lang ${flags.lang}: only English (en) is supported`);
  if (flags.since) options.since = flags.since;
  if (flags.until) options.until = flags.until;
  if (flags.now) options.now = new Date(`${flags.now}T12:00:00Z`);
  if (flags.allowPrivateAddresses) options.allowPrivateAddresses = true;
  return options;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY?: boolean;
  columns?: number;
}

/** YYYY-MM-DD naming a day that exists ("2024-02-31" and "2024-13-99" do not). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A reader that stops early (`corroborate stories | head`) closes the pipe: that is the reader's
 * choice, not a failure, so the CLI stops quietly instead of dying on EPIPE with a stack trace.
 */
let isPipeWatched = false;
function quitQuietlyOnClosedPipe(): void {
  if (isPipeWatched) return;
  isPipeWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

function processIo(): CliIo {
  quitQuietlyOnClosedPipe();
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY,
    ...(process.stdout.columns && { columns: process.stdout.columns }),
  };
}

// Run directly (`tsx src/app/cli/main.ts …`) as well as through bin/corroborate.js.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv);
}
