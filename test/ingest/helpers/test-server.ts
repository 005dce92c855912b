/**
 * @module test-server
 * A loopback HTTP server for ingest tests: pages in several charsets, redirects, feeds, slow and huge
 * responses, and redirects that point at private addresses. Listens on 127.0.0.1 with a random port.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export interface TestServer {
  base: string;
  port: number;
  /** Paths requested, in order. */
  requests: string[];
  /** User-Agent headers seen. */
  userAgents: string[];
  /** Most story pages served at once (for the per-host limit). */
  peakStories: number;
  close: () => Promise<void>;
}

export const RUSSIAN_TEXT =
  'Городской совет утвердил новый бюджет библиотеки во вторник. Депутаты сказали, что деньги пойдут на книги и ремонт зданий.';
export const FRENCH_TEXT =
  "Le conseil municipal a approuvé mardi le budget de la bibliothèque. « C'est une très bonne journée », a déclaré la maire.";
export const JAPANESE_TEXT =
  '市議会は火曜日、図書館の新しい予算を承認した。議員たちは、資金は本の購入と建物の修理に使われると述べた。市長は記者会見で、この決定を歓迎すると語った。';

const html = (title: string, body: string, head = ''): string =>
  `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

export async function startTestServer(): Promise<TestServer> {
  const sockets = new Set<Socket>();
  let activeStories = 0;
  const state: TestServer = {
    base: '',
    port: 0,
    requests: [],
    userAgents: [],
    peakStories: 0,
    close: () => Promise.resolve(),
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', state.base);
    state.requests.push(url.pathname);
    state.userAgents.push(request.headers['user-agent'] ?? '');
    const send = (status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    const path = url.pathname;
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    const story = /^\/story\/(\d+)$/.exec(path);
    if (path === '/page')
      return send(
        200,
        'text/html; charset=utf-8',
        html('Council backs library', 'The council voted on Tuesday to keep the library open.'),
      );
    if (redirect) {
      const left = Number(redirect[1]);
      response.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : '/page' });
      return response.end();
    }
    if (path === '/big') {
      // No Content-Length: the client must count while streaming and stop on its own.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 200 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      return pump();
    }
    if (path === '/big-declared') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      return response.write('<p>never finished</p>');
    }
    if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>Waiting');
      return; // never ends; the client's timeout has to fire
    }
    if (path === '/feed.xml' || path === '/feed6.xml') {
      const count = path === '/feed6.xml' ? 6 : 3;
      const items = Array.from(
        { length: count },
        (_, i) =>
          `<item><title>Story ${i + 1}</title><link>${state.base}/story/${i + 1}</link><pubDate>Mon, 0${i + 1} Sep 2025 08:00:00 GMT</pubDate><description>Teaser ${i + 1}.</description></item>`,
      ).join('');
      return send(
        200,
        'application/rss+xml; charset=utf-8',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Ledger</title><link>${state.base}/</link>${items}</channel></rss>`,
      );
    }
    if (story) {
      activeStories++;
      state.peakStories = Math.max(state.peakStories, activeStories);
      // A short pause so concurrent requests overlap; only the peak count is asserted, never time.
      setTimeout(() => {
        activeStories--;
        send(
          200,
          'text/html; charset=utf-8',
          html(`Story ${story[1]}`, `Full text of story number ${story[1]} about the town's new bus routes.`),
        );
      }, 30);
      return;
    }
    if (path === '/cp1251')
      return send(200, 'text/html; charset=windows-1251', iconv.encode(html('Совет', RUSSIAN_TEXT), 'windows-1251'));
    if (path === '/latin1-meta') {
      return send(
        200,
        'text/html',
        iconv.encode(
          html('Conseil', FRENCH_TEXT, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
          'latin1',
        ),
      );
    }
    if (path === '/sjis') return send(200, 'text/html', iconv.encode(html('市議会', JAPANESE_TEXT), 'shift_jis'));
    if (path === '/sjis-declared')
      return send(200, 'text/html; charset=Shift_JIS', iconv.encode(html('市議会', JAPANESE_TEXT), 'shift_jis'));
    if (path === '/unknown-charset')
      return send(200, 'text/html; charset=x-martian', iconv.encode(html('Совет', RUSSIAN_TEXT), 'windows-1251'));
    if (path === '/gzip') {
      return send(
        200,
        'text/html; charset=utf-8',
        gzipSync(html('Compressed', 'A compressed page about road works.')),
        { 'content-encoding': 'gzip' },
      );
    }
    if (path === '/plain')
      return send(200, 'text/plain; charset=utf-8', 'Plain text report. The mayor spoke on Monday.');
    if (path === '/pdf') return send(200, 'application/pdf', '%PDF-1.7');
    if (path === '/to-private') return send(302, 'text/plain', '', { location: 'http://10.0.0.5/x' });
    if (path === '/to-metadata')
      return send(301, 'text/plain', '', { location: 'http://169.254.169.254/latest/meta-data/' });
    if (path === '/to-named')
      return send(302, 'text/plain', '', { location: `http://intranet.test:${state.port}/page` });
    if (path === '/to-ftp') return send(302, 'text/plain', '', { location: 'ftp://files.example/x' });
    if (path === '/feed-with-private-item') {
      return send(
        200,
        'application/rss+xml',
        `<rss version="2.0"><channel><title>Mixed</title><item><title>Good</title><link>${state.base}/story/1</link></item><item><title>Internal</title><link>http://10.9.8.7/secret</link></item></channel></rss>`,
      );
    }
    send(404, 'text/plain', 'not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.base = `http://127.0.0.1:${state.port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}
