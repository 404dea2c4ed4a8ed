import type { FeedSuggestions } from '../../../shared/feed-store.js';
import type { Db } from '../db/open-database.js';
import { allRows, sql } from '../db/sql.js';
import { mastodonFeedUrl } from './mastodon-feed-url.js';
import { addSubscription } from './subscriptions.js';

/**
 * What to subscribe to, from what was imported: every followed Mastodon account's public
 * posts (not the muted or blocked ones), and the websites of cards and CSVs. Only people in
 * the roster who have no feed yet.
 */

const IN_ROSTER_WITHOUT_FEED = sql`NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM feeds f WHERE f.contact_id = c.id)`;

function mastodonSuggestions(db: Db): FeedSuggestions['mastodon'] {
  const rows = allRows<{ contactId: number; name: string; handle: string }>(
    db,
    sql`SELECT c.id AS contactId, c.display_name AS name, min(h.handle) AS handle
          FROM contacts c JOIN contact_handles h ON h.contact_id = c.id
         WHERE ${IN_ROSTER_WITHOUT_FEED}
           AND NOT EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source = 'mastodon'
                             AND s.relation IN ('muted', 'blocked'))
         GROUP BY c.id ORDER BY c.sort_name`,
  );
  return rows.flatMap((row) => {
    const feedUrl = mastodonFeedUrl(row.handle);
    return feedUrl ? [{ ...row, handle: `@${row.handle.replace(/^@/, '')}`, feedUrl }] : [];
  });
}

function websiteSuggestions(db: Db): FeedSuggestions['websites'] {
  return allRows<{ contactId: number; name: string; url: string }>(
    db,
    sql`SELECT c.id AS contactId, c.display_name AS name, u.url
          FROM contacts c JOIN contact_urls u ON u.contact_id = c.id
         WHERE ${IN_ROSTER_WITHOUT_FEED} AND u.url LIKE 'http%'
           AND u.url NOT LIKE '%linkedin.com/%'
         ORDER BY c.sort_name, u.url`,
  );
}

export function feedSuggestions(db: Db): FeedSuggestions {
  return { mastodon: mastodonSuggestions(db), websites: websiteSuggestions(db) };
}

/** "Follow every Mastodon account": subscribes them all (fetched by the next refresh). */
export function followEveryMastodonAccount(db: Db, now: string): number {
  return db.transaction((): number => {
    let subscribed = 0;
    for (const suggestion of mastodonSuggestions(db))
      if (addSubscription(db, suggestion.contactId, suggestion.feedUrl, now).created) subscribed += 1;
    return subscribed;
  })();
}
