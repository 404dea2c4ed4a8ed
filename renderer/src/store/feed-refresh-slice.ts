import type { FeedRefreshProgress, FeedSettings } from '../../../shared/feed-store.js';
import { plural } from '../components/format.js';
import type { SliceCreator } from './slice.js';

/** Fetching feeds now (never blocking the window) and the feed's settings. */
export interface FeedRefreshSlice {
  refreshProgress: FeedRefreshProgress | null;
  refreshing: boolean;
  feedSettings: FeedSettings | null;
  setRefreshProgress(progress: FeedRefreshProgress): void;
  refreshFeeds(feedIds?: number[]): Promise<void>;
  cancelRefresh(): Promise<void>;
  loadFeedSettings(): Promise<void>;
  setFeedSettings(settings: Partial<FeedSettings>): Promise<void>;
}

export const createFeedRefreshSlice: SliceCreator<FeedRefreshSlice> =
  ({ api }) =>
  (set, get) => ({
    refreshProgress: null,
    refreshing: false,
    feedSettings: null,
    setRefreshProgress(progress) {
      set({ refreshProgress: progress.finished ? null : progress });
    },
    async refreshFeeds(feedIds) {
      if (get().refreshing) return;
      set({ refreshing: true, refreshProgress: null });
      const result = await api.feedRefresh({ feedIds: feedIds ?? null, force: true });
      set({ refreshing: false, refreshProgress: null });
      const summary = get().unwrap(result);
      if (!summary) return;
      const failed = summary.failed.length > 0 ? `; ${plural(summary.failed.length, 'feed')} failed` : '';
      get().showToast(
        summary.cancelled
          ? `Refresh cancelled: ${plural(summary.newPosts, 'new update')} kept.`
          : `Refreshed ${plural(summary.feeds, 'feed')}: ${plural(summary.newPosts, 'new update')}${failed}.`,
        null,
      );
      get().refreshFeedAfterChange();
    },
    async cancelRefresh() {
      get().unwrap(await api.feedRefreshCancel({}));
    },
    async loadFeedSettings() {
      const settings = get().unwrap(await api.feedSettings({}));
      if (settings) set({ feedSettings: settings });
    },
    async setFeedSettings(changes) {
      const settings = get().unwrap(await api.feedSettingsSet(changes));
      if (settings) set({ feedSettings: settings });
    },
  });
