import type { MergeSurvivors } from '../../../shared/history.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { getRow, getValue, runSql, sql } from '../db/sql.js';
import { mergeContacts } from '../roster/merge-contacts.js';
import { reindexContacts } from '../roster/search-index.js';
import { beginBatch } from './batches.js';
import { restoreContactRows, snapshotContacts, type RowSnapshot } from './row-snapshot.js';

interface MergeRecord {
  batch_id: number;
  proposal_id: number | null;
  kept_id: number;
  dropped_id: number;
  kept_name: string;
  survivors: string;
  snapshot: string;
  kept_updated_at: string;
}

const displayName = (db: Db, id: number): string =>
  getValue<string | undefined>(db, sql`SELECT display_name FROM contacts WHERE id = ${id}`) ?? `#${id}`;

/** Folds `droppedId` into `keptId` with the user's choices, remembering both as they were. */
function mergeRemembered(db: Db, keptId: number, droppedId: number, survivors: MergeSurvivors, now: string) {
  const snapshot = snapshotContacts(db, [keptId, droppedId]);
  const droppedName = displayName(db, droppedId);
  const reindex = new Set<number>();
  mergeContacts(db, keptId, droppedId, now, reindex, survivors);
  reindexContacts(db, reindex);
  return {
    snapshot: JSON.stringify(snapshot),
    droppedName,
    keptName: displayName(db, keptId),
    keptUpdatedAt: getValue<string>(db, sql`SELECT updated_at FROM contacts WHERE id = ${keptId}`),
  };
}

/** A merge the user accepted: one entry of the undo history. Returns the batch id. */
export function recordedMerge(
  db: Db,
  proposalId: number | null,
  keptId: number,
  droppedId: number,
  survivors: MergeSurvivors,
  now: string,
): number {
  const batch = beginBatch(db, 'merge', null, now);
  runSql(
    db,
    sql`INSERT INTO audit_log (batch_id, contact_id, from_status, to_status) VALUES (${batch.id}, ${keptId}, 'active', 'active')`,
  );
  const merged = mergeRemembered(db, keptId, droppedId, survivors, now);
  runSql(
    db,
    sql`INSERT INTO merge_history (batch_id, proposal_id, kept_id, dropped_id, kept_name, dropped_name, survivors, snapshot, kept_updated_at)
        VALUES (${batch.id}, ${proposalId}, ${keptId}, ${droppedId}, ${merged.keptName}, ${merged.droppedName},
                ${JSON.stringify(survivors)}, ${merged.snapshot}, ${merged.keptUpdatedAt})`,
  );
  batch.commit();
  return batch.id;
}

function mergeRecord(db: Db, batchId: number): MergeRecord {
  const record = getRow<MergeRecord>(db, sql`SELECT * FROM merge_history WHERE batch_id = ${batchId}`);
  if (!record) throw new CoreError('not_found', 'This merge left no record to undo it with.');
  return record;
}

/** Both people exactly as they were before the merge, and the proposal open again. */
export function undoMerge(db: Db, batchId: number): number {
  const record = mergeRecord(db, batchId);
  const current = getValue<string | undefined>(db, sql`SELECT updated_at FROM contacts WHERE id = ${record.kept_id}`);
  if (current !== record.kept_updated_at)
    throw new CoreError(
      'invalid_input',
      `${record.kept_name} changed after the merge (a later import updated them), so Prune cannot unmerge them safely.`,
    );
  restoreContactRows(db, JSON.parse(record.snapshot) as RowSnapshot, [record.kept_id, record.dropped_id]);
  reindexContacts(db, [record.kept_id, record.dropped_id]);
  return 2;
}

/** The same merge again, with the same choices. */
export function redoMerge(db: Db, batchId: number, now: string): number {
  const record = mergeRecord(db, batchId);
  const exists = (id: number) => getValue<number>(db, sql`SELECT count(*) FROM contacts WHERE id = ${id}`) === 1;
  if (!exists(record.kept_id) || !exists(record.dropped_id))
    throw new CoreError('invalid_input', `${record.kept_name} can no longer be merged as before.`);
  if (record.proposal_id !== null)
    runSql(
      db,
      sql`UPDATE merge_proposals SET status = 'accepted', resolved_at = ${now} WHERE id = ${record.proposal_id}`,
    );
  const merged = mergeRemembered(
    db,
    record.kept_id,
    record.dropped_id,
    JSON.parse(record.survivors) as MergeSurvivors,
    now,
  );
  runSql(
    db,
    sql`UPDATE merge_history SET snapshot = ${merged.snapshot}, kept_updated_at = ${merged.keptUpdatedAt} WHERE batch_id = ${batchId}`,
  );
  return 2;
}

export const mergeLabelName = (db: Db, batchId: number): string | undefined =>
  getValue<string | undefined>(db, sql`SELECT kept_name FROM merge_history WHERE batch_id = ${batchId}`);
