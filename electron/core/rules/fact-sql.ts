import type { FactName } from '../../../shared/rules-facts.js';
import { sql, type Sql } from '../db/sql.js';

/**
 * Each fact of a person as an SQL expression over `contacts c`. The same expressions serve
 * the match (WHERE) and the explanation (SELECT), so what a proposal says is what matched.
 * Spam is stored but never counted, as in the contact's own totals.
 */

const NOT_SPAM = sql`coalesce(i.folder, '') <> 'SPAM'`;

const lastChange = (field: 'company' | 'position'): Sql =>
  sql`(SELECT max(f.changed_at) FROM field_changes f WHERE f.contact_id = c.id AND f.field = ${field})`;

const countInteractions = (kind: 'message' | 'invitation', direction: 'sent' | 'received'): Sql =>
  sql`(SELECT count(*) FROM interactions i WHERE i.contact_id = c.id AND i.kind = ${kind}
         AND i.direction = ${direction} AND ${NOT_SPAM})`;

/** Scalar facts: one value per person (dates as ISO text, counts, text, 0/1). */
export const SCALAR_FACT_SQL: Partial<Record<FactName, Sql>> = {
  connected_on: sql`c.connected_on`,
  last_interaction: sql`c.last_interaction_at`,
  company_changed: lastChange('company'),
  position_changed: lastChange('position'),
  messages_sent: sql`c.sent_count`,
  messages_received: sql`c.received_count`,
  // Messages you sent after the last one they sent you (all of them if they never answered).
  unanswered_messages: sql`(SELECT count(*) FROM interactions i WHERE i.contact_id = c.id AND i.kind = 'message'
      AND i.direction = 'sent' AND ${NOT_SPAM}
      AND i.at > coalesce((SELECT max(j.at) FROM interactions j WHERE j.contact_id = c.id AND j.kind = 'message'
                             AND j.direction = 'received' AND coalesce(j.folder, '') <> 'SPAM'), ''))`,
  invitations_sent: countInteractions('invitation', 'sent'),
  invitations_received: countInteractions('invitation', 'received'),
  // Invitations you sent to someone you are not connected with who sent you nothing since.
  invitations_unanswered: sql`(CASE WHEN c.connected_on IS NOT NULL THEN 0 ELSE
      (SELECT count(*) FROM interactions i WHERE i.contact_id = c.id AND i.kind = 'invitation'
          AND i.direction = 'sent' AND ${NOT_SPAM}
          AND NOT EXISTS (SELECT 1 FROM interactions j WHERE j.contact_id = c.id AND j.direction = 'received'
                            AND coalesce(j.folder, '') <> 'SPAM' AND j.at >= i.at)) END)`,
  source_count: sql`(SELECT count(*) FROM contact_sources s WHERE s.contact_id = c.id)`,
  // Other people in the roster with the same name: no shared key, or they would be one person.
  look_alikes: sql`(SELECT count(*) FROM contacts o WHERE o.sort_name = c.sort_name AND o.id <> c.id
      AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = o.id))`,
  has_email: sql`EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id)`,
  protected: sql`EXISTS (SELECT 1 FROM protected_contacts p WHERE p.contact_id = c.id)`,
  name: sql`c.display_name`,
  company: sql`c.company`,
  position: sql`c.position`,
};

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
