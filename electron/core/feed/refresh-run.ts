import type { FeedFetchState, RefreshProgress } from '../../../shared/feed.js';
import { fetchFeed, type FeedParser, type FetchFeedResult } from './fetch-feed.js';
import { DEFAULT_FETCH_LIMITS, type FeedFetchLimits, type FetchLike } from './fetch-limits.js';
import { DEFAULT_REFRESH_POLICY, nextFetchState, type RefreshPolicy } from './fetch-state.js';
import { parseFeed } from './parse-feed.js';

export interface RefreshRunOptions {
  fetch: FetchLike;
  userAgent: string;
  now: () => number;
  limits?: FeedFetchLimits;
  policy?: RefreshPolicy;
  parse?: FeedParser;
  maxConcurrent?: number;
  maxPerHost?: number;
  signal?: AbortSignal;
  /** After each feed, in completion order: store the posts and the new state here. */
  onResult?: (next: FeedFetchState, result: FetchFeedResult) => void | Promise<void>;
  onProgress?: (progress: RefreshProgress) => void;
}

export interface RefreshSummary extends RefreshProgress {
  cancelled: boolean;
  states: FeedFetchState[];
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Fetches the given feeds, at most `maxConcurrent` at once (8) and `maxPerHost` per host (2),
 * in the order given as far as those bounds allow. A cancel stops starting new fetches and
 * aborts those under way; their states stay as they were. Never rejects unless a callback does.
 */
export async function refreshFeeds(
  feeds: readonly FeedFetchState[],
  options: RefreshRunOptions,
): Promise<RefreshSummary> {
  const maxConcurrent = options.maxConcurrent ?? 8;
  const maxPerHost = options.maxPerHost ?? 2;
  const policy = options.policy ?? DEFAULT_REFRESH_POLICY;
  const progress: RefreshProgress = { total: feeds.length, done: 0, ok: 0, notModified: 0, failed: 0 };
  const states = [...feeds];
  const waiting = feeds.map((_, index) => index);
  const activeByHost = new Map<string, number>();
  let active = 0;

  return new Promise<RefreshSummary>((resolve, reject) => {
    const finish = (): void => resolve({ ...progress, cancelled: options.signal?.aborted ?? false, states });
    const startNext = (): void => {
      if (options.signal?.aborted) waiting.length = 0;
      while (active < maxConcurrent) {
        const position = waiting.findIndex((index) => (activeByHost.get(hostOf(feeds[index]!.url)) ?? 0) < maxPerHost);
        if (position === -1) break;
        const [index] = waiting.splice(position, 1) as [number];
        void run(index);
      }
      if (active === 0 && waiting.length === 0) finish();
    };
    const run = async (index: number): Promise<void> => {
      const state = feeds[index]!;
      const host = hostOf(state.url);
      active += 1;
      activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
      try {
        const request = {
          url: state.url,
          etag: state.etag,
          lastModified: state.lastModified,
          userAgent: options.userAgent,
        };
        const result = await fetchFeed(
          options.fetch,
          request,
          options.limits ?? DEFAULT_FETCH_LIMITS,
          options.signal,
          options.parse ?? parseFeed,
        );
        const next = nextFetchState(state, result, options.now(), policy);
        states[index] = next;
        if (result.status === 'failed' && result.failure.kind === 'cancelled') return;
        await options.onResult?.(next, result);
        progress.done += 1;
        if (result.status === 'ok') progress.ok += 1;
        else if (result.status === 'not-modified') progress.notModified += 1;
        else progress.failed += 1;
        options.onProgress?.({ ...progress });
      } catch (error) {
        waiting.length = 0;
        reject(error);
      } finally {
        active -= 1;
        activeByHost.set(host, activeByHost.get(host)! - 1);
        startNext();
      }
    };
    startNext();
  });
}
