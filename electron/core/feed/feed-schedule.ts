import type { Core } from '../core.js';
import { feedRefreshRunning, runFeedRefresh } from './feed-refresh-job.js';
import { systemClock, type Clock } from './refresh-scheduler.js';

/**
 * Refresh on start and on an interval (issue 11): the app and the browser host fetch the feeds
 * that are due now, then look again every minute. When a feed falls due comes from the refresh
 * interval setting (`next_due_at` = last fetch + interval), so a changed setting applies at once
 * to the next fetch. A refresh on demand that is running is never interrupted; the next check waits.
 */
export function startFeedSchedule(
  core: Core,
  options: { clock?: Clock; checkEveryMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  const clock = options.clock ?? systemClock;
  const checkEveryMs = options.checkEveryMs ?? 60_000;
  let stopped = false;
  let cancelTimer: (() => void) | null = null;

  const check = async (): Promise<void> => {
    cancelTimer = null;
    if (stopped) return;
    if (!feedRefreshRunning(core) && core.openProblem === null) {
      try {
        await runFeedRefresh(core, { feedIds: null, force: false });
      } catch (error) {
        // Busy (a refresh on demand began meanwhile) or a closed roster: the next check tries again.
        options.onError?.(error);
      }
    }
    if (!stopped) cancelTimer = clock.setTimer(() => void check(), checkEveryMs);
  };
  void check();
  return () => {
    stopped = true;
    cancelTimer?.();
  };
}
