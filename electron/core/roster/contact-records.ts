import type { ContactRow, ContactStatus, SourceKind } from '../../../shared/domain.js';
import { sql, type Sql } from '../db/sql.js';
import { REMOVAL_COLUMNS, REMOVAL_JOIN } from './contact-status.js';

/**
 * The two stored shapes of a contact, each named once with one mapper:
 * - a list row (`ContactRow`): what the table shows, read 500 at a time while scrolling;
 * - a full record: everything stored about the person, for the detail pane, the CLI's
 *   listing and the exports, read in one statement however many people it covers.
 */

interface RowColumns {
  id: number;
  display_name: string;
  company: string | null;
  position: string | null;
  connected_on: string | null;
  last_interaction_at: string | null;
  status: ContactStatus;
  status_changed_at: string | null;
  removal_reason: string | null;
  reappeared_source: SourceKind | null;
  reappeared_at: string | null;
  primary_email: string | null;
  sources: string | null;
}

/** `SELECT … FROM contacts c …` for list rows; append a WHERE. */
export const ROW_SELECT = sql`SELECT c.id, c.display_name, c.company, c.position, c.connected_on, c.last_interaction_at,
    ${REMOVAL_COLUMNS},
    (SELECT address FROM contact_emails e WHERE e.contact_id = c.id ORDER BY rank LIMIT 1) AS primary_email,
    (SELECT group_concat(source) FROM contact_sources s WHERE s.contact_id = c.id) AS sources
  FROM contacts c ${REMOVAL_JOIN}`;

export type RowRecord = RowColumns;

export const toContactRow = (record: RowRecord): ContactRow => ({
  id: record.id,
  name: record.display_name,
  company: record.company,
  position: record.position,
  primaryEmail: record.primary_email,
  connectedOn: record.connected_on,
  lastInteractionAt: record.last_interaction_at,
  sources: (record.sources ? record.sources.split(',') : []).sort() as SourceKind[],
  status: record.status,
  statusChangedAt: record.status === 'active' ? null : record.status_changed_at,
  removalReason: record.removal_reason,
  reappearedIn: record.reappeared_source,
  reappearedAt: record.reappeared_at,
});

/** A full record as SQLite returns it: lists arrive as JSON arrays, one statement for any number of people. */
export interface FullRecord extends RowRecord {
  first_name: string;
  last_name: string;
  profile_url: string | null;
  note: string | null;
  photo: Buffer | null;
  photo_type: string | null;
  sent_count: number;
  received_count: number;
  created_at: string;
  updated_at: string;
  emails_json: string;
  phones_json: string;
  handles_json: string;
  urls_json: string;
}

/** `SELECT … FROM contacts c …` for full records; `where` and `orderBy` complete it. */
export function fullRecordSelect(where: Sql, orderBy: Sql = sql``): Sql {
  return sql`SELECT c.id, c.display_name, c.company, c.position, c.connected_on, c.last_interaction_at,
      ${REMOVAL_COLUMNS},
      c.first_name, c.last_name, c.profile_url, c.note, c.photo, c.photo_type, c.sent_count, c.received_count,
      c.created_at, c.updated_at,
      (SELECT group_concat(source) FROM contact_sources s WHERE s.contact_id = c.id) AS sources,
      (SELECT json_group_array(address) FROM (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY rank)) AS emails_json,
      (SELECT json_group_array(number) FROM (SELECT number FROM contact_phones WHERE contact_id = c.id ORDER BY number)) AS phones_json,
      (SELECT json_group_array(handle) FROM (SELECT handle FROM contact_handles WHERE contact_id = c.id ORDER BY handle)) AS handles_json,
      (SELECT json_group_array(url) FROM (SELECT url FROM contact_urls WHERE contact_id = c.id ORDER BY url)) AS urls_json,
      NULL AS primary_email
    FROM contacts c ${REMOVAL_JOIN} WHERE ${where} ${orderBy}`;
}

/** A full record with its lists parsed: what detail, listing and exports are made from. */
export interface StoredContact extends ContactRow {
  firstName: string;
  lastName: string;
  emails: string[];
  phones: string[];
  handles: string[];
  urls: string[];
  profileUrl: string | null;
  note: string | null;
  photo: Buffer | null;
  photoType: string | null;
  sentCount: number;
  receivedCount: number;
  createdAt: string;
  updatedAt: string;
}

export function toStoredContact(record: FullRecord): StoredContact {
  const emails = JSON.parse(record.emails_json) as string[];
  return {
    ...toContactRow({ ...record, primary_email: emails[0] ?? null }),
    firstName: record.first_name,
    lastName: record.last_name,
    emails,
    phones: JSON.parse(record.phones_json) as string[],
    handles: JSON.parse(record.handles_json) as string[],
    urls: JSON.parse(record.urls_json) as string[],
    profileUrl: record.profile_url,
    note: record.note,
    photo: record.photo,
    photoType: record.photo_type,
    sentCount: record.sent_count,
    receivedCount: record.received_count,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
}
