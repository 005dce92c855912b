/**
 * @module http-fetcher
 * One guarded HTTP(S) GET: total timeout, streamed body cap, bounded redirects, content-type check,
 * and an SSRF guard applied to the address actually connected to, on every hop.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { AddressPolicy } from './address-guard.js';
import { isIpLiteral } from './address-guard.js';
import { formatBytes, formatLimit } from './format-bytes.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Host name → addresses; the system resolver by default, replaceable in tests. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchSettings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  addressPolicy: AddressPolicy;
  resolveHost?: ResolveHost;
}

export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** Lower-case MIME type without parameters; empty when the server sent none. */
  mimeType: string;
  /** The Content-Type charset parameter, when given. */
  charset?: string;
  body: Buffer;
}

/** A fetch that failed; `url` is the hop that failed (it differs from the input after a redirect). */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
  }
}

class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPTED_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/x-rss+xml',
  'text/plain',
]);
const ACCEPT_HEADER =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8';

/**
 * Fetches one URL, following redirects, and returns its raw body.
 * @example
 * const page = await fetchUrl('https://news.example/story', settings);
 */
export async function fetchUrl(input: string, settings: FetchSettings): Promise<FetchedResource> {
  const controller = new AbortController();
  // One deadline for the whole chain: a slow redirect hop must not reset the clock.
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  let current = toHttpUrl(input, input);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await openResponse(current, settings, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy();
        if (redirects >= settings.maxRedirects) {
          throw new FetchError(current.href, `too many redirects (more than ${settings.maxRedirects})`);
        }
        current = toHttpUrl(location, current.href);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FetchError(
          current.href,
          `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`,
        );
      }
      const { mimeType, charset } = parseContentType(response.headers['content-type']);
      if (mimeType && !ACCEPTED_TYPES.has(mimeType)) {
        response.destroy();
        throw new FetchError(
          current.href,
          `unsupported content type "${mimeType}" (expected HTML, XML, an RSS/Atom feed or text)`,
        );
      }
      const body = await readBody(response, current.href, settings.maxBytes);
      return { url: current.href, status, mimeType, ...(charset ? { charset } : {}), body };
    }
  } catch (error) {
    throw toFetchError(error, current.href, controller.signal.aborted, settings.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The URL to request: absolute, http(s), and without a user name or password (Node would send them
 * as Basic auth, to the first host and to wherever a redirect points; they would also be stored).
 */
function toHttpUrl(text: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchError(stripUrlCredentials(text), 'is not a valid URL');
  }
  url.username = '';
  url.password = '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(url.href, `unsupported URL scheme "${url.protocol}" (only http and https are fetched)`);
  }
  return url;
}

/** `https://user:secret@host/x` → `https://host/x`; anything else as it is. */
export function stripUrlCredentials(text: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(text)) return text;
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
  }
}

/** True when a URL carries a user name or password. */
export function hasUrlCredentials(text: string): boolean {
  return stripUrlCredentials(text) !== text;
}

function openResponse(url: URL, settings: FetchSettings, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node does not call `lookup` for IP literals, so those are checked here, before any connection.
  if (isIpLiteral(host)) {
    const reason = settings.addressPolicy(host);
    if (reason) return Promise.reject(new FetchError(url.href, `refused: ${reason}`));
  }
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'GET',
        agent: false,
        signal,
        lookup: createGuardedLookup(settings),
        headers: {
          'user-agent': settings.userAgent,
          accept: ACCEPT_HEADER,
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'en',
        },
      },
      resolve,
    );
    request.on('error', reject);
    // Belt and braces: whatever path produced the connection, the peer address must pass the policy.
    request.on('socket', (socket) => {
      socket.once('connect', () => {
        const remote = socket.remoteAddress;
        const reason = remote ? settings.addressPolicy(remote) : undefined;
        if (reason) request.destroy(new RefusedAddressError(reason));
      });
    });
    request.end();
  });
}

/** A `lookup` that resolves, then hands Node only addresses the policy allows (no DNS rebinding gap). */
function createGuardedLookup(settings: FetchSettings): LookupFunction {
  const resolveHost = settings.resolveHost ?? resolveWithSystem;
  return (hostname: string, options: LookupOptions, callback) => {
    resolveHost(hostname).then(
      (addresses) => {
        const family =
          options.family === 4 || options.family === 'IPv4'
            ? 4
            : options.family === 6 || options.family === 'IPv6'
              ? 6
              : 0;
        const allowed: LookupAddress[] = [];
        const refusals: string[] = [];
        for (const candidate of addresses) {
          if (family && candidate.family !== family) continue;
          const reason = settings.addressPolicy(candidate.address);
          if (reason) refusals.push(reason);
          else allowed.push({ address: candidate.address, family: candidate.family });
        }
        const first = allowed[0];
        if (!first) {
          const error = refusals[0]
            ? new RefusedAddressError(refusals[0])
            : Object.assign(new Error(`no address found for ${hostname}`), { code: 'ENOTFOUND' });
          callback(error, '', 0);
        } else if (options.all) callback(null, allowed);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

async function resolveWithSystem(hostname: string): Promise<ResolvedAddress[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

function parseContentType(header: string | undefined): { mimeType: string; charset?: string } {
  if (!header) return { mimeType: '' };
  const [type = '', ...parameters] = header.split(';');
  const mimeType = type.trim().toLowerCase();
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(parameter);
    if (match?.[1]) return { mimeType, charset: match[1] };
  }
  return { mimeType };
}

async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchError(url, `body is ${formatBytes(declared)}, over the ${formatLimit(maxBytes)} limit`);
  }
  const stream = decodeContent(response);
  const chunks: Buffer[] = [];
  let total = 0;
  // The cap counts decoded bytes, so a small compressed bomb is stopped too.
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.destroy();
      response.destroy();
      throw new FetchError(url, `body is over the ${formatLimit(maxBytes)} limit; stopped reading`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decodeContent(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

function toFetchError(error: unknown, url: string, isTimedOut: boolean, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (isTimedOut) return new FetchError(url, `timed out after ${timeoutMs / 1000} s`);
  if (error instanceof RefusedAddressError) return new FetchError(url, `refused: ${error.message}`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS lookup failed)',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    Z_DATA_ERROR: 'could not decompress the body',
    Z_BUF_ERROR: 'could not decompress the body (it is cut short)',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new FetchError(url, reason);
}
