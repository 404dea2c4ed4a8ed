import type { ContactStatus } from '../../../shared/domain.js';
import { identifier, sql, type Sql } from '../db/sql.js';

/**
 * SQL for a contact's removal state. Active contacts have no `contact_removals` row (see
 * migration 0030); trashed and removed ones have exactly one. Every query that asks for a
 * status goes through these, so the rule lives in one place.
 */

/** The expressions that name a contact's id in the queries that ask for a status. */
export type ContactIdColumn = 'c.id' | 's.contact_id' | 'e.contact_id' | 'self.id' | 'other.id' | 'a.id' | 'b.id';
const CONTACT_ID_COLUMNS: readonly ContactIdColumn[] = [
  'c.id',
  's.contact_id',
  'e.contact_id',
  'self.id',
  'other.id',
  'a.id',
  'b.id',
];

/** A WHERE condition: the contact whose id is `contactId` is in `status`. */
export function statusIs(status: ContactStatus, contactId: ContactIdColumn = 'c.id'): Sql {
  const id = identifier(contactId, CONTACT_ID_COLUMNS);
  return status === 'active'
    ? sql`NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = ${id})`
    : sql`EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = ${id} AND r.status = ${status})`;
}

/** A WHERE condition: the contact is out of the roster, trashed or removed. */
export function isOutOfRoster(contactId: ContactIdColumn = 'c.id'): Sql {
  return sql`EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = ${identifier(contactId, CONTACT_ID_COLUMNS)})`;
}

/**
 * `contacts c` restricted to one status, as a FROM clause ending in a WHERE condition (append
 * more with AND). Trashed and removed people are few: those queries start from
 * `contact_removals` instead of scanning every contact.
 */
export function contactsIn(status: ContactStatus): Sql {
  return status === 'active'
    ? sql`contacts c WHERE ${statusIs('active')}`
    : sql`contact_removals r JOIN contacts c ON c.id = r.contact_id WHERE r.status = ${status}`;
}

/** Joined to `contacts c`: exposes `r.*` for the columns below (NULL for active contacts). */
export const REMOVAL_JOIN = sql`LEFT JOIN contact_removals r ON r.contact_id = c.id`;

/** The status of a contact over `contacts c` ${REMOVAL_JOIN}: no removal row means active. */
export const JOINED_STATUS = sql`coalesce(r.status, 'active')`;

/** Status columns for a SELECT over `contacts c` ${REMOVAL_JOIN}. */
export const REMOVAL_COLUMNS = sql`${JOINED_STATUS} AS status, r.changed_at AS status_changed_at,
    r.reason AS removal_reason, r.reappeared_source, r.reappeared_at`;
