import type { Db } from '../db/open-database.js';
import { allValues, runSql, sql, type Sql } from '../db/sql.js';
import type { HideRuleRow } from './hide-rule-row.js';

/**
 * Word and cap rules are kept as rows of `hidden_posts` (rule, post), so a page of the feed is
 * index probes however many rules there are. They are written when a rule is added, edited or
 * brought back by Undo, and for the posts a refresh stores (words) or the people it touches (caps).
 */

/** An FTS5 query for a phrase: one quoted phrase, so FTS syntax in it is inert; whole words only. */
export function phraseQuery(phrase: string): string {
  return `"${phrase.replaceAll('"', '""')}"`;
}

/** The period a post falls in, as SQL over `published_at`: a UTC day, or the week from Monday. */
const periodOf = (per: 'day' | 'week'): Sql =>
  per === 'day' ? sql`substr(published_at, 1, 10)` : sql`date(substr(published_at, 1, 10), '-6 days', 'weekday 1')`;

function insertCapRows(db: Db, rule: HideRuleRow): void {
  if (rule.contact_id === null || rule.per === null || rule.max === null) return;
  runSql(
    db,
    sql`INSERT OR IGNORE INTO hidden_posts (rule_id, post_id)
        SELECT ${rule.id}, id FROM (
          SELECT id, row_number() OVER (PARTITION BY ${periodOf(rule.per)} ORDER BY published_at, id) AS n
            FROM feed_posts WHERE contact_id = ${rule.contact_id})
         WHERE n > ${rule.max}`,
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

/** Rewrites the posts one rule hides (nothing for a lifted rule, or a post/person rule). */
export function materializeRule(db: Db, rule: HideRuleRow): void {
  runSql(db, sql`DELETE FROM hidden_posts WHERE rule_id = ${rule.id}`);
  if (rule.lifted_at !== null) return;
  if (rule.kind === 'cap') insertCapRows(db, rule);
  else if (rule.kind === 'word') insertWordRows(db, rule, null);
}

const unlifted = (db: Db, kind: 'word' | 'cap', extra: Sql): HideRuleRow[] =>
  allValues<string>(
    db,
    sql`SELECT json_object('id', id, 'kind', kind, 'contact_id', contact_id, 'post_id', post_id, 'phrase', phrase,
          'per', per, 'max', max, 'until', until, 'created_at', created_at, 'lifted_at', lifted_at, 'batch_id', batch_id)
          FROM hide_rules WHERE kind = ${kind} AND lifted_at IS NULL ${extra}`,
  ).map((json) => JSON.parse(json) as HideRuleRow);

/**
 * After a refresh stored or changed posts: words are matched on those posts (an edited title
 * may now match or no longer), and the caps of their people are recounted (a late post with an
 * older date can change which posts are the first N of a period).
 */
export function materializeForPosts(db: Db, postIds: readonly number[]): void {
  if (postIds.length === 0) return;
  const ids = JSON.stringify(postIds);
  const inPosts = sql`(SELECT value FROM json_each(${ids}))`;
  const words = unlifted(db, 'word', sql``);
  if (words.length > 0) {
    runSql(
      db,
      sql`DELETE FROM hidden_posts WHERE post_id IN ${inPosts}
            AND rule_id IN (SELECT id FROM hide_rules WHERE kind = 'word')`,
    );
    for (const rule of words) insertWordRows(db, rule, inPosts);
  }
  const caps = unlifted(
    db,
    'cap',
    sql`AND contact_id IN (SELECT DISTINCT contact_id FROM feed_posts WHERE id IN ${inPosts})`,
  );
  for (const rule of caps) materializeRule(db, rule);
}

/** After a merge or a move of posts between people: recount every cap of these people. */
export function materializeCapsOf(db: Db, contactIds: readonly number[]): void {
  const ids = JSON.stringify(contactIds);
  for (const rule of unlifted(db, 'cap', sql`AND contact_id IN (SELECT value FROM json_each(${ids}))`))
    materializeRule(db, rule);
}

/**
 * After people's posts moved or came back (a merge, or undoing one): words are matched on their
 * posts again and their caps recounted, the dropped person's posts now counting for the kept one.
 */
export function rematerializeContacts(db: Db, contactIds: readonly number[]): void {
  const ids = JSON.stringify(contactIds);
  materializeForPosts(
    db,
    allValues<number>(db, sql`SELECT id FROM feed_posts WHERE contact_id IN (SELECT value FROM json_each(${ids}))`),
  );
  materializeCapsOf(db, contactIds);
}
