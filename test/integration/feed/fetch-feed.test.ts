import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../electron/core/feed/fetch-feed.js';
import { feedUserAgent, type FeedFetchLimits, type FetchLike } from '../../../electron/core/feed/fetch-limits.js';
import { findFeed } from '../../../electron/core/feed/find-feed.js';
import { feedCorpusPath } from '../../helpers/feed-corpus.js';
import { startFeedServer, type FeedServer, type Route } from '../../helpers/feed-server.js';

/** Roomy time limits where time is not what is tested (a loaded machine must not fail them), small ones where it is. */
const limits: FeedFetchLimits = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 10_000,
  maxBytes: 64 * 1024,
  maxRedirects: 5,
};
const nodeFetch: FetchLike = (url, init) => fetch(url, init);
const userAgent = 'Prune/0.1.0';
const rss = readFileSync(feedCorpusPath('rss.xml'));
const ETAG = '"v1"';
const LAST_MODIFIED = 'Sun, 22 Nov 2026 09:00:00 GMT';

let server: FeedServer;
const url = (path: string): string => `${server.origin}${path}`;
const get = (path: string, extra: { etag?: string; lastModified?: string } = {}, within = limits) =>
  fetchFeed(nodeFetch, { url: url(path), userAgent, ...extra }, within);

beforeAll(async () => {
  server = await startFeedServer({
    '/feed.xml': (request, response) => {
      if (request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED) {
        response.writeHead(304, { ETag: ETAG }).end();
        return;
      }
      response
        .writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: ETAG, 'Last-Modified': LAST_MODIFIED })
        .end(rss);
    },
    '/never-answers': () => undefined,
    '/never-finishes': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.write('<rss version="2.0"><channel><title>slow</title>');
    },
    '/oversized': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      for (let chunk = 0; chunk < 40; chunk += 1) response.write(`<!-- ${'x'.repeat(4096)} -->`);
      response.end();
    },
    '/gzip-bomb': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)));
    },
    '/entity-bomb': (_request, response) => response.end(readFileSync(feedCorpusPath('entity-bomb.xml'))),
    '/xxe': (_request, response) => response.end(readFileSync(feedCorpusPath('xxe.xml'))),
    '/loop-a': (_request, response) => response.writeHead(302, { Location: '/loop-b' }).end(),
    '/loop-b': (_request, response) => response.writeHead(301, { Location: '/loop-a' }).end(),
    '/too-many-429': (_request, response) => response.writeHead(429, { 'Retry-After': '120' }).end(),
    '/unavailable': (_request, response) => response.writeHead(503, { 'Retry-After': '30' }).end(),
    '/server-error': (_request, response) => response.writeHead(500).end('oops'),
    '/gzip': (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }).end(gzipSync(rss)),
    '/br': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'br' })
        .end(brotliCompressSync(rss)),
    '/latin1': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=ISO-8859-1' })
        .end(
          iconv.encode(
            '<rss><channel><title>Zoë &amp; Léa, café</title><item><guid>1</guid><title>Déjà vu</title></item></channel></rss>',
            'latin1',
          ),
        ),
    '/page.html': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>hi</body></html>',
        ),
    '/plain.html': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><html><body>no feeds here</body></html>'),
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, hop): [string, Route] => [
        `/hop${hop}`,
        (_request, response) => response.writeHead(302, { Location: `/hop${hop + 1}` }).end(),
      ]),
    ),
    '/hop7': (_request, response) => response.writeHead(200).end(rss),
    '/@ada.rss': (_request, response) => response.writeHead(200).end(rss),
  });
});

afterAll(() => server.close());

