import type { HideRuleListing, NoisyPoster } from '../../../shared/feed-hide.js';
import type { Db } from '../db/open-database.js';
import { allRows, getValue, sql } from '../db/sql.js';
import { posterInRoster, ruleActive } from './hide-conditions.js';
import { ruleDescription, type HideRuleRow } from './hide-rule-row.js';

/** The "Hidden & muted" view and "Who is noisy", both over the last weeks of posts. */

const DAY_MS = 86_400_000;
const daysBefore = (now: string, days: number): string => new Date(Date.parse(now) - days * DAY_MS).toISOString();

/** Every active rule, newest first, with how many posts of the last 30 days it hides. */
export function hideRuleListings(db: Db, now: string): HideRuleListing[] {
  const since = daysBefore(now, 30);
  const rows = allRows<HideRuleRow & { contact_name: string | null; post_title: string | null; hid: number }>(
    db,
    sql`SELECT r.*, c.display_name AS contact_name, fp.title AS post_title,
          CASE
            WHEN r.kind = 'post' THEN (SELECT count(*) FROM feed_posts p WHERE p.id = r.post_id AND p.published_at >= ${since})
            WHEN r.kind IN ('mute', 'snooze') THEN
              (SELECT count(*) FROM feed_posts p WHERE p.contact_id = r.contact_id AND p.published_at >= ${since})
            WHEN r.kind = 'cap' THEN
              (SELECT count(*) FROM feed_posts p WHERE p.contact_id = r.contact_id AND p.published_at >= ${since}
                 AND (CASE r.per WHEN 'day' THEN p.day_rank ELSE p.week_rank END) > r.max)
            ELSE (SELECT count(*) FROM hidden_posts h JOIN feed_posts p ON p.id = h.post_id
                   WHERE h.rule_id = r.id AND p.published_at >= ${since})
          END AS hid
        FROM hide_rules r
        LEFT JOIN contacts c ON c.id = r.contact_id
        LEFT JOIN feed_posts fp ON fp.id = r.post_id
       WHERE ${ruleActive(now)}
       ORDER BY r.created_at DESC, r.id DESC`,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    contactId: row.contact_id,
    contactName: row.contact_name,
    postId: row.post_id,
    postTitle: row.post_title,
    phrase: row.phrase,
    per: row.per,
    max: row.max,
    until: row.until,
    createdAt: row.created_at,
    hiddenLast30Days: row.hid,
    description: ruleDescription(row),
  }));
}

const WEEKS = 8;
const RECENT_WEEKS = 4;

/**
 * Who posts most over the last 4 weeks (their feeds counted as one poster), with an 8-week
 * series, oldest first, for the sparkline. Weeks are counted back from `now`.
 */
export function noisyPosters(db: Db, now: string, limit: number): NoisyPoster[] {
  const start = daysBefore(now, WEEKS * 7);
  const recentStart = daysBefore(now, RECENT_WEEKS * 7);
  const nowMs = Date.parse(now);
  const total = getValue<number>(
    db,
    sql`SELECT count(*) FROM feed_posts p WHERE p.published_at >= ${recentStart} AND p.published_at <= ${now}
          AND ${posterInRoster}`,
  );
  const rows = allRows<{
    contactId: number;
    name: string;
    recent: number;
    weeks: string;
    muted: number;
    capped: number;
  }>(
    db,
    sql`WITH counted AS (
          SELECT p.contact_id, count(*) AS recent FROM feed_posts p
           WHERE p.published_at >= ${recentStart} AND p.published_at <= ${now} AND ${posterInRoster}
           GROUP BY p.contact_id ORDER BY recent DESC, p.contact_id LIMIT ${limit})
        SELECT k.contact_id AS contactId, c.display_name AS name, k.recent,
          (SELECT json_group_array(published_at) FROM feed_posts p
            WHERE p.contact_id = k.contact_id AND p.published_at >= ${start} AND p.published_at <= ${now}) AS weeks,
          EXISTS (SELECT 1 FROM hide_rules r WHERE r.contact_id = k.contact_id AND r.kind IN ('mute', 'snooze')
                    AND ${ruleActive(now)}) AS muted,
          EXISTS (SELECT 1 FROM hide_rules r WHERE r.contact_id = k.contact_id AND r.kind = 'cap'
                    AND ${ruleActive(now)}) AS capped
        FROM counted k JOIN contacts c ON c.id = k.contact_id
        ORDER BY k.recent DESC, k.contact_id`,
  );
  return rows.map((row) => {
    const weekly = new Array<number>(WEEKS).fill(0);
    for (const at of JSON.parse(row.weeks) as string[]) {
      const weeksAgo = Math.floor((nowMs - Date.parse(at)) / (7 * DAY_MS));
      if (weeksAgo >= 0 && weeksAgo < WEEKS) weekly[WEEKS - 1 - weeksAgo]! += 1;
    }
    return {
      contactId: row.contactId,
      name: row.name,
      perWeek: row.recent / RECENT_WEEKS,
      weekly,
      share: total === 0 ? 0 : row.recent / total,
      muted: row.muted === 1,
      capped: row.capped === 1,
    };
  });
}
