import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { allRows, sql } from '../db/sql.js';
import { statusIs } from './contact-status.js';
import type { ImportedInteraction } from '../import/types.js';
import { linkedInSlug, nameKey } from './identity.js';

/** Finds the contact a message was exchanged with: by profile URL, else by a name only one contact has. */
export function contactForCounterpart(db: Db, interaction: ImportedInteraction): number | null {
  const slug = interaction.counterpartProfileUrl ? linkedInSlug(interaction.counterpartProfileUrl) : null;
  if (slug) {
    const row = prepared(db, 'SELECT contact_id FROM identity_keys WHERE key = ?').get(`li:${slug}`) as
      { contact_id: number } | undefined;
    if (row) return row.contact_id;
  }
  const key = nameKey(interaction.counterpartName);
  if (!key) return null;
  const rows = allRows<{ id: number }>(
    db,
    sql`SELECT id FROM contacts c WHERE sort_name = ${key} AND NOT ${statusIs('removed')} LIMIT 2`,
  );
  return rows.length === 1 && rows[0] ? rows[0].id : null;
}

/** Stores an interaction once: re-importing the same messages.csv adds nothing. Returns whether it was new. */
export function recordInteraction(db: Db, contactId: number, interaction: ImportedInteraction): boolean {
  return (
    prepared(
      db,
      `INSERT OR IGNORE INTO interactions (contact_id, kind, direction, at, folder, conversation_id)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      contactId,
      interaction.kind,
      interaction.direction,
      interaction.at,
      interaction.folder,
      interaction.conversationId ?? '',
    ).changes > 0
  );
}

/** Recomputes message counts and last interaction from the interactions table. */
export function refreshInteractionTotals(db: Db, ids: Iterable<number>): void {
  const update = prepared(
    db,
    `UPDATE contacts SET
       sent_count = (SELECT count(*) FROM interactions i WHERE i.contact_id = contacts.id
                       AND i.kind = 'message' AND i.direction = 'sent' AND coalesce(i.folder, '') <> 'SPAM'),
       received_count = (SELECT count(*) FROM interactions i WHERE i.contact_id = contacts.id
                       AND i.kind = 'message' AND i.direction = 'received' AND coalesce(i.folder, '') <> 'SPAM'),
       last_interaction_at = (SELECT max(at) FROM interactions i WHERE i.contact_id = contacts.id
                       AND coalesce(i.folder, '') <> 'SPAM')
     WHERE id = ?`,
  );
  for (const id of ids) update.run(id);
}
