import type { FeedSubscription, FeedSuggestions, OpmlImportResult } from '../../../shared/feed-store.js';
import { plural } from '../components/format.js';
import type { SliceCreator } from './slice.js';

/** Feeds people are subscribed to, what could be, and OPML in and out. */
export interface SubscriptionsSlice {
  subscriptions: FeedSubscription[];
  subscriptionsLoaded: boolean;
  suggestions: FeedSuggestions | null;
  /** The feeds of the person in the detail pane. */
  personFeeds: { contactId: number; feeds: FeedSubscription[] } | null;
  /** "Add feed…" is open for this person; `error` says why the last try failed. */
  addFeedFor: { contactId: number; name: string; error: string | null; busy: boolean } | null;
  /** Outlines of the last OPML import that matched nobody, offered as new people. */
  opmlLeftOver: { bytes: Uint8Array<ArrayBuffer>; result: OpmlImportResult } | null;
  loadSubscriptions(): Promise<void>;
  loadPersonFeeds(contactId: number): Promise<void>;
  openAddFeed(contactId: number, name: string): void;
  closeAddFeed(): void;
  subscribe(contactId: number, address: string): Promise<boolean>;
  unsubscribe(feedId: number): Promise<void>;
  retryFeed(feedId: number): Promise<void>;
  followAllMastodon(): Promise<void>;
  importOpml(file: File): Promise<void>;
  /** The left-over outlines become new people with their feeds, or are skipped (null). */
  resolveOpmlLeftOver(createPeople: boolean): Promise<void>;
  exportOpml(): Promise<void>;
}

export const createSubscriptionsSlice: SliceCreator<SubscriptionsSlice> =
  ({ api, saveFile }) =>
  (set, get) => {
    const afterChange = () => {
      void get().loadSubscriptions();
      const person = get().personFeeds;
      if (person) void get().loadPersonFeeds(person.contactId);
    };
    return {
      subscriptions: [],
      subscriptionsLoaded: false,
      suggestions: null,
      personFeeds: null,
      addFeedFor: null,
      opmlLeftOver: null,
      async loadSubscriptions() {
        const [subscriptions, suggestions] = await Promise.all([
          api.feedSubscriptions({ contactId: null }),
          api.feedSuggestions({}),
        ]);
        const list = get().unwrap(subscriptions);
        if (list) set({ subscriptions: list, subscriptionsLoaded: true });
        const offered = get().unwrap(suggestions);
        if (offered) set({ suggestions: offered });
      },
      async loadPersonFeeds(contactId) {
        const feeds = get().unwrap(await api.feedSubscriptions({ contactId }));
        if (feeds && get().selectedId === contactId) set({ personFeeds: { contactId, feeds } });
      },
      openAddFeed: (contactId, name) => set({ addFeedFor: { contactId, name, error: null, busy: false } }),
      closeAddFeed: () => set({ addFeedFor: null }),
      async subscribe(contactId, address) {
        const open = get().addFeedFor;
        if (open) set({ addFeedFor: { ...open, busy: true, error: null } });
        const result = await api.feedSubscribe({ contactId, address });
        if (!result.ok) {
          // A wrong address is the user's to fix in the dialog, not a banner's.
          const current = get().addFeedFor;
          if (current) set({ addFeedFor: { ...current, busy: false, error: result.error.message } });
          else get().unwrap(result);
          return false;
        }
        set({ addFeedFor: null });
        const { title, url, created, newPosts } = result.value;
        get().showToast(
          created
            ? `Subscribed to ${title ?? url}: ${plural(newPosts, 'update')}.`
            : `Already subscribed to ${title ?? url}.`,
          null,
        );
        afterChange();
        return true;
      },
      async unsubscribe(feedId) {
        const feed = [...get().subscriptions, ...(get().personFeeds?.feeds ?? [])].find((f) => f.id === feedId);
        if (!get().unwrap(await api.feedUnsubscribe({ feedId }))) return;
        get().showToast(`Unsubscribed from ${feed?.title ?? feed?.url ?? 'the feed'}.`, null);
        afterChange();
      },
      async retryFeed(feedId) {
        const feed = get().unwrap(await api.feedRetry({ feedId }));
        if (feed)
          get().showToast(
            feed.lastError ? `Still failing: ${feed.lastError}` : `Fetched ${feed.title ?? feed.url}.`,
            null,
          );
        afterChange();
      },
      async followAllMastodon() {
        const result = get().unwrap(await api.feedFollowMastodon({}));
        if (!result) return;
        get().showToast(`Following the public posts of ${plural(result.subscribed, 'Mastodon account')}.`, null);
        afterChange();
      },
      async importOpml(file) {
        // Bytes, not text: the core reads the file's own encoding declaration.
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = get().unwrap(await api.feedImportOpml({ bytes, createPeople: false }));
        if (!result) return;
        // Anything new makes the import one entry of the undo history, named like the Edit menu names it.
        get().showToast(
          result.undoLabel
            ? `${result.undoLabel} from ${file.name}.`
            : `Subscribed to ${plural(result.subscribed.length, 'feed')} from ${file.name}.`,
          result.undoLabel ? 'undo' : null,
        );
        if (result.unmatched.length > 0) set({ opmlLeftOver: { bytes, result } });
        afterChange();
      },
      async resolveOpmlLeftOver(createPeople) {
        const leftOver = get().opmlLeftOver;
        set({ opmlLeftOver: null });
        if (!leftOver || !createPeople) return;
        const result = get().unwrap(await api.feedImportOpml({ bytes: leftOver.bytes, createPeople: true }));
        if (result)
          get().showToast(
            `${result.undoLabel ?? 'Import'}: ${plural(result.created, 'new person', 'new people')}.`,
            result.undoLabel ? 'undo' : null,
          );
        afterChange();
      },
      async exportOpml() {
        const result = get().unwrap(await api.feedExportOpml({}));
        if (!result) return;
        const saved = await saveFile({ ...result, mediaType: 'text/x-opml', unfollows: [] });
        if (saved.kind !== 'cancelled') get().showToast(`Exported ${plural(result.count, 'feed')} as OPML.`, null);
      },
    };
  };
