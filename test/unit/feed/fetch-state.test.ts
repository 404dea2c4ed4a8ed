import { describe, expect, it } from 'vitest';
import { FeedFetchState } from '../../../shared/feed.js';
import type { FetchFeedResult } from '../../../electron/core/feed/fetch-feed.js';
import {
  backoffMs,
  DEFAULT_REFRESH_POLICY,
  initialFetchState,
  isDue,
  nextFetchState,
  retryFetchState,
} from '../../../electron/core/feed/fetch-state.js';

const T0 = Date.parse('2026-11-23T12:00:00.000Z');
const MINUTE = 60_000;
const failure = (message: string, retryAfterMs: number | null = null): FetchFeedResult => ({
  status: 'failed',
  failure: { kind: 'http', message },
  httpStatus: 500,
  retryAfterMs,
  discovered: [],
});
const notModified: FetchFeedResult = {
  status: 'not-modified',
  url: 'https://a.example/feed',
  etag: '"e"',
  lastModified: null,
};

describe('fetch state', () => {
  it('starts due, and after a success is due again an interval later with its validators', () => {
    const state = initialFetchState('https://a.example/feed', T0);
    expect(isDue(state, T0)).toBe(true);
    const next = FeedFetchState.parse(nextFetchState(state, notModified, T0));
    expect(next).toMatchObject({
      etag: '"e"',
      lastFetchedAt: '2026-11-23T12:00:00.000Z',
      nextDueAt: '2026-11-23T13:00:00.000Z',
      lastError: null,
    });
    expect(isDue(next, T0 + 59 * MINUTE)).toBe(false);
  });

  it('backs off exponentially, honours a longer Retry-After, and pauses after 5 failures in a row', () => {
    expect([1, 2, 3, 4, 5].map((count) => backoffMs(count, DEFAULT_REFRESH_POLICY) / MINUTE)).toEqual([
      5, 10, 20, 40, 80,
    ]);
    let state = initialFetchState('https://a.example/feed', T0);
    state = nextFetchState(state, failure('The server had an error (500)', 30 * MINUTE), T0);
    expect(state).toMatchObject({
      consecutiveFailures: 1,
      nextDueAt: '2026-11-23T12:30:00.000Z',
      lastError: 'The server had an error (500)',
    });
    for (let count = 2; count <= 5; count += 1)
      state = nextFetchState(state, failure('The server had an error (500)'), T0);
    expect(state).toMatchObject({ consecutiveFailures: 5, paused: true, nextDueAt: null });
    expect(state.lastError).toBe('The server had an error (500). Paused after 5 failures in a row');
    expect(isDue(state, T0 + 1000 * MINUTE)).toBe(false);
  });

  it('retries a paused feed once: due now, paused again by one more failure, healthy after a success', () => {
    let paused = initialFetchState('https://a.example/feed', T0);
    for (let count = 0; count < 5; count += 1) paused = nextFetchState(paused, failure('down'), T0);
    const retried = retryFetchState(paused, T0 + MINUTE);
    expect(retried).toMatchObject({ paused: false, nextDueAt: '2026-11-23T12:01:00.000Z', consecutiveFailures: 4 });
    expect(nextFetchState(retried, failure('down'), T0 + MINUTE)).toMatchObject({ paused: true });
    expect(nextFetchState(retried, notModified, T0 + MINUTE)).toMatchObject({
      paused: false,
      consecutiveFailures: 0,
      lastError: null,
    });
  });

  it('leaves the state alone when a fetch was cancelled', () => {
    const state = initialFetchState('https://a.example/feed', T0);
    const cancelled: FetchFeedResult = {
      status: 'failed',
      failure: { kind: 'cancelled', message: 'Cancelled' },
      httpStatus: null,
      retryAfterMs: null,
      discovered: [],
    };
    expect(nextFetchState(state, cancelled, T0)).toBe(state);
  });
});
