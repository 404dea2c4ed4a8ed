import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { WEAK_KEY_PREFIX } from './weak-keys.js';

/**
 * LinkedIn's weak key (name + connected-on date) can be read off the contact row itself: a
 * contact a LinkedIn row created has the row's name as `sort_name` and its date as
 * `connected_on`. So a record that also has a profile URL does not store it (a 30,000-row
 * export would write 30,000 keys no re-import of it needs: a fifth of the import's time); a
 * later export without URLs finds the contact through the row, and the key is stored then.
 * Whatever would change the row (a merge, a purge, a new connection date) stores it first.
 */
const CONNECTION_PREFIX = `${WEAK_KEY_PREFIX}linkedin:name:`;

export const isConnectionKey = (key: string): boolean => key.startsWith(CONNECTION_PREFIX);

/** The LinkedIn contact a connection key describes, read from the contacts table. */
export function contactByConnection(db: Db, key: string): number | undefined {
  const value = key.slice(CONNECTION_PREFIX.length);
  const bar = value.lastIndexOf('|');
  if (bar < 0) return undefined;
  return prepared(
    db,
    `SELECT c.id FROM contacts c WHERE c.sort_name = ? AND c.connected_on = ?
       AND EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source = 'linkedin')
     ORDER BY c.id LIMIT 1`,
  )
    .pluck()
    .get(value.slice(0, bar), value.slice(bar + 1)) as number | undefined;
}

/** Stores the connection keys of these contacts, before their name or date change or they go. */
export function keepConnectionKeys(db: Db, ids: readonly number[]): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO identity_keys (key, contact_id)
     SELECT '${CONNECTION_PREFIX}' || c.sort_name || '|' || c.connected_on, c.id FROM contacts c
      WHERE c.id IN (SELECT value FROM json_each(?)) AND c.connected_on IS NOT NULL AND c.sort_name <> ''
        AND EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source = 'linkedin')`,
  ).run(JSON.stringify(ids));
}
