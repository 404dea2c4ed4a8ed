import type { ContactStatus } from '../../../shared/domain.js';
import type { BatchResult } from '../../../shared/history.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { allValues, identifier, runSql, sql } from '../db/sql.js';
import { beginBatch } from '../history/batches.js';
import { JOINED_STATUS, REMOVAL_JOIN } from '../roster/contact-status.js';
import { keepConnectionKeys } from '../roster/connection-keys.js';
import { reindexContacts } from '../roster/search-index.js';

type RemovalAction = 'remove' | 'restore' | 'purge';

/** How each kind of batch changes `contact_removals` for the contacts its audit rows name. */
const APPLY: Record<RemovalAction, string> = {
  remove: `INSERT INTO contact_removals (contact_id, status, changed_at, reason)
           SELECT contact_id, 'trashed', @now, @reason FROM audit_log WHERE batch_id = @batch`,
  restore:
    'DELETE FROM contact_removals WHERE contact_id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)',
  purge: `UPDATE contact_removals SET status = 'removed', changed_at = @now
           WHERE contact_id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)`,
};

/**
 * Moves contacts between states as ONE batch, in one transaction, with an audit row per
 * contact recording the state each one left. Set-based SQL over a JSON id list, writing only
 * the narrow `contact_removals` rows: 10,000 people cost a few statements and no rewrite of
 * their contact rows.
 */
function transition(
  db: Db,
  ids: readonly number[],
  action: RemovalAction,
  from: readonly ContactStatus[],
  to: ContactStatus,
  reason: string | null,
  now: string,
): BatchResult {
  return db.transaction((): BatchResult => {
    const batch = beginBatch(db, action, reason, now);
    const logged = runSql(
      db,
      sql`INSERT INTO audit_log (batch_id, contact_id, from_status, to_status)
          SELECT ${batch.id}, c.id, ${JOINED_STATUS}, ${to} FROM contacts c ${REMOVAL_JOIN}
           WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
             AND ${JOINED_STATUS} IN (SELECT value FROM json_each(${JSON.stringify(from)}))`,
    ).changes;
    if (logged === 0) {
      batch.discard();
      return { batchId: null, changed: 0 };
    }
    batch.commit();
    const parameters = {
      remove: { batch: batch.id, now, reason },
      restore: { batch: batch.id },
      purge: { batch: batch.id, now },
    };
    prepared(db, APPLY[action]).run(parameters[action]);
    return { batchId: batch.id, changed: logged };
  })();
}

/** Moves active contacts to the trash. Nobody is notified: this only changes Prune's roster. */
export function removeContacts(db: Db, ids: readonly number[], reason: string | null, now: string): BatchResult {
  return transition(db, ids, 'remove', ['active'], 'trashed', reason?.trim() || null, now);
}

/**
 * Brings people back to the roster: from the trash with everything, or from the removed
 * (tombstones) with what a tombstone kept: name, addresses, profile and history of removal.
 */
export function restoreContacts(db: Db, ids: readonly number[], now: string): BatchResult {
  return transition(db, ids, 'restore', ['trashed', 'removed'], 'active', null, now);
}

const UNDO: Record<'remove' | 'restore', string> = {
  // Back to active: only those still in the trash (a purge since then is final).
  remove: `DELETE FROM contact_removals WHERE status = 'trashed'
             AND contact_id IN (SELECT contact_id FROM audit_log WHERE batch_id = @batch)`,
  // Back to the state they left (trash or tombstone), with the date and reason of the
  // removal that put them there, so the trash window does not restart: only those still active.
  restore: `INSERT INTO contact_removals (contact_id, status, changed_at, reason)
            SELECT a.contact_id, a.from_status, coalesce(removal.at, @now), removal.reason
              FROM audit_log a
              LEFT JOIN batches removal ON removal.id = (
                SELECT p.batch_id FROM audit_log p JOIN batches b ON b.id = p.batch_id
                 WHERE p.contact_id = a.contact_id AND b.action = 'remove' AND p.batch_id < a.batch_id
                 ORDER BY p.batch_id DESC LIMIT 1)
             WHERE a.batch_id = @batch
               AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = a.contact_id)`,
};