describe('fetchFeed against a real HTTP server', () => {
  it('fetches and parses a feed, sending Prune’s User-Agent, and keeps its validators', async () => {
    const result = await get('/feed.xml');
    expect(result).toMatchObject({ status: 'ok', etag: ETAG, lastModified: LAST_MODIFIED, url: url('/feed.xml') });
    expect(result.status === 'ok' && result.feed.posts).toHaveLength(3);
    expect(server.requests.at(-1)!.headers['user-agent']).toBe('Prune/0.1.0');
  });

  it('answers not-modified to a conditional GET by ETag or by Last-Modified', async () => {
    expect(await get('/feed.xml', { etag: ETAG })).toMatchObject({ status: 'not-modified', etag: ETAG });
    expect(await get('/feed.xml', { lastModified: LAST_MODIFIED })).toMatchObject({
      status: 'not-modified',
      lastModified: LAST_MODIFIED,
    });
  });

  it('times out a server that never answers, and one whose feed never finishes', async () => {
    expect(await get('/never-answers', {}, { ...limits, connectTimeoutMs: 200 })).toMatchObject({
      status: 'failed',
      failure: { kind: 'timeout', message: 'The server did not answer within 200 ms' },
    });
    expect(await get('/never-finishes', {}, { ...limits, totalTimeoutMs: 400 })).toMatchObject({
      status: 'failed',
      failure: { kind: 'timeout', message: 'The server took longer than 400 ms' },
    });
  });

  it('stops reading past the size cap, also when it is what gzip expands to', async () => {
    const message = 'The feed is larger than 64 KB';
    expect(await get('/oversized')).toMatchObject({ status: 'failed', failure: { kind: 'too-large', message } });
    expect(await get('/gzip-bomb')).toMatchObject({ status: 'failed', failure: { kind: 'too-large', message } });
  });

  it('refuses the entity bomb and XXE', async () => {
    expect(await get('/entity-bomb')).toMatchObject({ status: 'failed', failure: { kind: 'unsafe-xml' } });
    expect(await get('/xxe')).toMatchObject({ status: 'failed', failure: { kind: 'unsafe-xml' } });
  });

  it('stops a redirect loop and a chain longer than 5, and follows one of 5', async () => {
    const before = server.hits.get('/loop-a') ?? 0;
    expect(await get('/loop-a')).toMatchObject({ status: 'failed', failure: { kind: 'redirect-loop' } });
    expect(server.hits.get('/loop-a')! - before).toBe(1);
    expect(await get('/hop1')).toMatchObject({ status: 'failed', failure: { kind: 'too-many-redirects' } });
    expect(server.hits.get('/hop7')).toBeUndefined();
    expect(await get('/hop2')).toMatchObject({ status: 'ok', url: url('/hop7') });
  });

  it('reports Retry-After on 429 and 503, and a 500 in words', async () => {
    expect(await get('/too-many-429')).toMatchObject({
      status: 'failed',
      failure: { kind: 'rate-limited' },
      httpStatus: 429,
      retryAfterMs: 120_000,
    });
    expect(await get('/unavailable')).toMatchObject({ status: 'failed', retryAfterMs: 30_000, httpStatus: 503 });
    expect(await get('/server-error')).toMatchObject({
      status: 'failed',
      failure: { kind: 'http', message: 'The server had an error (500)' },
    });
  });

  it('reads gzip and brotli bodies, and ISO-8859-1 by the header', async () => {
    for (const path of ['/gzip', '/br']) {
      const result = await get(path);
      expect(result.status === 'ok' && result.feed.posts[0]!.title, path).toBe('Webinar tomorrow!');
    }
    const latin1 = await get('/latin1');
    expect(latin1.status === 'ok' && [latin1.feed.title, latin1.feed.posts[0]!.title]).toEqual([
      'Zoë & Léa, café',
      'Déjà vu',
    ]);
  });

  it('names the feeds an HTML page links to, or says it names none', async () => {
    expect(await get('/page.html')).toMatchObject({
      status: 'failed',
      failure: { kind: 'not-a-feed' },
      discovered: [{ url: url('/feed.xml'), type: 'application/rss+xml', title: null }],
    });
    expect(await get('/plain.html')).toMatchObject({
      failure: { message: 'Not a feed: the page is HTML and names no feed' },
      discovered: [],
    });
  });

  it('says so when the server cannot be reached or the address is not one', async () => {
    const closed = await startFeedServer({});
    const origin = closed.origin;
    await closed.close();
    expect(await fetchFeed(nodeFetch, { url: `${origin}/x`, userAgent }, limits)).toMatchObject({
      status: 'failed',
      failure: { kind: 'network' },
    });
    expect(await fetchFeed(nodeFetch, { url: 'javascript:alert(1)', userAgent }, limits)).toMatchObject({
      failure: { kind: 'invalid-url' },
    });
  });

  it('is cancelled through its AbortSignal', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(
      nodeFetch,
      { url: url('/never-answers'), userAgent },
      { ...limits, connectTimeoutMs: 5_000, totalTimeoutMs: 5_000 },
      controller.signal,
    );
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toMatchObject({ status: 'failed', failure: { kind: 'cancelled' } });
  });
});

describe('findFeed', () => {
  it('follows a website to the feed it names, and takes a feed URL as it is', async () => {
    expect(await findFeed(nodeFetch, url('/page.html'), userAgent, limits)).toMatchObject({
      status: 'ok',
      url: url('/feed.xml'),
    });
    expect(await findFeed(nodeFetch, url('/feed.xml'), userAgent, limits)).toMatchObject({
      status: 'ok',
      url: url('/feed.xml'),
    });
  });

  it('turns a Mastodon handle into the account’s feed address', async () => {
    const asked: string[] = [];
    const toLoopback: FetchLike = (target, init) => {
      asked.push(target);
      return fetch(target.replace('https://social.example', server.origin), init);
    };
    const result = await findFeed(toLoopback, '@ada@social.example', feedUserAgent('0.1.0'), limits);
    expect(result).toMatchObject({ status: 'ok', feed: { title: 'Grace posts' } });
    expect(asked).toEqual(['https://social.example/@ada.rss']);
    expect(server.requests.at(-1)!.headers['user-agent']).toBe('Prune/0.1.0');
  });

  it('refuses input that is neither an address nor a handle', async () => {
    expect(await findFeed(nodeFetch, 'not an address', userAgent, limits)).toMatchObject({
      status: 'failed',
      failure: { kind: 'invalid-url' },
    });
  });
});
