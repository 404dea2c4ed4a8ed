import { MergeField, type MergeSurvivors } from '../../../shared/history.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { rematerializeContacts } from '../hide/hide-materialize.js';
import { getValue, identifier, joinSql, runSql, sql } from '../db/sql.js';
import { keepConnectionKeys } from './connection-keys.js';
import { refreshInteractionTotals } from './interaction-writes.js';
import { unindexContact } from './search-index.js';

/** The columns behind each field a merge can take from the other side. */
const MERGE_FIELD_COLUMNS: Record<MergeField, readonly MergeColumn[]> = {
  name: ['first_name', 'last_name', 'display_name', 'sort_name'],
  company: ['company'],
  position: ['position'],
  profileUrl: ['profile_url'],
  connectedOn: ['connected_on'],
  note: ['note'],
};
type MergeColumn =
  | 'first_name'
  | 'last_name'
  | 'display_name'
  | 'sort_name'
  | 'company'
  | 'position'
  | 'profile_url'
  | 'connected_on'
  | 'note';
const MERGE_COLUMNS = Object.values(MERGE_FIELD_COLUMNS).flat();

/** Fields the user chose from the dropped side ('b') replace the kept side's values. */
function takeFromDropped(db: Db, keepId: number, dropId: number, chosen: MergeSurvivors): void {
  // A name made up from an address (a Mastodon follow, an email-only card) gives way to a real one.
  const named = (id: number) =>
    getValue<number>(db, sql`SELECT first_name <> '' OR last_name <> '' FROM contacts WHERE id = ${id}`) === 1;
  const survivors: MergeSurvivors =
    chosen.name === undefined && !named(keepId) && named(dropId) ? { ...chosen, name: 'b' } : chosen;
  const columns = MergeField.options.filter((field) => survivors[field] === 'b').flatMap((f) => MERGE_FIELD_COLUMNS[f]);
  if (columns.length === 0) return;
  const assignments = columns.map((column) => {
    const name = identifier(column, MERGE_COLUMNS);
    return sql`${name} = (SELECT ${name} FROM contacts WHERE id = ${dropId})`;
  });
  runSql(db, sql`UPDATE contacts SET ${joinSql(assignments, ', ')} WHERE id = ${keepId}`);
}

/** The dropped person's photo wins when the kept one has none, or only a feed avatar against an imported photo. */
const TAKE_DROPPED_PHOTO = `(photo IS NULL OR (photo_avatar_url IS NOT NULL AND
  (SELECT photo IS NOT NULL AND photo_avatar_url IS NULL FROM contacts WHERE id = @drop)))`;

/** Tables whose rows simply change owner when two contacts become one. */
const MOVED_ON_MERGE = [
  'identity_keys',
  'contact_phones',
  'contact_handles',
  'contact_urls',
  'contact_sources',
  'feeds',
  'feed_posts',
  'hide_rules',
  'reconnect_attempts',
] as const;

/**
 * Folds `dropId` into `keepId`: identifiers, sources and interactions move over, empty
 * fields are filled, and the dropped contact is deleted. Used for key collisions and
 * for accepted merge proposals.
 */
export function mergeContacts(
  db: Db,
  keepId: number,
  dropId: number,
  now: string,
  reindex: Set<number>,
  survivors: MergeSurvivors = {},
): void {
  if (keepId === dropId) return;
  keepConnectionKeys(db, [dropId]);
  for (const table of MOVED_ON_MERGE) {
    runSql(
      db,
      sql`UPDATE OR IGNORE ${identifier(table, MOVED_ON_MERGE)} SET contact_id = ${keepId} WHERE contact_id = ${dropId}`,
    );
  }
  prepared(
    db,
    `INSERT OR IGNORE INTO contact_emails (contact_id, normalized, address, rank, source)
     SELECT ?, normalized, address, rank + 1000, source FROM contact_emails WHERE contact_id = ?`,
  ).run(keepId, dropId);
  prepared(db, 'UPDATE OR IGNORE interactions SET contact_id = ? WHERE contact_id = ?').run(keepId, dropId);
  // The dropped person's posts now count for the kept one: their words and caps again.
  rematerializeContacts(db, [keepId]);
  prepared(
    db,
    `UPDATE contacts SET
       company = coalesce(company, (SELECT company FROM contacts WHERE id = @drop)),
       position = coalesce(position, (SELECT position FROM contacts WHERE id = @drop)),
       profile_url = coalesce(profile_url, (SELECT profile_url FROM contacts WHERE id = @drop)),
       connected_on = coalesce(connected_on, (SELECT connected_on FROM contacts WHERE id = @drop)),
       note = coalesce(note, (SELECT note FROM contacts WHERE id = @drop)),
       photo_type = CASE WHEN ${TAKE_DROPPED_PHOTO} THEN (SELECT photo_type FROM contacts WHERE id = @drop) ELSE photo_type END,
       photo_avatar_url = CASE WHEN ${TAKE_DROPPED_PHOTO} THEN (SELECT photo_avatar_url FROM contacts WHERE id = @drop)
         ELSE photo_avatar_url END,
       photo = CASE WHEN ${TAKE_DROPPED_PHOTO} THEN (SELECT photo FROM contacts WHERE id = @drop) ELSE photo END,
       updated_at = @now
     WHERE id = @keep`,
  ).run({ keep: keepId, drop: dropId, now });
  takeFromDropped(db, keepId, dropId, survivors);
  prepared(db, 'DELETE FROM contacts WHERE id = ?').run(dropId);
  unindexContact(db, dropId);
  reindex.delete(dropId);
  refreshInteractionTotals(db, [keepId]);
  reindex.add(keepId);
}