const REDO: Record<'remove' | 'restore', string> = {
  // Back to the trash with the batch's own date and reason: only those active again.
  remove: `INSERT INTO contact_removals (contact_id, status, changed_at, reason)
           SELECT a.contact_id, 'trashed', b.at, b.reason FROM audit_log a JOIN batches b ON b.id = a.batch_id
            WHERE a.batch_id = @batch
              AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = a.contact_id)`,
  // Back to the roster: only those still in the state the restore took them from.
  restore: `DELETE FROM contact_removals WHERE contact_id IN (
              SELECT a.contact_id FROM audit_log a
               WHERE a.batch_id = @batch AND a.from_status = contact_removals.status)`,
};

/** Reverses a removal or restore batch, contact by contact, where nothing has moved them since. */
export const undoRemovalBatch = (db: Db, batchId: number, action: 'remove' | 'restore', now: string): number =>
  prepared(db, UNDO[action]).run({ batch: batchId, now }).changes;

/** Applies an undone removal or restore batch again, to those still where the undo left them. */
export const redoRemovalBatch = (db: Db, batchId: number, action: 'remove' | 'restore'): number =>
  prepared(db, REDO[action]).run({ batch: batchId }).changes;

/** What a tombstone no longer keeps, besides the columns cleared below. */
const PURGED_TABLES = ['contact_phones', 'contact_urls', 'interactions'] as const;

/**
 * Trashed contacts become tombstones: name, identifiers (profile URL, emails, handles,
 * identity keys) and the reason stay, so re-imports do not resurrect them and reconnect
 * tools keep working; everything else is deleted. Final: a purge is never undone.
 */
export function purgeContacts(db: Db, ids: readonly number[], now: string): BatchResult {
  return db.transaction(() => {
    const result = transition(db, ids, 'purge', ['trashed'], 'removed', null, now);
    if (result.changed === 0) return result;
    const purged = allValues<number>(db, sql`SELECT contact_id FROM audit_log WHERE batch_id = ${result.batchId}`);
    // A tombstone loses its connection date: keep the LinkedIn key it gave, so an old export still finds it.
    keepConnectionKeys(db, purged);
    const json = JSON.stringify(purged);
    runSql(
      db,
      sql`UPDATE contacts SET company = NULL, position = NULL, note = NULL, photo = NULL, photo_type = NULL, photo_avatar_url = NULL,
            connected_on = NULL, last_interaction_at = NULL, sent_count = 0, received_count = 0
          WHERE id IN (SELECT value FROM json_each(${json}))`,
    );
    for (const table of PURGED_TABLES) {
      runSql(
        db,
        sql`DELETE FROM ${identifier(table, PURGED_TABLES)} WHERE contact_id IN (SELECT value FROM json_each(${json}))`,
      );
    }
    reindexContacts(db, JSON.parse(json) as number[]);
    return result;
  })();
}

/** Trash older than `days` becomes tombstones (at start-up, and `prune purge`). */
export function purgeTrash(db: Db, olderThanDays: number, now: string): BatchResult {
  const cutoff = new Date(Date.parse(now) - olderThanDays * 86_400_000).toISOString();
  const ids = allValues<number>(
    db,
    sql`SELECT contact_id FROM contact_removals WHERE status = 'trashed' AND changed_at <= ${cutoff}`,
  );
  return ids.length === 0 ? { batchId: null, changed: 0 } : purgeContacts(db, ids, now);
}

/** Everyone in the trash becomes a tombstone now ("Empty trash"). */
export const emptyTrash = (db: Db, now: string): BatchResult =>
  purgeContacts(db, allValues<number>(db, sql`SELECT contact_id FROM contact_removals WHERE status = 'trashed'`), now);

/** The user looked at a reappearance and keeps the person out: clear the flag. */
export function dismissReappearance(db: Db, ids: readonly number[]): number {
  return prepared(
    db,
    `UPDATE contact_removals SET reappeared_source = NULL, reappeared_at = NULL
      WHERE contact_id IN (SELECT value FROM json_each(?))`,
  ).run(JSON.stringify(ids)).changes;
}
