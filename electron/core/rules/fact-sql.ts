import { FEED_WINDOW_DAYS, type FactName } from '../../../shared/rules-facts.js';
import { sql, type Sql } from '../db/sql.js';
import { daysAgo } from './rule-time.js';

/**
 * Each fact of a person as an SQL expression over `contacts c`, at a moment `now`. The same
 * expressions serve the match (WHERE) and the explanation (SELECT), so what a proposal says is
 * what matched. Spam is stored but never counted, as in the contact's own totals.
 */

const NOT_SPAM = sql`coalesce(i.folder, '') <> 'SPAM'`;

const lastChange = (field: 'company' | 'position'): Sql =>
  sql`(SELECT max(f.changed_at) FROM field_changes f WHERE f.contact_id = c.id AND f.field = ${field})`;

const countInteractions = (kind: 'message' | 'invitation', direction: 'sent' | 'received'): Sql =>
  sql`(SELECT count(*) FROM interactions i WHERE i.contact_id = c.id AND i.kind = ${kind}
         AND i.direction = ${direction} AND ${NOT_SPAM})`;

const recentPosts = (since: string): Sql =>
  sql`(SELECT count(*) FROM feed_posts fp WHERE fp.contact_id = c.id AND fp.published_at >= ${since})`;

/** A mute, snooze or cap of this person that holds now (feed-core's "active" rule). */
const hiddenAs = (kind: 'mute' | 'snooze' | 'cap', now: string): Sql =>
  sql`EXISTS (SELECT 1 FROM hide_rules h WHERE h.contact_id = c.id AND h.kind = ${kind}
        AND h.lifted_at IS NULL AND (h.until IS NULL OR h.until > ${now}))`;

/** Scalar facts: one value per person (dates as ISO text, counts, text, 0/1). */
export function scalarFactSql(fact: FactName, now: Date): Sql | null {
  const at = now.toISOString();
  const since = daysAgo(now, FEED_WINDOW_DAYS);
  switch (fact) {
    case 'connected_on':
      return sql`c.connected_on`;
    case 'last_interaction':
      return sql`c.last_interaction_at`;
    case 'company_changed':
      return lastChange('company');
    case 'position_changed':
      return lastChange('position');
    case 'messages_sent':
      return sql`c.sent_count`;
    case 'messages_received':
      return sql`c.received_count`;
    case 'unanswered_messages':
      // Messages you sent after the last one they sent you (all of them if they never answered).
      return sql`(SELECT count(*) FROM interactions i WHERE i.contact_id = c.id AND i.kind = 'message'
          AND i.direction = 'sent' AND ${NOT_SPAM}
          AND i.at > coalesce((SELECT max(j.at) FROM interactions j WHERE j.contact_id = c.id AND j.kind = 'message'
                                 AND j.direction = 'received' AND coalesce(j.folder, '') <> 'SPAM'), ''))`;
    case 'invitations_sent':
      return countInteractions('invitation', 'sent');
    case 'invitations_received':
      return countInteractions('invitation', 'received');
    case 'invitations_unanswered':
      // Invitations you sent to someone you are not connected with who sent you nothing since.
      return sql`(CASE WHEN c.connected_on IS NOT NULL THEN 0 ELSE
          (SELECT count(*) FROM interactions i WHERE i.contact_id = c.id AND i.kind = 'invitation'
              AND i.direction = 'sent' AND ${NOT_SPAM}
              AND NOT EXISTS (SELECT 1 FROM interactions j WHERE j.contact_id = c.id AND j.direction = 'received'
                                AND coalesce(j.folder, '') <> 'SPAM' AND j.at >= i.at)) END)`;
    case 'source_count':
      return sql`(SELECT count(*) FROM contact_sources s WHERE s.contact_id = c.id)`;
    case 'look_alikes':
      // Other people in the roster with the same name: no shared key, or they would be one person.
      return sql`(SELECT count(*) FROM contacts o WHERE o.sort_name = c.sort_name AND o.id <> c.id
          AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = o.id))`;
    case 'has_email':
      return sql`(c.id IN (SELECT e.contact_id FROM contact_emails e))`;
    case 'protected':
      return sql`EXISTS (SELECT 1 FROM protected_contacts p WHERE p.contact_id = c.id)`;
    case 'name':
      return sql`c.display_name`;
    case 'company':
      return sql`c.company`;
    case 'position':
      return sql`c.position`;
    case 'subscribed':
      return sql`(c.id IN (SELECT f.contact_id FROM feeds f))`;
    case 'updates_per_week':
      return sql`(${recentPosts(since)} * 7.0 / ${FEED_WINDOW_DAYS})`;
    case 'feed_share':
      // Percent of everyone's posts in the window; the total is one uncorrelated subquery, computed once.
      return sql`coalesce(100.0 * ${recentPosts(since)} /
          nullif((SELECT count(*) FROM feed_posts fa WHERE fa.published_at >= ${since}), 0), 0)`;
    case 'last_post':
      return sql`(SELECT max(fp.published_at) FROM feed_posts fp WHERE fp.contact_id = c.id)`;
    case 'muted':
      return hiddenAs('mute', at);
    case 'snoozed':
      return hiddenAs('snooze', at);
    case 'capped':
      return hiddenAs('cap', at);
    default:
      return null;
  }
}

/** List facts: a JSON array per person, for explanations. */
export const LIST_FACT_SQL: Partial<Record<FactName, Sql>> = {
  email: sql`(SELECT json_group_array(e.address) FROM contact_emails e WHERE e.contact_id = c.id)`,
  sources: sql`(SELECT json_group_array(s.source) FROM contact_sources s WHERE s.contact_id = c.id)`,
  tags: sql`(SELECT json_group_array(t.tag) FROM contact_tags t WHERE t.contact_id = c.id)`,
};

/** For changed fields, the value before the last change ("was Acme"), read with the explanation. */
export const PREVIOUS_VALUE_SQL: Partial<Record<FactName, Sql>> = {
  company_changed: sql`(SELECT f.previous FROM field_changes f WHERE f.contact_id = c.id AND f.field = 'company'
                         ORDER BY f.changed_at DESC, f.id DESC LIMIT 1)`,
  position_changed: sql`(SELECT f.previous FROM field_changes f WHERE f.contact_id = c.id AND f.field = 'position'
                          ORDER BY f.changed_at DESC, f.id DESC LIMIT 1)`,
};
