import { sql, type Sql } from '../db/sql.js';

/**
 * The one definition of "hidden", as SQL over `feed_posts p` (issue 11). A rule is active while
 * it is not lifted and its `until` (if any) is still ahead. Post, person and cap rules are probed
 * by index (a cap compares the post's precomputed rank in its period); muted words through
 * `hidden_posts`. hide-materialize.ts keeps both in step.
 * The TypeScript reference (test/helpers/feed-reference.ts) states the same rules plainly.
 */

/** `r` is an active rule at `now` (ISO). */
export const ruleActive = (now: string): Sql => sql`r.lifted_at IS NULL AND (r.until IS NULL OR r.until > ${now})`;

/** The person is in the roster: removed and trashed people's posts never show, hidden or not. */
export const posterInRoster = sql`NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = p.contact_id)`;

const hiddenByPostRule = (now: string): Sql =>
  sql`EXISTS (SELECT 1 FROM hide_rules r WHERE r.post_id = p.id AND r.kind = 'post' AND ${ruleActive(now)})`;

/** A cap of N hides the posts after the first N of their period (rank > N). */
const overCap = sql`(CASE r.per WHEN 'day' THEN p.day_rank ELSE p.week_rank END) > r.max`;

const hiddenByPersonRule = (now: string): Sql =>
  sql`EXISTS (SELECT 1 FROM hide_rules r WHERE r.contact_id = p.contact_id AND r.kind IN ('mute', 'snooze', 'cap')
        AND ${ruleActive(now)} AND (r.kind <> 'cap' OR ${overCap}))`;

const hiddenByDerivedRule = (now: string): Sql =>
  sql`EXISTS (SELECT 1 FROM hidden_posts h JOIN hide_rules r ON r.id = h.rule_id
        WHERE h.post_id = p.id AND ${ruleActive(now)})`;

/** `p` is hidden at `now` by any active rule. */
export const postHidden = (now: string): Sql =>
  sql`(${hiddenByPostRule(now)} OR ${hiddenByPersonRule(now)} OR ${hiddenByDerivedRule(now)})`;

/** `p` is visible at `now`. */
export const postVisible = (now: string): Sql => sql`NOT ${postHidden(now)}`;

/**
 * The rule that explains why `p` is hidden, or NULL: a hidden post first, then a mute, a snooze,
 * a muted word, a cap (each by lowest id). Selected for the rows of a page only.
 */
export const hidingRuleId = (now: string): Sql => sql`(
  SELECT r.id FROM hide_rules r WHERE ${ruleActive(now)} AND (
      (r.kind = 'post' AND r.post_id = p.id)
      OR (r.kind IN ('mute', 'snooze') AND r.contact_id = p.contact_id)
      OR (r.kind = 'cap' AND r.contact_id = p.contact_id AND ${overCap})
      OR (r.kind = 'word' AND r.id IN (SELECT h.rule_id FROM hidden_posts h WHERE h.post_id = p.id)))
    ORDER BY CASE r.kind WHEN 'post' THEN 0 WHEN 'mute' THEN 1 WHEN 'snooze' THEN 2 WHEN 'word' THEN 3 ELSE 4 END, r.id
    LIMIT 1)`;
