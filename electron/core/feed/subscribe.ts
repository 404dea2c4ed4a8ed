import type { FeedSubscribeResult } from '../../../shared/feed-store.js';
import { CoreError } from '../../../shared/result.js';
import type { Core } from '../core.js';
import { findFeed } from './find-feed.js';
import { feedUserAgent } from './fetch-limits.js';
import { initialFetchState, nextFetchState } from './fetch-state.js';
import { refreshPolicy } from './feed-settings.js';
import { refreshMastodonAvatars } from './mastodon-avatar.js';
import { nameContactFromMastodonFeed } from './mastodon-naming.js';
import { storeFeedPosts } from './post-store.js';
import { addSubscription, requireContact, saveFeedMeta, saveFetchState } from './subscriptions.js';

/**
 * Subscribes a person to what the user typed: a feed URL, a website (its feed is discovered) or
 * a Mastodon handle. The feed is fetched once to find it and prove it is one; its posts are stored.
 */
export async function subscribeContact(core: Core, contactId: number, address: string): Promise<FeedSubscribeResult> {
  requireContact(core.db, contactId);
  const found = await findFeed(core.fetch, address, feedUserAgent(core.version));
  if (found.status === 'failed') throw new CoreError('invalid_input', `Could not subscribe: ${found.failure.message}`);
  const db = core.db;
  const now = core.now();
  const stored = db.transaction((): { result: FeedSubscribeResult; renamed: boolean } => {
    const { feedId, created } = addSubscription(db, contactId, found.url, now.toISOString());
    const state = nextFetchState(initialFetchState(found.url, now.getTime()), found, now.getTime(), refreshPolicy(db));
    saveFetchState(db, feedId, state);
    saveFeedMeta(db, feedId, found.feed);
    const { newPosts } = storeFeedPosts(db, feedId, found.feed.posts, now.toISOString());
    const renamed = nameContactFromMastodonFeed(db, feedId, found.feed, now.toISOString());
    return { result: { feedId, url: found.url, title: found.feed.title, created, newPosts }, renamed };
  })();
  const pictured = await refreshMastodonAvatars(core, [stored.result.feedId]);
  if (stored.renamed || pictured > 0) core.emit('rosterChanged', { reason: 'feed' });
  return stored.result;
}
