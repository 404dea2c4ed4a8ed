import type { Db } from '../db/open-database.js';
import { allValues, runSql, sql, type Sql } from '../db/sql.js';
import type { HideRuleRow } from './hide-rule-row.js';

/**
 * What the page query needs precomputed, so a page is index probes however many rules there are:
 * - muted words as rows of `hidden_posts` (rule, post), written when a rule is added, edited or
 *   brought back by Undo, and for the posts a refresh stores or changes;
 * - each post's place among its person's posts of its day and week (`day_rank`, `week_rank`),
 *   written when posts arrive, move (merge) or go (retention): a cap of N hides rank > N, so
 *   adding, editing or lifting a cap writes nothing but the rule.
 */

/** An FTS5 query for a phrase: one quoted phrase, so FTS syntax in it is inert; whole words only. */
export function phraseQuery(phrase: string): string {
  return `"${phrase.replaceAll('"', '""')}"`;
}

/** The Monday (UTC) of the week of an ISO date-time, as SQL: weeks run from Monday. */
const weekStart = (column: Sql): Sql => sql`date(substr(${column}, 1, 10), '-6 days', 'weekday 1')`;

/**
 * Re-ranks the posts of these people from the week of `from` on (all of them when null): the
 * periods where a post arrived, changed date or left. Only rows whose rank changed are written.
 */
export function rankPostsOf(db: Db, contactIds: readonly number[] | 'all', from: string | null): void {
  const who =
    contactIds === 'all' ? sql`1` : sql`contact_id IN (SELECT value FROM json_each(${JSON.stringify(contactIds)}))`;
  const since = from === null ? sql`1` : sql`published_at >= ${weekStart(sql`${from}`)}`;
  runSql(
    db,
    sql`UPDATE feed_posts SET day_rank = ranked.d, week_rank = ranked.w
          FROM (SELECT id,
                  row_number() OVER (PARTITION BY contact_id, substr(published_at, 1, 10) ORDER BY published_at, id) AS d,
                  row_number() OVER (PARTITION BY contact_id, ${weekStart(sql`published_at`)} ORDER BY published_at, id) AS w
                FROM feed_posts WHERE ${who} AND ${since}) AS ranked
         WHERE feed_posts.id = ranked.id AND (feed_posts.day_rank <> ranked.d OR feed_posts.week_rank <> ranked.w)`,
  );
}

function insertWordRows(db: Db, rule: HideRuleRow, onlyPosts: Sql | null): void {
  if (rule.phrase === null) return;
  runSql(
    db,
    sql`INSERT OR IGNORE INTO hidden_posts (rule_id, post_id)
        SELECT ${rule.id}, rowid FROM feed_posts_fts WHERE feed_posts_fts MATCH ${phraseQuery(rule.phrase)}
        ${onlyPosts ? sql`AND rowid IN ${onlyPosts}` : sql``}`,
  );
}

/** Rewrites the posts a word rule hides (nothing for a lifted rule, or any other kind). */
export function materializeRule(db: Db, rule: HideRuleRow): void {
  runSql(db, sql`DELETE FROM hidden_posts WHERE rule_id = ${rule.id}`);
  if (rule.lifted_at === null && rule.kind === 'word') insertWordRows(db, rule, null);
}

const unliftedWords = (db: Db): HideRuleRow[] =>
  allValues<string>(
    db,
    sql`SELECT json_object('id', id, 'kind', kind, 'contact_id', contact_id, 'post_id', post_id, 'phrase', phrase,
          'per', per, 'max', max, 'until', until, 'created_at', created_at, 'lifted_at', lifted_at, 'batch_id', batch_id)
          FROM hide_rules WHERE kind = 'word' AND lifted_at IS NULL`,
  ).map((json) => JSON.parse(json) as HideRuleRow);

/**
 * After a refresh stored or changed posts: words are matched on those posts again (an edited
 * title may now match or no longer), and their people's periods from `earliest` on are re-ranked
 * (a late post with an older date can change which posts are the first N of a period).
 */
export function materializeForPosts(db: Db, postIds: readonly number[], earliest: string | null = null): void {
  if (postIds.length === 0) return;
  const ids = JSON.stringify(postIds);
  const inPosts = sql`(SELECT value FROM json_each(${ids}))`;
  const words = unliftedWords(db);
  if (words.length > 0) {
    runSql(
      db,
      sql`DELETE FROM hidden_posts WHERE post_id IN ${inPosts}
            AND rule_id IN (SELECT id FROM hide_rules WHERE kind = 'word')`,
    );
    for (const rule of words) insertWordRows(db, rule, inPosts);
  }
  const people = allValues<number>(db, sql`SELECT DISTINCT contact_id FROM feed_posts WHERE id IN ${inPosts}`);
  const from =
    earliest ?? allValues<string>(db, sql`SELECT min(published_at) FROM feed_posts WHERE id IN ${inPosts}`)[0] ?? null;
  rankPostsOf(db, people, from);
}

/**
 * After people's posts moved or came back (a merge, or undoing one): words are matched on their
 * posts again and their posts re-ranked, the dropped person's posts now counting for the kept one.
 */
export function rematerializeContacts(db: Db, contactIds: readonly number[]): void {
  const ids = JSON.stringify(contactIds);
  const posts = allValues<number>(
    db,
    sql`SELECT id FROM feed_posts WHERE contact_id IN (SELECT value FROM json_each(${ids}))`,
  );
  if (posts.length > 0) materializeForPosts(db, posts);
  rankPostsOf(db, contactIds, null);
}
