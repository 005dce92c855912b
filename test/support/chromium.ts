/**
 * @module chromium
 * Where the browser tests find Debian's Chromium, and the flags it needs on a closed network.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), and none of the background connections a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(REPO_ROOT, '..', 'shared', 'seeds');
export const EXAMPLE_DIR = join(REPO_ROOT, 'examples', 'harbour-bridge-collapse');
export const XSS_FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'xss');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts');
