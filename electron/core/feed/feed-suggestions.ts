import type { FeedSuggestions } from '../../../shared/feed-store.js';
import type { Db } from '../db/open-database.js';
import { allRows, sql } from '../db/sql.js';
import { mastodonFeedUrl } from './mastodon-feed-url.js';
import { mastodonHandleOfProfileUrl } from './mastodon-profile-url.js';
import { addSubscription } from './subscriptions.js';

/**
 * What to subscribe to, from what was imported: every followed Mastodon account's public
 * posts (not the muted or blocked ones), and the websites of cards and CSVs. A card's URL that is a
 * Mastodon profile (`https://host/@user`) is an account, offered under Mastodon. Only people in
 * the roster who have no feed yet.
 */

const IN_ROSTER_WITHOUT_FEED = sql`NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM feeds f WHERE f.contact_id = c.id)`;

interface CardUrl {
  contactId: number;
  name: string;
  url: string;
}

const NOT_MUTED_ON_MASTODON = sql`NOT EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id
  AND s.source = 'mastodon' AND s.relation IN ('muted', 'blocked'))`;

function cardUrls(db: Db): CardUrl[] {
  return allRows<CardUrl>(
    db,
    sql`SELECT c.id AS contactId, c.display_name AS name, u.url
          FROM contacts c JOIN contact_urls u ON u.contact_id = c.id
         WHERE ${IN_ROSTER_WITHOUT_FEED} AND u.url LIKE 'http%'
           AND u.url NOT LIKE '%linkedin.com/%'
         ORDER BY c.sort_name, u.url`,
  );
}

type MastodonSuggestion = FeedSuggestions['mastodon'][number];

function asSuggestion(contactId: number, name: string, handle: string): MastodonSuggestion[] {
  const feedUrl = mastodonFeedUrl(handle);
  return feedUrl ? [{ contactId, name, handle: `@${handle.replace(/^@/, '')}`, feedUrl }] : [];
}

function mastodonSuggestions(db: Db, urls: CardUrl[]): FeedSuggestions['mastodon'] {
  const rows = allRows<{ contactId: number; name: string; handle: string }>(
    db,
    sql`SELECT c.id AS contactId, c.display_name AS name, min(h.handle) AS handle
          FROM contacts c JOIN contact_handles h ON h.contact_id = c.id
         WHERE ${IN_ROSTER_WITHOUT_FEED} AND ${NOT_MUTED_ON_MASTODON}
         GROUP BY c.id ORDER BY c.sort_name`,
  );
  const fromHandles = rows.flatMap((row) => asSuggestion(row.contactId, row.name, row.handle));
  // One account per person: a handle wins over a profile URL on the same card.
  const offered = new Set(fromHandles.map((row) => row.contactId));
  const fromProfiles = urls.flatMap((row) => {
    const handle = mastodonHandleOfProfileUrl(row.url);
    if (!handle || offered.has(row.contactId)) return [];
    offered.add(row.contactId);
    return asSuggestion(row.contactId, row.name, handle);
  });
  return [...fromHandles, ...fromProfiles];
}

function websiteSuggestions(urls: CardUrl[]): FeedSuggestions['websites'] {
  return urls.filter((row) => mastodonHandleOfProfileUrl(row.url) === null);
}

export function feedSuggestions(db: Db): FeedSuggestions {
  const urls = cardUrls(db);
  return { mastodon: mastodonSuggestions(db, urls), websites: websiteSuggestions(urls) };
}

/** "Follow every Mastodon account": subscribes them all (fetched by the next refresh). */
export function followEveryMastodonAccount(db: Db, now: string): number {
  return db.transaction((): number => {
    let subscribed = 0;
    for (const suggestion of mastodonSuggestions(db, cardUrls(db)))
      if (addSubscription(db, suggestion.contactId, suggestion.feedUrl, now).created) subscribed += 1;
    return subscribed;
  })();
}
