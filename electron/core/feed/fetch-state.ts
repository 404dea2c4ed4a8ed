import type { FeedFetchState } from '../../../shared/feed.js';
import type { FetchFeedResult } from './fetch-feed.js';

export interface RefreshPolicy {
  /** Between two fetches of a healthy feed. */
  intervalMs: number;
  /** The first retry after a failure; doubled for each failure in a row. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Failures in a row after which a feed is paused until someone retries it. */
  pauseAfterFailures: number;
}

export const DEFAULT_REFRESH_POLICY: RefreshPolicy = {
  intervalMs: 60 * 60_000,
  backoffBaseMs: 5 * 60_000,
  backoffMaxMs: 24 * 60 * 60_000,
  pauseAfterFailures: 5,
};

const iso = (ms: number): string => new Date(ms).toISOString();

/** A new subscription: due at once. */
export function initialFetchState(url: string, nowMs: number): FeedFetchState {
  return {
    url,
    etag: null,
    lastModified: null,
    lastFetchedAt: null,
    nextDueAt: iso(nowMs),
    lastError: null,
    consecutiveFailures: 0,
    paused: false,
    postCount: 0,
  };
}

export const isDue = (state: FeedFetchState, nowMs: number): boolean =>
  !state.paused && state.nextDueAt !== null && Date.parse(state.nextDueAt) <= nowMs;

/** Exponential backoff: base, 2×base, 4×base… up to the maximum. */
export function backoffMs(consecutiveFailures: number, policy: RefreshPolicy): number {
  const doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 30);
  return Math.min(policy.backoffBaseMs * 2 ** doublings, policy.backoffMaxMs);
}

/**
 * The state after a fetch. Success (or 304) clears the error and keeps the validators for the
 * next conditional GET; a failure counts, backs off (or waits as long as `Retry-After` asks,
 * whichever is later) and pauses the feed at the policy's limit. A cancelled fetch changes
 * nothing. `postCount` belongs to storage and is left as it is.
 */
export function nextFetchState(
  state: FeedFetchState,
  result: FetchFeedResult,
  nowMs: number,
  policy: RefreshPolicy = DEFAULT_REFRESH_POLICY,
): FeedFetchState {
  if (result.status !== 'failed') {
    return {
      ...state,
      etag: result.etag,
      lastModified: result.lastModified,
      lastFetchedAt: iso(nowMs),
      nextDueAt: iso(nowMs + policy.intervalMs),
      lastError: null,
      consecutiveFailures: 0,
      paused: false,
    };
  }
  if (result.failure.kind === 'cancelled') return state;
  const consecutiveFailures = state.consecutiveFailures + 1;
  const paused = consecutiveFailures >= policy.pauseAfterFailures;
  const waitMs = Math.max(
    backoffMs(consecutiveFailures, policy),
    Math.min(result.retryAfterMs ?? 0, policy.backoffMaxMs),
  );
  return {
    ...state,
    lastFetchedAt: iso(nowMs),
    nextDueAt: paused ? null : iso(nowMs + waitMs),
    lastError: paused
      ? `${result.failure.message}. Paused after ${consecutiveFailures} failures in a row`
      : result.failure.message,
    consecutiveFailures,
    paused,
  };
}

/**
 * "Retry" on a paused feed: due now, and one more failure pauses it again (rather than
 * another round of backoff), so a dead feed is not hammered.
 */
export function retryFetchState(
  state: FeedFetchState,
  nowMs: number,
  policy: RefreshPolicy = DEFAULT_REFRESH_POLICY,
): FeedFetchState {
  return {
    ...state,
    paused: false,
    nextDueAt: iso(nowMs),
    consecutiveFailures: Math.min(state.consecutiveFailures, policy.pauseAfterFailures - 1),
  };
}
