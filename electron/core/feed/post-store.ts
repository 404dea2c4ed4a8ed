import type { FeedPost } from '../../../shared/feed.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { getValue, runSql, sql } from '../db/sql.js';
import { materializeForPosts, rankPostsOf } from '../hide/hide-materialize.js';
import { feedSettings } from './feed-settings.js';

/**
 * Posts stored per feed: deduplicated by the parser's dedupeKey, an updated entry updates the
 * stored post (its first-seen date stays), posts past the retention window are neither stored
 * nor kept. Hidden posts are kept like the others.
 */

const DAY_MS = 86_400_000;

export interface StoredPosts {
  newPosts: number;
  updatedPosts: number;
}

export const retentionCutoff = (db: Db, now: string): string =>
  new Date(Date.parse(now) - feedSettings(db).retentionDays * DAY_MS).toISOString();

interface Existing {
  id: number;
  published_at: string;
  title: string | null;
  url: string | null;
  summary: string | null;
  content_html: string | null;
  updated_at: string | null;
}

/** Stores one fetch's posts for a feed, in the caller's transaction or its own. */
export function storeFeedPosts(db: Db, feedId: number, posts: readonly FeedPost[], now: string): StoredPosts {
  return db.transaction((): StoredPosts => {
    const contactId = getValue<number | undefined>(db, sql`SELECT contact_id FROM feeds WHERE id = ${feedId}`);
    if (contactId === undefined) return { newPosts: 0, updatedPosts: 0 };
    const cutoff = retentionCutoff(db, now);
    const find = prepared(
      db,
      'SELECT id, published_at, title, url, summary, content_html, updated_at FROM feed_posts WHERE feed_id = ? AND dedupe_key = ?',
    );
    const insert = prepared(
      db,
      `INSERT INTO feed_posts (feed_id, contact_id, dedupe_key, published_at, first_seen_at, updated_at, title, url,
         summary, content_html, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = prepared(
      db,
      `UPDATE feed_posts SET published_at = ?, updated_at = ?, title = ?, url = ?, summary = ?, content_html = ?,
         author = ? WHERE id = ?`,
    );
    const touched: number[] = [];
    // The earliest date a post arrived at or left: periods from there on are re-ranked.
    let earliest: string | null = null;
    const reaches = (date: string): void => {
      if (earliest === null || date < earliest) earliest = date;
    };
    let newPosts = 0;
    let updatedPosts = 0;
    for (const post of posts) {
      const html = post.contentHtml ?? post.summaryHtml;
      const summary = post.excerpt || null;
      const existing = find.get(feedId, post.dedupeKey) as Existing | undefined;
      if (!existing) {
        const published = post.published ?? post.updated ?? now;
        if (published < cutoff) continue;
        const info = insert.run(
          feedId,
          contactId,
          post.dedupeKey,
          published,
          now,
          post.updated,
          post.title,
          post.link,
          summary,
          html,
          post.author,
        );
        touched.push(Number(info.lastInsertRowid));
        reaches(published);
        newPosts += 1;
        continue;
      }
      // A feed without dates keeps the first-seen date it was stored with.
      const published = post.published ?? post.updated ?? existing.published_at;
      const changed =
        published !== existing.published_at ||
        post.title !== existing.title ||
        post.link !== existing.url ||
        summary !== existing.summary ||
        html !== existing.content_html ||
        post.updated !== existing.updated_at;
      if (!changed) continue;
      update.run(published, post.updated, post.title, post.link, summary, html, post.author, existing.id);
      touched.push(existing.id);
      reaches(published);
      reaches(existing.published_at);
      updatedPosts += 1;
    }
    materializeForPosts(db, touched, earliest);
    return { newPosts, updatedPosts };
  })();
}

/** Deletes posts published before the retention window; returns how many. */
export function applyRetention(db: Db, now: string): number {
  return db.transaction((): number => {
    const deleted = runSql(db, sql`DELETE FROM feed_posts WHERE published_at < ${retentionCutoff(db, now)}`).changes;
    // The period at the window's edge lost posts: its first N may be others now.
    if (deleted > 0) rankPostsOf(db, 'all', retentionCutoff(db, now));
    return deleted;
  })();
}
