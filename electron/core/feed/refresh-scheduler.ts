import type { FeedFetchState } from '../../../shared/feed.js';
import { isDue } from './fetch-state.js';
import { refreshFeeds, type RefreshRunOptions, type RefreshSummary } from './refresh-run.js';

/** Time as the scheduler sees it; tests pass a fake one they advance by hand. */
export interface Clock {
  now(): number;
  /** Calls `callback` after `ms`; the returned function cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

export interface RefreshSchedulerOptions extends Omit<RefreshRunOptions, 'signal' | 'now'> {
  clock: Clock;
  /** The subscriptions' states as storage holds them now (read before every run). */
  loadStates: () => FeedFetchState[];
  /** The longest the scheduler sleeps before looking for due feeds again (default 1 minute). */
  checkEveryMs?: number;
  /** A failure of a run the scheduler started itself (an `onResult` that threw). */
  onError?: (error: unknown) => void;
}

export interface RefreshScheduler {
  /** Refreshes every due feed now, then keeps refreshing feeds as they fall due. */
  start(): void;
  /** On demand: the given feeds (by URL), or every feed that is not paused, due or not. */
  refreshNow(urls?: readonly string[]): Promise<RefreshSummary>;
  /** Cancels the runs under way or queued; the scheduler keeps watching. */
  cancel(): void;
  /** Cancels and stops watching. */
  stop(): void;
  readonly running: boolean;
}

/**
 * One refresh at a time (a request during a run waits for it), so a feed is never fetched
 * twice at once; the host's event loop is never held, as everything is awaited I/O.
 */
export function createRefreshScheduler(options: RefreshSchedulerOptions): RefreshScheduler {
  const { clock, loadStates, checkEveryMs = 60_000 } = options;
  const controllers = new Set<AbortController>();
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let cancelTimer: (() => void) | null = null;
  let watching = false;

  const wakeLater = (): void => {
    cancelTimer?.();
    cancelTimer = null;
    if (!watching) return;
    const now = clock.now();
    const dues = loadStates()
      .filter((state) => !state.paused && state.nextDueAt !== null)
      .map((state) => Date.parse(state.nextDueAt!));
    const next = Math.min(now + checkEveryMs, ...dues);
    cancelTimer = clock.setTimer(runDueInBackground, Math.max(next - now, 0));
  };

  const enqueue = (pick: (states: FeedFetchState[]) => FeedFetchState[]): Promise<RefreshSummary> => {
    const controller = new AbortController();
    controllers.add(controller);
    pending += 1;
    const run = queue.then(async () => {
      try {
        const feeds = controller.signal.aborted ? [] : pick(loadStates());
        return await refreshFeeds(feeds, { ...options, now: () => clock.now(), signal: controller.signal });
      } finally {
        controllers.delete(controller);
        pending -= 1;
        wakeLater();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };

  function runDueInBackground(): void {
    enqueue((states) => states.filter((state) => isDue(state, clock.now()))).catch((error: unknown) =>
      options.onError?.(error),
    );
  }

  return {
    start() {
      watching = true;
      runDueInBackground();
    },
    refreshNow(urls) {
      const wanted = urls ? new Set(urls) : null;
      return enqueue((states) => states.filter((state) => (wanted ? wanted.has(state.url) : !state.paused)));
    },
    cancel() {
      for (const controller of controllers) controller.abort();
    },
    stop() {
      watching = false;
      cancelTimer?.();
      cancelTimer = null;
      for (const controller of controllers) controller.abort();
    },
    get running() {
      return pending > 0;
    },
  };
}
