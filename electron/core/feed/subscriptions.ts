import type { FeedFetchState, ParsedFeed } from '../../../shared/feed.js';
import type { FeedSubscription, SubscriptionStatus } from '../../../shared/feed-store.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allRows, getRow, getValue, runSql, sql, type Sql } from '../db/sql.js';
import { initialFetchState } from './fetch-state.js';

/** Subscriptions: one row of `feeds` per person and feed URL, with the fetch state between refreshes. */

interface FeedRow {
  id: number;
  contact_id: number;
  contact_name: string;
  url: string;
  title: string | null;
  site_url: string | null;
  image_url: string | null;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  next_due_at: string | null;
  last_error: string | null;
  consecutive_failures: number;
  paused: number;
  inactive: number;
  posts: number;
  kind: 'mastodon' | 'web';
  avatar_error: string | null;
}

const SELECT_FEEDS = sql`SELECT f.*, c.display_name AS contact_name,
    EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = f.contact_id) AS inactive,
    (SELECT count(*) FROM feed_posts p WHERE p.feed_id = f.id) AS posts
  FROM feeds f JOIN contacts c ON c.id = f.contact_id`;

function statusOf(row: FeedRow): SubscriptionStatus {
  if (row.inactive) return 'inactive';
  if (row.paused) return 'paused';
  if (row.consecutive_failures > 0) return 'failing';
  return row.last_fetched_at === null ? 'new' : 'ok';
}

const toSubscription = (row: FeedRow): FeedSubscription => ({
  id: row.id,
  contactId: row.contact_id,
  contactName: row.contact_name,
  url: row.url,
  title: row.title,
  siteUrl: row.site_url,
  imageUrl: row.image_url,
  status: statusOf(row),
  lastFetchedAt: row.last_fetched_at,
  nextDueAt: row.inactive ? null : row.next_due_at,
  lastError: row.last_error,
  consecutiveFailures: row.consecutive_failures,
  paused: row.paused === 1,
  posts: row.posts,
  kind: row.kind,
  avatarError: row.avatar_error,
});

export function listSubscriptions(db: Db, contactId: number | null = null): FeedSubscription[] {
  const where = contactId === null ? sql`` : sql`WHERE f.contact_id = ${contactId}`;
  return allRows<FeedRow>(db, sql`${SELECT_FEEDS} ${where} ORDER BY c.sort_name, f.id`).map(toSubscription);
}

export function subscriptionById(db: Db, feedId: number): FeedSubscription {
  const row = getRow<FeedRow>(db, sql`${SELECT_FEEDS} WHERE f.id = ${feedId}`);
  if (!row) throw new CoreError('not_found', `No feed with id ${feedId}.`);
  return toSubscription(row);
}

export function requireContact(db: Db, contactId: number): string {
  const name = getValue<string | undefined>(db, sql`SELECT display_name FROM contacts WHERE id = ${contactId}`);
  if (name === undefined) throw new CoreError('not_found', `No contact with id ${contactId}.`);
  return name;
}

/** Adds a feed to a person (or finds the one they have); returns its id and whether it is new. */
export function addSubscription(
  db: Db,
  contactId: number,
  url: string,
  now: string,
): { feedId: number; created: boolean } {
  requireContact(db, contactId);
  const existing = getValue<number | undefined>(
    db,
    sql`SELECT id FROM feeds WHERE contact_id = ${contactId} AND url = ${url}`,
  );
  if (existing !== undefined) return { feedId: existing, created: false };
  const info = runSql(
    db,
    sql`INSERT INTO feeds (contact_id, url, next_due_at, created_at) VALUES (${contactId}, ${url}, ${now}, ${now})`,
  );
  return { feedId: Number(info.lastInsertRowid), created: true };
}

/** Removes a subscription and its posts. */
export function removeSubscription(db: Db, feedId: number): boolean {
  return runSql(db, sql`DELETE FROM feeds WHERE id = ${feedId}`).changes > 0;
}

/** The fetch state of a feed, as the refresh run takes it. */
export interface StoredFetchState extends FeedFetchState {
  feedId: number;
}

const toState = (row: FeedRow): StoredFetchState => ({
  feedId: row.id,
  url: row.url,
  etag: row.etag,
  lastModified: row.last_modified,
  lastFetchedAt: row.last_fetched_at,
  nextDueAt: row.next_due_at,
  lastError: row.last_error,
  consecutiveFailures: row.consecutive_failures,
  paused: row.paused === 1,
  postCount: row.posts,
});

/**
 * Feeds to fetch: of people in the roster only (removed and trashed people's feeds wait until
 * a restore), not paused; `due` limits them to those whose time has come.
 */
export function fetchableStates(
  db: Db,
  options: { feedIds: readonly number[] | null; dueBy: string | null },
): StoredFetchState[] {
  const conditions: Sql[] = [
    sql`NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = f.contact_id)`,
    sql`f.is_sample = 0`,
  ];
  if (options.feedIds === null) conditions.push(sql`f.paused = 0`);
  else conditions.push(sql`f.id IN (SELECT value FROM json_each(${JSON.stringify(options.feedIds)}))`);
  if (options.dueBy !== null) conditions.push(sql`f.next_due_at <= ${options.dueBy}`);
  const where = conditions.reduce((all, condition) => sql`${all} AND ${condition}`);
  return allRows<FeedRow>(
    db,
    sql`SELECT f.*, '' AS contact_name, 0 AS inactive, 0 AS posts FROM feeds f WHERE ${where} ORDER BY f.id`,
  ).map(toState);
}

/** Writes what a fetch learned: validators, dates, error, backoff. */
export function saveFetchState(db: Db, feedId: number, state: FeedFetchState): void {
  runSql(
    db,
    sql`UPDATE feeds SET etag = ${state.etag}, last_modified = ${state.lastModified},
          last_fetched_at = ${state.lastFetchedAt}, next_due_at = ${state.nextDueAt}, last_error = ${state.lastError},
          consecutive_failures = ${state.consecutiveFailures}, paused = ${state.paused ? 1 : 0}
        WHERE id = ${feedId}`,
  );
}

/** What a successful fetch says about the feed itself. */
export function saveFeedMeta(db: Db, feedId: number, feed: ParsedFeed): void {
  runSql(
    db,
    sql`UPDATE feeds SET title = ${feed.title}, site_url = ${feed.siteUrl}, image_url = ${feed.imageUrl},
          format = ${feed.format} WHERE id = ${feedId}`,
  );
}

export const newFetchState = initialFetchState;
