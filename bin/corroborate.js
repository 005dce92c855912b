#!/usr/bin/env node
// Entry point installed as `corroborate`; the compiled CLI lives in dist (built by `npm ci` via prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/app/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write(
    'corroborate: the compiled CLI is missing (dist/). Run `npm run build` in the package folder.\n',
  );
  process.exit(2);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv);
