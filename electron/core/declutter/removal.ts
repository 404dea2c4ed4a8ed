import type { ContactStatus } from '../../../shared/domain.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { keepConnectionKeys } from '../roster/connection-keys.js';
import { statusIs } from '../roster/contact-status.js';
import { reindexContacts } from '../roster/search-index.js';

export interface BatchResult {
  batchId: number | null;
  /** How many contacts actually changed state (ids already in the target state are left alone). */
  changed: number;
}

/** How each kind of batch changes `contact_removals` for the contacts its audit rows name. */
const APPLY: Record<'remove' | 'restore' | 'purge', string> = {
  remove: `INSERT INTO contact_removals (contact_id, status, changed_at, reason)
           SELECT contact_id, 'trashed', @now, @reason FROM audit_log WHERE batch_id = @batch`,
  restore:
    'DELETE FROM contact_removals WHERE contact_id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)',
  purge: `UPDATE contact_removals SET status = 'removed', changed_at = @now
           WHERE contact_id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)`,
};

/**
 * Moves contacts between states as ONE batch, in one transaction, with an audit row per
 * contact. Set-based SQL over a JSON id list, writing only the narrow `contact_removals`
 * rows: 10,000 people cost a few statements and no rewrite of their contact rows.
 */
function transition(
  db: Db,
  ids: readonly number[],
  action: 'remove' | 'restore' | 'purge',
  from: ContactStatus,
  to: ContactStatus,
  reason: string | null,
  now: string,
): BatchResult {
  return db.transaction((): BatchResult => {
    const batchId = Number(
      prepared(db, 'INSERT INTO batches (action, reason, at) VALUES (?, ?, ?)').run(action, reason, now)
        .lastInsertRowid,
    );
    const logged = prepared(
      db,
      `INSERT INTO audit_log (batch_id, contact_id, from_status, to_status)
       SELECT @batch, c.id, @from, @to FROM contacts c
        WHERE c.id IN (SELECT value FROM json_each(@ids)) AND ${statusIs(from)}`,
    ).run({ batch: batchId, from, to, ids: JSON.stringify(ids) }).changes;
    if (logged === 0) {
      prepared(db, 'DELETE FROM batches WHERE id = ?').run(batchId);
      return { batchId: null, changed: 0 };
    }
    const parameters = {
      remove: { batch: batchId, now, reason },
      restore: { batch: batchId },
      purge: { batch: batchId, now },
    };
    prepared(db, APPLY[action]).run(parameters[action]);
    return { batchId, changed: logged };
  })();
}

/** Moves active contacts to the trash. Nobody is notified: this only changes Prune's roster. */
export function removeContacts(db: Db, ids: readonly number[], reason: string | null, now: string): BatchResult {
  return transition(db, ids, 'remove', 'active', 'trashed', reason?.trim() || null, now);
}

/** Brings trashed contacts back to the roster. */
export function restoreContacts(db: Db, ids: readonly number[], now: string): BatchResult {
  return transition(db, ids, 'restore', 'trashed', 'active', null, now);
}

const UNDO: Record<'remove' | 'restore', string> = {
  // Back to active: only those still in the trash (a purge since then is final).
  remove: `DELETE FROM contact_removals WHERE status = 'trashed'
             AND contact_id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)`,
  // Back to the trash, with the date and reason of the removal that put them there, so the
  // 30-day window does not restart: only those still active.
  restore: `INSERT INTO contact_removals (contact_id, status, changed_at, reason)
            SELECT a.contact_id, 'trashed', coalesce(removal.at, @now), removal.reason
              FROM audit_log a
              LEFT JOIN batches removal ON removal.id = (
                SELECT p.batch_id FROM audit_log p JOIN batches b ON b.id = p.batch_id
                 WHERE p.contact_id = a.contact_id AND b.action = 'remove' AND p.batch_id < a.batch_id
                 ORDER BY p.batch_id DESC LIMIT 1)
             WHERE a.batch_id = @batch
               AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = a.contact_id)`,
};

/**
 * Reverses the newest batch not yet undone (a removal or a restore): each contact goes back
 * to the state it had, if nothing else has moved it since. Purges are final and not undone.
 */
export function undoLastBatch(db: Db, now: string): BatchResult & { action: string | null } {
  return db.transaction(() => {
    const batch = prepared(
      db,
      "SELECT id, action FROM batches WHERE undone_at IS NULL AND action IN ('remove', 'restore') ORDER BY id DESC LIMIT 1",
    ).get() as { id: number; action: 'remove' | 'restore' } | undefined;
    if (!batch) throw new CoreError('not_found', 'Nothing to undo.');
    const changed = prepared(db, UNDO[batch.action]).run({ batch: batch.id, now }).changes;
    prepared(db, 'UPDATE batches SET undone_at = ? WHERE id = ?').run(now, batch.id);
    return { batchId: batch.id, changed, action: batch.action };
  })();
}

/**
 * Trashed contacts older than `days` become tombstones: name, identifiers (profile URL,
 * emails, handles, identity keys) and the reason stay, so re-imports do not resurrect them
 * and reconnect tools keep working; everything else is deleted.
 */
export function purgeTrash(db: Db, olderThanDays: number, now: string): BatchResult {
  const cutoff = new Date(Date.parse(now) - olderThanDays * 86_400_000).toISOString();
  const ids = prepared(db, "SELECT contact_id FROM contact_removals WHERE status = 'trashed' AND changed_at <= ?")
    .pluck()
    .all(cutoff) as number[];
  if (ids.length === 0) return { batchId: null, changed: 0 };
  return db.transaction(() => {
    const result = transition(db, ids, 'purge', 'trashed', 'removed', null, now);
    // A tombstone loses its connection date: keep the LinkedIn key it gave, so an old export still finds it.
    keepConnectionKeys(db, ids);
    const json = JSON.stringify(ids);
    prepared(
      db,
      `UPDATE contacts SET company = NULL, position = NULL, note = NULL, photo = NULL, photo_type = NULL,
         connected_on = NULL, last_interaction_at = NULL, sent_count = 0, received_count = 0
       WHERE id IN (SELECT value FROM json_each(?))`,
    ).run(json);
    for (const table of ['contact_phones', 'contact_urls', 'interactions']) {
      prepared(db, `DELETE FROM ${table} WHERE contact_id IN (SELECT value FROM json_each(?))`).run(json);
    }
    reindexContacts(db, ids);
    return result;
  })();
}

/** The user looked at a reappearance and keeps the person out: clear the flag. */
export function dismissReappearance(db: Db, ids: readonly number[]): number {
  return prepared(
    db,
    `UPDATE contact_removals SET reappeared_source = NULL, reappeared_at = NULL
      WHERE contact_id IN (SELECT value FROM json_each(?))`,
  ).run(JSON.stringify(ids)).changes;
}
