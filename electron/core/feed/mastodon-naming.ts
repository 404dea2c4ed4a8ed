import type { ParsedFeed } from '../../../shared/feed.js';
import type { Db } from '../db/open-database.js';
import { allValues, getRow, runSql, sql } from '../db/sql.js';
import { hasOwnName, isBorrowedName } from '../roster/display-names.js';
import { nameKey } from '../roster/identity.js';
import { reindexContacts } from '../roster/search-index.js';
import { nonEmpty } from './feed-text.js';

/**
 * A Mastodon account's feed names it (issue 11): a contact that only has its handle as a name
 * takes the feed's title (the account's display name), and is proposed for merging with the
 * people of that name. The avatar stays on the feed (`image_url`), shown when remote images are on.
 */

/** The shape of a Mastodon account's public feed URL (mastodon-feed-url.ts). */
export const MASTODON_FEED = /^https:\/\/[^/]+\/@[^/]+\.rss$/;

export function nameContactFromMastodonFeed(db: Db, feedId: number, feed: ParsedFeed, now: string): boolean {
  const row = getRow<{ url: string; contact_id: number; first_name: string; last_name: string; display_name: string }>(
    db,
    sql`SELECT f.url, f.contact_id, c.first_name, c.last_name, c.display_name
          FROM feeds f JOIN contacts c ON c.id = f.contact_id WHERE f.id = ${feedId}`,
  );
  const title = nonEmpty(feed.title?.replace(/\s+/gu, ' ').trim() ?? null);
  if (!row || !title || !MASTODON_FEED.test(row.url) || hasOwnName(row) || isBorrowedName(title)) return false;
  const key = nameKey(title);
  runSql(
    db,
    sql`UPDATE contacts SET display_name = ${title}, sort_name = ${key}, updated_at = ${now} WHERE id = ${row.contact_id}`,
  );
  reindexContacts(db, [row.contact_id]);
  const namesakes = allValues<number>(
    db,
    sql`SELECT c.id FROM contacts c WHERE c.sort_name = ${key} AND c.id <> ${row.contact_id}
          AND NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = c.id) LIMIT 4`,
  );
  // Many people of that name say nothing about which one this is.
  if (namesakes.length <= 3) {
    for (const other of namesakes)
      runSql(
        db,
        sql`INSERT OR IGNORE INTO merge_proposals (contact_a, contact_b, reason, created_at)
            VALUES (${Math.min(other, row.contact_id)}, ${Math.max(other, row.contact_id)},
                    ${`The Mastodon feed of ${row.display_name} names it ${title}`}, ${now})`,
      );
  }
  return true;
}
