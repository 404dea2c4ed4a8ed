import type { FeedCursor, FeedItem } from '../../../shared/feed-store.js';
import type { SliceCreator } from './slice.js';

/** The parts of the feed a user can switch between, inside the one Feed view. */
export type FeedSection = 'updates' | 'noisy' | 'hidden' | 'subscriptions';

export interface FeedFilters {
  contactId: number | null;
  feedId: number | null;
  /** A kind of source (every Mastodon account, every blog and site); exclusive with feedId. */
  sourceKind: 'mastodon' | 'web' | null;
  search: string;
  /** "Show hidden": hidden updates come back in place, dimmed, with their reason. */
  includeHidden: boolean;
}

export interface FeedSlice {
  feedSection: FeedSection;
  feedFilters: FeedFilters;
  feedItems: FeedItem[];
  feedCursor: FeedCursor | null;
  /** The first page of the current filters has been answered. */
  feedLoaded: boolean;
  feedLoadingMore: boolean;
  /** When the user last looked before this visit: the "new since" divider sits under the newest item after it. */
  feedLastLookedAt: string | null;
  setFeedSection(section: FeedSection): void;
  setFeedFilters(filters: Partial<FeedFilters>): void;
  loadFeed(): Promise<void>;
  loadMoreFeed(): Promise<void>;
  /** Leaving the feed moves the divider: what was seen is no longer new. */
  markFeedLooked(): Promise<void>;
  /** After any change to posts, rules or feeds (here, a refresh, an undo): reload what the feed view shows. */
  refreshFeedAfterChange(): void;
  initFeed(): void;
}

const PAGE = 50;
export const NO_FILTERS: FeedFilters = {
  contactId: null,
  feedId: null,
  sourceKind: null,
  search: '',
  includeHidden: false,
};

export const createFeedSlice: SliceCreator<FeedSlice> =
  ({ api }) =>
  (set, get) => {
    /** Answers to an older request are dropped: filters changed while it ran. */
    let generation = 0;
    let subscribed = false;
    const request = (cursor: FeedCursor | null, limit = PAGE) => {
      const { contactId, feedId, sourceKind, search, includeHidden } = get().feedFilters;
      return api.feedPage({
        cursor,
        limit,
        contactId,
        feedId,
        sourceKind,
        includeHidden,
        search: search.trim() || null,
      });
    };
    return {
      feedSection: 'updates',
      feedFilters: NO_FILTERS,
      feedItems: [],
      feedCursor: null,
      feedLoaded: false,
      feedLoadingMore: false,
      feedLastLookedAt: null,
      setFeedSection(section) {
        set({ feedSection: section });
        if (section === 'updates') void get().loadFeed();
        else if (section === 'noisy') void get().loadNoisy();
        else if (section === 'hidden') void get().loadHideRules();
        else void get().loadSubscriptions();
      },
      setFeedFilters(filters) {
        set({ feedFilters: { ...get().feedFilters, ...filters } });
        void get().loadFeed();
      },
      async loadFeed() {
        const mine = ++generation;
        set({ feedLoadingMore: false });
        const page = get().unwrap(await request(null));
        if (mine !== generation || !page) return;
        set({
          feedItems: page.items,
          feedCursor: page.nextCursor,
          feedLoaded: true,
          feedLastLookedAt: page.lastLookedAt,
        });
      },
      async loadMoreFeed() {
        const { feedCursor, feedLoadingMore, feedLoaded } = get();
        if (!feedCursor || feedLoadingMore || !feedLoaded) return;
        const mine = generation;
        set({ feedLoadingMore: true });
        const page = get().unwrap(await request(feedCursor));
        if (mine !== generation) return;
        set({ feedLoadingMore: false });
        if (!page) return;
        set({ feedItems: [...get().feedItems, ...page.items], feedCursor: page.nextCursor });
      },
      async markFeedLooked() {
        get().unwrap(await api.feedMarkLooked({}));
      },
      refreshFeedAfterChange() {
        const person = get().personFeeds;
        if (person) void get().loadPersonFeeds(person.contactId);
        if (get().view !== 'feed') return;
        const section = get().feedSection;
        if (section === 'updates') void reloadInPlace();
        else if (section === 'noisy') void get().loadNoisy();
        else if (section === 'hidden') void get().loadHideRules();
        else void get().loadSubscriptions();
        void get().loadHistory();
      },
      initFeed() {
        if (subscribed) return;
        subscribed = true;
        api.on('feedChanged', () => get().refreshFeedAfterChange());
        api.on('feedRefreshProgress', (progress) => get().setRefreshProgress(progress));
      },
    };

    /** A hide or an undo keeps the list where it was: reload as many items as are shown, at least a page. */
    async function reloadInPlace() {
      const mine = ++generation;
      const shown = Math.min(500, Math.max(PAGE, get().feedItems.length));
      const page = get().unwrap(await request(null, shown));
      if (mine !== generation || !page) return;
      set({
        feedItems: page.items,
        feedCursor: page.nextCursor,
        feedLoaded: true,
        feedLastLookedAt: page.lastLookedAt,
      });
    }
  };
