/**
 * @module node-main
 * Runs the web app on a Node HTTP server: loopback by default; any other address needs a token, since
 * the store and the fetcher would otherwise be open to the network.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { IngestOptions } from '../../adapters/ingest/ingest-inputs.js';
import { DEFAULT_DB_PATH, openStorySession } from '../story-service.js';
import { createApp, type RequestLimits } from './create-app.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
/** Shorter tokens are guessable by anyone who can reach the port. */
export const MIN_TOKEN_LENGTH = 16;
/** How long a submission waits while another process (an `ingest`) writes to the store, before a 503. */
const WRITER_WAIT_MS = 30_000;
const MAX_CONNECTIONS = 256;

export interface ServerOptions {
  /** The SQLite store (default .corroborate/store.sqlite). */
  db?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  token?: string;
  allowPrivateAddresses?: boolean;
  maxBodyBytes?: number;
  /** Request rates and concurrent submissions (defaults: DEFAULT_REQUEST_LIMITS). */
  limits?: Partial<RequestLimits>;
  /** Time for a client to send its headers, and its whole request (defaults 10 s and 60 s): slow senders are cut off. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  ingestOptions?: IngestOptions;
  logError?: (error: unknown) => void;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  host: string;
  port: number;
  close: () => Promise<void>;
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

/**
 * @example
 * const server = await startServer({ db: 'store.sqlite', port: 0 });
 * console.log(server.url); await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const isLoopback = isLoopbackHost(host);
  if (!isLoopback && options.token === undefined)
    throw new Error(
      `listening on ${host} opens the store to the network: give --token (at least ${MIN_TOKEN_LENGTH} characters), or bind 127.0.0.1`,
    );
  if (options.token !== undefined && options.token.length < MIN_TOKEN_LENGTH)
    throw new Error(`the token is too short: use at least ${MIN_TOKEN_LENGTH} characters`);
  const session = openStorySession(options.db ?? DEFAULT_DB_PATH, {
    purpose: 'serve',
    writerWaitMs: WRITER_WAIT_MS,
    // The store's notices (a damaged row, waiting for an `ingest`) go where the server's errors go.
    onDiagnostic: (d) => (options.logError ?? console.error)(`corroborate: ${d.severity}: ${d.source}: ${d.message}`),
  });
  const app = createApp({
    session,
    ...(options.token !== undefined && { token: options.token }),
    ...(options.allowPrivateAddresses && { allowPrivateAddresses: true }),
    ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
    ...(options.limits && { limits: options.limits }),
    ...(options.ingestOptions && { ingestOptions: options.ingestOptions }),
    ...(options.logError && { logError: options.logError }),
    // On loopback only this machine's names are accepted, so a web page cannot rebind its own name to us.
    ...(isLoopback && { allowedHostnames: ['localhost', '127.0.0.1', '[::1]', host.toLowerCase()] }),
  });
  // A client that sends its request slowly holds a connection: it has a deadline, and connections a cap.
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: host,
    serverOptions: {
      headersTimeout,
      requestTimeout: Math.max(headersTimeout, options.requestTimeoutMs ?? 60_000),
      // How often Node looks for connections past those deadlines (its default, 30 s, would let them overstay).
      connectionsCheckingInterval: Math.min(1000, headersTimeout),
    },
  }) as Server;
  server.maxConnections = MAX_CONNECTIONS;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    session.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    host: address.address,
    port: address.port,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => {
          session.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      })),
  };
}
