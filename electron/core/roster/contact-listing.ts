import type { ContactStatus, SourceKind } from '../../../shared/domain.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { JOINED_STATUS, REMOVAL_JOIN } from './contact-status.js';

/** A contact as the CLI prints it: stable field names scripts can rely on. */
export interface ContactListing {
  id: number;
  name: string;
  emails: string[];
  company: string | null;
  position: string | null;
  profileUrl: string | null;
  sources: SourceKind[];
  status: ContactStatus;
  connectedOn: string | null;
  /** Trashed or removed, and listed again by a later import (see reappearedIn). */
  reappeared: boolean;
  reappearedIn: SourceKind | null;
  removalReason: string | null;
}

export function contactListings(db: Db, ids: readonly number[]): ContactListing[] {
  const rows = prepared(
    db,
    `SELECT c.id, c.display_name AS name, c.company, c.position, c.profile_url AS profileUrl,
            ${JOINED_STATUS} AS status, c.connected_on AS connectedOn,
            r.reappeared_source AS reappearedIn, r.reason AS removalReason,
            (SELECT json_group_array(address) FROM (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY rank)) AS emails,
            (SELECT json_group_array(source) FROM (SELECT source FROM contact_sources WHERE contact_id = c.id ORDER BY source)) AS sources
       FROM contacts c ${REMOVAL_JOIN} WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (Omit<ContactListing, 'emails' | 'sources' | 'reappeared'> & {
    emails: string;
    sources: string;
  })[];
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        ...row,
        emails: JSON.parse(row.emails) as string[],
        sources: JSON.parse(row.sources) as SourceKind[],
        reappeared: row.reappearedIn !== null,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
