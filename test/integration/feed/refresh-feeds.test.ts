import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedFetchState } from '../../../shared/feed.js';
import type { FetchLike } from '../../../electron/core/feed/fetch-limits.js';
import { initialFetchState } from '../../../electron/core/feed/fetch-state.js';
import { refreshFeeds } from '../../../electron/core/feed/refresh-run.js';
import { rssOfPosts, startFeedServer, type FeedServer } from '../../helpers/feed-server.js';

const T0 = Date.parse('2026-11-23T12:00:00.000Z');
const nodeFetch: FetchLike = (url, init) => fetch(url, init);
/** Roomy time limits where time is not what is tested, a small one for the server that never answers. */
const limits = { connectTimeoutMs: 5_000, totalTimeoutMs: 10_000, maxBytes: 256 * 1024, maxRedirects: 5 };
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/ok.xml': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else response.writeHead(200, { ETag: '"v1"' }).end(rssOfPosts('ada', 20));
    },
    '/broken': (_request, response) => response.writeHead(500).end(),
    '/busy': (_request, response) => response.writeHead(429, { 'Retry-After': '7200' }).end(),
    '/slow': () => undefined,
  });
});

afterAll(() => server.close());

const run = (states: FeedFetchState[], within = limits) =>
  refreshFeeds(states, { fetch: nodeFetch, userAgent: 'Prune/test', now: () => T0, limits: within });

describe('refreshing feeds from a real server', () => {
  it('fetches, then gets 304 for the same feeds, with words for each failure', async () => {
    const states = ['/ok.xml', '/broken', '/busy'].map((path) => initialFetchState(`${server.origin}${path}`, T0));
    const first = await run(states);
    expect(first).toMatchObject({ total: 3, ok: 1, failed: 2, notModified: 0 });
    expect(first.states.map((state) => state.lastError)).toEqual([
      null,
      'The server had an error (500)',
      'The server asked Prune to slow down (429 Too Many Requests)',
    ]);
    const slow = await run([initialFetchState(`${server.origin}/slow`, T0)], { ...limits, connectTimeoutMs: 200 });
    expect(slow.states[0]!.lastError).toBe('The server did not answer within 200 ms');
    expect(first.states[2]!.nextDueAt).toBe('2026-11-23T14:00:00.000Z');
    const second = await run([first.states[0]!]);
    expect(second).toMatchObject({ notModified: 1 });
  });

  it('counts a 500 toward pausing: paused after the fifth in a row, after exactly five requests', async () => {
    const before = server.hits.get('/broken') ?? 0;
    let state = initialFetchState(`${server.origin}/broken`, T0);
    for (let attempt = 0; attempt < 5; attempt += 1) state = (await run([state])).states[0]!;
    expect(state).toMatchObject({ paused: true, consecutiveFailures: 5, nextDueAt: null });
    expect(server.hits.get('/broken')! - before).toBe(5);
  });
});
