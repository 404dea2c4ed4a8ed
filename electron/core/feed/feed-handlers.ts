import type { FeedChangeReason } from '../../../shared/feed-store.js';
import type { feedChannels } from '../../../shared/feed-channels.js';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc.js';
import { CoreError } from '../../../shared/result.js';
import type { Core } from '../core.js';
import { addHide, editHide, liftHide } from '../hide/hide-actions.js';
import { hideRuleListings, noisyPosters } from '../hide/hide-listing.js';
import { sampleMastodonNames } from '../sample/sample-files.js';
import { addSamplePosts } from '../sample/sample-posts.js';
import { feedPage } from './feed-page.js';
import { feedSettings, refreshPolicy, updateFeedSettings, writeFeedSetting } from './feed-settings.js';
import { feedSuggestions, followEveryMastodonAccount } from './feed-suggestions.js';
import { applyRetention } from './post-store.js';
import { listSubscriptions, removeSubscription, subscriptionById } from './subscriptions.js';
import { retryFetchState } from './fetch-state.js';
import { fetchableStates, saveFetchState } from './subscriptions.js';

/**
 * The feed's entries of the handler table (handlers.ts spreads them in). What fetches or parses
 * (feedsmith) is imported when first used: every CLI command loads this table, few of them fetch.
 */
const refreshJob = () => import('./feed-refresh-job.js');
const opmlExchange = () => import('./opml-exchange.js');
const subscribe = () => import('./subscribe.js');

type FeedChannel = keyof typeof feedChannels;
type Handler<C extends FeedChannel> = (
  core: Core,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

const stamp = (core: Core): string => core.now().toISOString();

/** A write to the feed: waits for no long job (an import's transaction), then tells every window. */
async function feedWrite<T>(core: Core, reason: FeedChangeReason, write: () => T): Promise<T> {
  const result = await core.exclusive('a feed change', write);
  core.emit('feedChanged', { reason });
  return result;
}

/** "Try a sample network": a year of posts for its people, stored directly (after the sample's import). */
export function loadSamplePosts(core: Core, size: number): Promise<void> {
  return feedWrite(core, 'sample', () => {
    addSamplePosts(core.db, { seed: 2026, size, now: core.now(), mastodonNames: sampleMastodonNames(2026, size) });
  });
}

export const feedHandlers: { [C in FeedChannel]: Handler<C> } = {
  feedSubscribe: async (core, { contactId, address }) => {
    const result = await (await subscribe()).subscribeContact(core, contactId, address);
    core.emit('feedChanged', { reason: 'subscribe' });
    return result;
  },
  feedUnsubscribe: (core, { feedId }) =>
    feedWrite(core, 'unsubscribe', () => {
      if (!removeSubscription(core.db, feedId)) throw new CoreError('not_found', `No feed with id ${feedId}.`);
      return { removed: true };
    }),
  feedSubscriptions: (core, { contactId }) => listSubscriptions(core.db, contactId),
  feedRefresh: async (core, { feedIds, force }) => (await refreshJob()).runFeedRefresh(core, { feedIds, force }),
  feedRefreshCancel: async (core) => ({ cancelled: (await refreshJob()).cancelFeedRefresh(core) }),
  feedRetry: async (core, { feedId }) => {
    const [state] = fetchableStates(core.db, { feedIds: [feedId], dueBy: null });
    if (!state) {
      subscriptionById(core.db, feedId);
      throw new CoreError('invalid_input', `Feed ${feedId} belongs to someone removed: restore them to fetch it.`);
    }
    saveFetchState(core.db, feedId, retryFetchState(state, core.now().getTime(), refreshPolicy(core.db)));
    await (await refreshJob()).runFeedRefresh(core, { feedIds: [feedId], force: true });
    return subscriptionById(core.db, feedId);
  },
  feedPage: (core, request) => feedPage(core.db, request, stamp(core)),
  feedMarkLooked: (core) => {
    const at = stamp(core);
    writeFeedSetting(core.db, 'lastLookedAt', at);
    return { lastLookedAt: at };
  },
  feedSettings: (core) => feedSettings(core.db),
  feedSettingsSet: (core, changes) =>
    feedWrite(core, 'settings', () => {
      const settings = updateFeedSettings(core.db, changes);
      if (changes.retentionDays !== undefined) applyRetention(core.db, stamp(core));
      return settings;
    }),
  feedSuggestions: (core) => feedSuggestions(core.db),
  feedFollowMastodon: (core) =>
    feedWrite(core, 'subscribe', () => ({ subscribed: followEveryMastodonAccount(core.db, stamp(core)) })),
  feedImportOpml: async (core, { text, bytes, createPeople }) => {
    const { importOpml } = await opmlExchange();
    const result = await feedWrite(core, 'opml', () =>
      importOpml(core.db, (text ?? bytes)!, createPeople, stamp(core)),
    );
    if (result.created > 0) core.emit('rosterChanged', { reason: 'feed' });
    return result;
  },
  feedExportOpml: async (core) => (await opmlExchange()).exportOpml(core.db, core.now()),
  hideAdd: (core, request) => feedWrite(core, 'hide', () => addHide(core.db, request, stamp(core))),
  hideLift: (core, request) => feedWrite(core, 'hide', () => liftHide(core.db, request, stamp(core))),
  hideEdit: (core, request) => feedWrite(core, 'hide', () => editHide(core.db, request, stamp(core))),
  hideList: (core) => hideRuleListings(core.db, stamp(core)),
  feedNoisy: (core, { limit }) => noisyPosters(core.db, stamp(core), limit),
};
