import type { ContactStatus } from '../../../shared/domain.js';

/**
 * SQL for a contact's removal state. Active contacts have no `contact_removals` row (see
 * migration 0030); trashed and removed ones have exactly one. Every query that asks for a
 * status goes through these, so the rule lives in one place.
 */

/**
 * A WHERE condition: the contact whose id is the SQL expression `contactId` is in `status`.
 * Statuses are a closed set, never user text.
 */
export function statusIs(status: ContactStatus, contactId = 'c.id'): string {
  return status === 'active'
    ? `NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = ${contactId})`
    : `EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = ${contactId} AND r.status = '${status}')`;
}

/**
 * `contacts c` restricted to one status, as a FROM clause. Trashed and removed people are
 * few: those queries start from `contact_removals` instead of scanning every contact.
 */
export function contactsIn(status: ContactStatus): string {
  return status === 'active'
    ? `contacts c WHERE ${statusIs('active')}`
    : `contact_removals r JOIN contacts c ON c.id = r.contact_id WHERE r.status = '${status}'`;
}

/** Joined to `contacts c`: exposes `r.*` for the columns below (NULL for active contacts). */
export const REMOVAL_JOIN = 'LEFT JOIN contact_removals r ON r.contact_id = c.id';

/** The status of a contact over `contacts c` ${REMOVAL_JOIN}: no removal row means active. */
export const JOINED_STATUS = "coalesce(r.status, 'active')";

/** Status columns for a SELECT over `contacts c` ${REMOVAL_JOIN}. */
export const REMOVAL_COLUMNS = `${JOINED_STATUS} AS status, r.changed_at AS status_changed_at,
    r.reason AS removal_reason, r.reappeared_source, r.reappeared_at`;
