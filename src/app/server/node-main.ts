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
import { createApp } from './create-app.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
/** Shorter tokens are guessable by anyone who can reach the port. */
export const MIN_TOKEN_LENGTH = 16;

export interface ServerOptions {
  /** The SQLite store (default .corroborate/store.sqlite). */
  db?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  token?: string;
  allowPrivateAddresses?: boolean;
  maxBodyBytes?: number;
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
  const session = openStorySession(options.db ?? DEFAULT_DB_PATH);
  const app = createApp({
    session,
    ...(options.token !== undefined && { token: options.token }),
    ...(options.allowPrivateAddresses && { allowPrivateAddresses: true }),
    ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
    ...(options.ingestOptions && { ingestOptions: options.ingestOptions }),
    ...(options.logError && { logError: options.logError }),
    // On loopback only this machine's names are accepted, so a web page cannot rebind its own name to us.
    ...(isLoopback && { allowedHostnames: ['localhost', '127.0.0.1', '[::1]', host.toLowerCase()] }),
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
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
