import type { ContactStatus } from '../../../shared/domain.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';

export interface BatchResult {
  batchId: number | null;
  /** How many contacts actually changed state (ids already in the target state are left alone). */
  changed: number;
}

/**
 * Moves contacts between states as ONE batch, in one transaction, with an audit row per
 * contact. Set-based SQL over a JSON id list: 10,000 people cost one statement each way.
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
    const json = JSON.stringify(ids);
    const batchId = Number(
      prepared(db, 'INSERT INTO batches (action, reason, at) VALUES (?, ?, ?)').run(action, reason, now)
        .lastInsertRowid,
    );
    const logged = prepared(
      db,
      `INSERT INTO audit_log (batch_id, contact_id, from_status, to_status)
       SELECT ?, c.id, c.status, ? FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.status = ?`,
    ).run(batchId, to, json, from).changes;
    if (logged === 0) {
      prepared(db, 'DELETE FROM batches WHERE id = ?').run(batchId);
      return { batchId: null, changed: 0 };
    }
    prepared(
      db,
      `UPDATE contacts SET status = ?, status_changed_at = ?, updated_at = ?,
         removal_reason = CASE WHEN ? = 'active' THEN NULL ELSE coalesce(?, removal_reason) END
       WHERE id IN (SELECT contact_id FROM audit_log WHERE batch_id = ?)`,
    ).run(to, now, now, to, reason, batchId);
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

/**
 * Reverses the newest batch not yet undone (a removal or a restore): each contact goes back
 * to the state it had, if nothing else has moved it since. Purges are final and not undone.
 */
export function undoLastBatch(db: Db, now: string): BatchResult & { action: string | null } {
  return db.transaction(() => {
    const batch = prepared(
      db,
      "SELECT id, action FROM batches WHERE undone_at IS NULL AND action IN ('remove', 'restore') ORDER BY id DESC LIMIT 1",
    ).get() as { id: number; action: string } | undefined;
    if (!batch) throw new CoreError('not_found', 'Nothing to undo.');
    // The IN list is not correlated, so SQLite visits only the batch's contacts by primary key.
    const changed = prepared(
      db,
      `UPDATE contacts SET status = (SELECT from_status FROM audit_log a WHERE a.batch_id = @batch AND a.contact_id = contacts.id),
         status_changed_at = @now, updated_at = @now
       WHERE id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)
         AND status = (SELECT to_status FROM audit_log a WHERE a.batch_id = @batch AND a.contact_id = contacts.id)`,
    ).run({ batch: batch.id, now }).changes;
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
  const ids = prepared(db, "SELECT id FROM contacts WHERE status = 'trashed' AND status_changed_at <= ?")
    .pluck()
    .all(cutoff) as number[];
  if (ids.length === 0) return { batchId: null, changed: 0 };
  return db.transaction(() => {
    const result = transition(db, ids, 'purge', 'trashed', 'removed', null, now);
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
    return result;
  })();
}

/** The user looked at a reappearance and keeps the person out: clear the flag. */
export function dismissReappearance(db: Db, ids: readonly number[]): number {
  return prepared(
    db,
    'UPDATE contacts SET reappeared_source = NULL, reappeared_at = NULL WHERE id IN (SELECT value FROM json_each(?))',
  ).run(JSON.stringify(ids)).changes;
}
