import type { HiddenReason } from '../../../shared/feed-hide.js';
import type { FeedItem, FeedPage, FeedPageRequest } from '../../../shared/feed-store.js';
import type { Db } from '../db/open-database.js';
import { allRows, joinSql, sql, type Sql } from '../db/sql.js';
import { hidingRuleId, posterInRoster, postVisible } from '../hide/hide-conditions.js';
import { hiddenReasonText, type HideRuleRow } from '../hide/hide-rule-row.js';
import { readFeedSetting } from './feed-settings.js';
import { MASTODON_FEED } from './mastodon-naming.js';
import { photoDataUrl } from '../roster/contact-reads.js';

/** Photos ride along with each page only when small: 50 cards stay light. */
const FEED_PHOTO_LIMIT = 64 * 1024;

/**
 * One page of the feed, newest first, answered by SQL with keyset paging: the page after
 * `cursor` (published_at, id), never an offset, never posts filtered in JavaScript. CROSS JOIN
 * keeps posts the outer loop, walked backwards through a time-ordered index: with statistics
 * (ANALYZE) SQLite otherwise may start from feeds and sort every post of the year.
 */

/** A page request with every default filled in (the contract's parsed input). */
export type PageRequest = Required<{ [K in keyof FeedPageRequest]: Exclude<FeedPageRequest[K], undefined> }>;

/** Every typed word as a quoted prefix term, so FTS operators in the input are inert. */
export function searchQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}\p{Co}]+/gu);
  return words ? words.map((word) => `"${word}"*`).join(' ') : null;
}

interface PageRow {
  id: number;
  feedId: number;
  contactId: number;
  contactName: string;
  photo: Buffer | null;
  photoType: string | null;
  source: string;
  feedUrl: string;
  imageUrl: string | null;
  title: string | null;
  url: string | null;
  summary: string | null;
  contentHtml: string | null;
  publishedAt: string;
  firstSeenAt: string;
  ruleId: number | null;
  ruleKind: HideRuleRow['kind'] | null;
  rulePhrase: string | null;
  rulePer: HideRuleRow['per'];
  ruleMax: number | null;
  ruleUntil: string | null;
}

/** The WHERE of a page without the cursor: who, which source, what text, hidden or not. */
export function pageConditions(request: Omit<PageRequest, 'cursor' | 'limit'>, now: string): Sql {
  const conditions: Sql[] = [posterInRoster];
  if (!request.includeHidden) conditions.push(postVisible(now));
  if (request.contactId !== null) conditions.push(sql`p.contact_id = ${request.contactId}`);
  if (request.feedId !== null) conditions.push(sql`p.feed_id = ${request.feedId}`);
  // feeds.kind is computed from the URL (migration 0110); `f` is the page query's feed.
  if (request.sourceKind !== null) conditions.push(sql`f.kind = ${request.sourceKind}`);
  const query = request.search ? searchQuery(request.search) : null;
  if (request.search && query === null) conditions.push(sql`0`);
  if (query !== null)
    conditions.push(sql`p.id IN (SELECT rowid FROM feed_posts_fts WHERE feed_posts_fts MATCH ${query})`);
  return joinSql(conditions, ' AND ');
}

export function feedPage(db: Db, request: PageRequest, now: string): FeedPage {
  const after = request.cursor
    ? sql`AND (p.published_at, p.id) < (${request.cursor.publishedAt}, ${request.cursor.id})`
    : sql``;
  const rows = allRows<PageRow>(
    db,
    sql`SELECT q.*, r.kind AS ruleKind, r.phrase AS rulePhrase, r.per AS rulePer, r.max AS ruleMax,
               r.until AS ruleUntil
          FROM (SELECT p.id, p.feed_id AS feedId, p.contact_id AS contactId, c.display_name AS contactName,
                       c.photo, c.photo_type AS photoType,
                       coalesce(f.title, f.url) AS source, f.url AS feedUrl, f.image_url AS imageUrl, p.title, p.url, p.summary,
                       p.content_html AS contentHtml, p.published_at AS publishedAt, p.first_seen_at AS firstSeenAt,
                       ${request.includeHidden ? hidingRuleId(now) : sql`NULL`} AS ruleId
                  FROM feed_posts p CROSS JOIN feeds f ON f.id = p.feed_id CROSS JOIN contacts c ON c.id = p.contact_id
                 WHERE ${pageConditions(request, now)} ${after}
                 ORDER BY p.published_at DESC, p.id DESC
                 LIMIT ${request.limit}) q
          LEFT JOIN hide_rules r ON r.id = q.ruleId
         ORDER BY q.publishedAt DESC, q.id DESC`,
  );
  const lastLookedAt = readFeedSetting(db, 'lastLookedAt');
  const items = rows.map((row): FeedItem => {
    const hidden: HiddenReason | null =
      row.ruleId === null || row.ruleKind === null
        ? null
        : {
            ruleId: row.ruleId,
            kind: row.ruleKind,
            reason: hiddenReasonText({
              kind: row.ruleKind,
              phrase: row.rulePhrase,
              per: row.rulePer,
              max: row.ruleMax,
              until: row.ruleUntil,
            }),
          };
    return {
      id: row.id,
      feedId: row.feedId,
      contactId: row.contactId,
      contactName: row.contactName,
      contactPhoto: photoDataUrl(row.photo, row.photoType, FEED_PHOTO_LIMIT),
      source: row.source,
      imageUrl: row.imageUrl,
      title: row.title,
      url: row.url,
      summary: row.summary,
      contentHtml: row.contentHtml,
      publishedAt: row.publishedAt,
      firstSeenAt: row.firstSeenAt,
      sourceKind: MASTODON_FEED.test(row.feedUrl) ? 'mastodon' : 'web',
      isNew: lastLookedAt !== null && row.firstSeenAt > lastLookedAt,
      hidden,
    };
  });
  const last = rows.at(-1);
  const nextCursor = rows.length === request.limit && last ? { publishedAt: last.publishedAt, id: last.id } : null;
  return { items, nextCursor, lastLookedAt };
}
