import {
  toContactListing,
  type ContactDetail,
  type ContactListing,
  type ContactRow,
  type InteractionInfo,
  type MergeCandidate,
} from '../../../shared/domain.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allRows, sql } from '../db/sql.js';
import {
  fullRecordSelect,
  ROW_SELECT,
  toContactRow,
  toStoredContact,
  type FullRecord,
  type RowRecord,
  type StoredContact,
} from './contact-records.js';
import { statusIs } from './contact-status.js';

/** Rows for the given ids, in the order asked; unknown ids are left out. */
export function rowsByIds(db: Db, ids: readonly number[]): ContactRow[] {
  if (ids.length === 0) return [];
  const records = allRows<RowRecord>(
    db,
    sql`${ROW_SELECT} WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  return inOrderAsked(ids, records.map(toContactRow));
}

/** Everything stored about the given people, in the order asked, in one statement. */
export function storedContacts(db: Db, ids: readonly number[]): StoredContact[] {
  if (ids.length === 0) return [];
  const records = allRows<FullRecord>(
    db,
    fullRecordSelect(sql`c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`),
  );
  return inOrderAsked(ids, records.map(toStoredContact));
}

/** Everyone still in the roster, by name: what the address-book exports carry back. */
export function activeStoredContacts(db: Db): StoredContact[] {
  return allRows<FullRecord>(db, fullRecordSelect(statusIs('active'), sql`ORDER BY c.sort_name, c.id`)).map(
    toStoredContact,
  );
}

export const contactListings = (db: Db, ids: readonly number[]): ContactListing[] =>
  storedContacts(db, ids).map(toContactListing);

/** Both sides of merge proposals: what the user compares field by field. */
export const mergeCandidates = (db: Db, ids: readonly number[]): MergeCandidate[] =>
  storedContacts(db, ids).map(
    ({
      photo: _photo,
      photoType: _type,
      sentCount: _s,
      receivedCount: _r,
      createdAt: _c,
      updatedAt: _u,
      ...candidate
    }) => candidate,
  );

export function contactDetail(db: Db, id: number): ContactDetail {
  const [contact] = storedContacts(db, [id]);
  if (!contact) throw new CoreError('not_found', `No contact with id ${id}.`);
  const recentInteractions = allRows<InteractionInfo>(
    db,
    sql`SELECT kind, direction, at, folder FROM interactions WHERE contact_id = ${id} ORDER BY at DESC LIMIT 10`,
  );
  const sourceInfo = allRows<ContactDetail['sourceInfo'][number]>(
    db,
    sql`SELECT source, first_seen_at AS firstSeenAt, last_seen_at AS lastSeenAt
          FROM contact_sources WHERE contact_id = ${id} ORDER BY source`,
  );
  const { photo, photoType, ...fields } = contact;
  return { ...fields, photoDataUrl: photoDataUrl(photo, photoType), sourceInfo, recentInteractions };
}

function inOrderAsked<T extends { id: number }>(ids: readonly number[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const INLINE_PHOTO_LIMIT = 512 * 1024;
const SAFE_PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/** Only raster types the CSP allows as data: URLs, and only small enough to send with the detail. */
export function photoDataUrl(photo: Buffer | null, type: string | null, limit = INLINE_PHOTO_LIMIT): string | null {
  if (!photo || !type || photo.byteLength > limit) return null;
  const mediaType = type.toLowerCase();
  return SAFE_PHOTO_TYPES.has(mediaType) ? `data:${mediaType};base64,${photo.toString('base64')}` : null;
}
