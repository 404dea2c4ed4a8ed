import type { FeedFetchState } from '../../../shared/feed.js';
import type { FeedRefreshProgress, FeedRefreshResult } from '../../../shared/feed-store.js';
import { CoreError } from '../../../shared/result.js';
import type { Core } from '../core.js';
import type { Db } from '../db/open-database.js';
import type { FetchFeedResult } from './fetch-feed.js';
import { feedUserAgent } from './fetch-limits.js';
import { nextFetchState } from './fetch-state.js';
import { refreshPolicy } from './feed-settings.js';
import { refreshMastodonAvatars } from './mastodon-avatar.js';
import { nameContactFromMastodonFeed } from './mastodon-naming.js';
import { applyRetention, storeFeedPosts } from './post-store.js';
import { refreshFeeds } from './refresh-run.js';
import { fetchableStates, saveFeedMeta, saveFetchState, type StoredFetchState } from './subscriptions.js';
import { runRulesAfterChange } from '../rules/rules-handlers.js';

/**
 * A refresh of stored feeds: one at a time per core, cancellable, progress as events. Feeds that
 * share a URL (two people, one blog) are fetched once. Each result is stored in its own short
 * transaction, so the window stays answerable and a cancel keeps what was already stored.
 */

const running = new WeakMap<Core, AbortController>();

/** An import holds one long transaction; our writes wait for it rather than joining it. */
async function untilNoTransaction(db: Db): Promise<void> {
  while (db.inTransaction) await new Promise((resolve) => setTimeout(resolve, 50));
}

export interface RefreshJobOptions {
  feedIds: readonly number[] | null;
  /** Fetch feeds that are not due yet (on demand); false: only due ones (start-up, interval). */
  force: boolean;
}

export function cancelFeedRefresh(core: Core): boolean {
  const controller = running.get(core);
  if (!controller) return false;
  controller.abort();
  return true;
}

export const feedRefreshRunning = (core: Core): boolean => running.has(core);

export async function runFeedRefresh(core: Core, options: RefreshJobOptions): Promise<FeedRefreshResult> {
  if (running.has(core)) throw new CoreError('busy', 'Feeds are already being refreshed. Wait for it or cancel it.');
  const controller = new AbortController();
  running.set(core, controller);
  try {
    const result = await refreshStored(core, options, controller.signal);
    // New posts change feed facts: the enabled rules run over them (issue 12).
    if (result.newPosts > 0) runRulesAfterChange(core);
    return result;
  } finally {
    running.delete(core);
  }
}

async function refreshStored(core: Core, options: RefreshJobOptions, signal: AbortSignal): Promise<FeedRefreshResult> {
  const db = core.db;
  const now = core.now();
  const states = fetchableStates(db, { feedIds: options.feedIds, dueBy: options.force ? null : now.toISOString() });
  if (options.feedIds !== null && states.length < new Set(options.feedIds).size) {
    const missing = options.feedIds.find((id) => !states.some((state) => state.feedId === id));
    throw new CoreError('not_found', `No feed with id ${missing} that can be fetched (its person may be removed).`);
  }
  const byUrl = new Map<string, StoredFetchState[]>();
  for (const state of states) byUrl.set(state.url, [...(byUrl.get(state.url) ?? []), state]);
  const policy = refreshPolicy(db);
  const result: FeedRefreshResult = {
    feeds: states.length,
    fetched: 0,
    notModified: 0,
    newPosts: 0,
    failed: [],
    cancelled: false,
  };
  const progress = (finished: boolean): FeedRefreshProgress => ({
    total: states.length,
    done: result.fetched + result.notModified + result.failed.length,
    ok: result.fetched,
    notModified: result.notModified,
    failed: result.failed.length,
    newPosts: result.newPosts,
    finished,
  });
  core.emit('feedRefreshProgress', progress(false));

  let renamed = false;
  const store = async (fetched: FetchFeedResult, feeds: readonly StoredFetchState[]): Promise<void> => {
    await untilNoTransaction(core.db);
    const at = core.now();
    core.db.transaction(() => {
      for (const feed of feeds) {
        const next: FeedFetchState = nextFetchState(feed, fetched, at.getTime(), policy);
        saveFetchState(core.db, feed.feedId, next);
        if (fetched.status === 'ok') {
          saveFeedMeta(core.db, feed.feedId, fetched.feed);
          result.newPosts += storeFeedPosts(core.db, feed.feedId, fetched.feed.posts, at.toISOString()).newPosts;
          if (nameContactFromMastodonFeed(core.db, feed.feedId, fetched.feed, at.toISOString())) renamed = true;
          result.fetched += 1;
        } else if (fetched.status === 'not-modified') result.notModified += 1;
        else
          result.failed.push({ feedId: feed.feedId, url: feed.url, error: next.lastError ?? fetched.failure.message });
      }
    })();
    core.emit('feedRefreshProgress', progress(false));
  };

  const summary = await refreshFeeds(
    [...byUrl.values()].map((feeds) => feeds[0]!),
    {
      fetch: core.fetch,
      userAgent: feedUserAgent(core.version),
      now: () => core.now().getTime(),
      policy,
      signal,
      onResult: (_next, fetched) => {
        const url = _next.url;
        return store(fetched, byUrl.get(url) ?? []);
      },
    },
  );
  result.cancelled = summary.cancelled;
  // Avatars after the posts: a picture never delays an update, and a bad one fails nothing.
  const pictured = summary.cancelled
    ? 0
    : await refreshMastodonAvatars(
        core,
        states.map((state) => state.feedId),
        signal,
        () => untilNoTransaction(core.db),
      );
  await untilNoTransaction(core.db);
  applyRetention(core.db, core.now().toISOString());
  core.emit('feedRefreshProgress', progress(true));
  core.emit('feedChanged', { reason: 'refresh' });
  if (renamed || pictured > 0) core.emit('rosterChanged', { reason: 'feed' });
  return result;
}
