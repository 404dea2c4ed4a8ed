import type { HistoryEntry, HistoryState, UndoableAction, UndoResult } from '../../../shared/history.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { getRow, runSql, sql } from '../db/sql.js';
import { redoRemovalBatch, undoRemovalBatch } from '../declutter/removal.js';
import { mergeLabelName, redoMerge, undoMerge } from './merge-history.js';
import { hideBatchLabel, redoHideBatch, undoHideBatch } from '../hide/hide-history.js';
import { redoReviewBatch, reviewLabelWho, undoReviewBatch } from '../rules/review-history.js';
import { redoSubscribeBatch, undoSubscribeBatch } from '../feed/subscribe-history.js';
import {
  redoDismissBatch,
  redoProtectBatch,
  resolutionLabel,
  undoDismissBatch,
  undoProtectBatch,
} from '../rules/resolution-history.js';

/**
 * One history of the user's actions (remove, restore, merge), newest first. Undo reverses
 * the newest one not undone; Redo re-applies the most recently undone one, until the user
 * does something new. Purges and imports are not in it.
 */

interface BatchRow {
  id: number;
  action: UndoableAction;
}

const nextToUndo = (db: Db): BatchRow | undefined =>
  getRow<BatchRow>(
    db,
    sql`SELECT id, action FROM batches WHERE undone_at IS NULL AND action <> 'purge' ORDER BY id DESC LIMIT 1`,
  );

const nextToRedo = (db: Db): BatchRow | undefined =>
  getRow<BatchRow>(
    db,
    sql`SELECT id, action FROM batches WHERE undone_at IS NOT NULL AND redoable = 1 AND action <> 'purge'
         ORDER BY undone_seq DESC, id DESC LIMIT 1`,
  );

const VERBS: Record<Exclude<UndoableAction, 'hide' | 'subscribe' | 'dismiss' | 'protect'>, string> = {
  remove: 'Remove',
  restore: 'Restore',
  merge: 'Merge',
  review: 'Accept',
};

/** "Remove Ada Lovelace", "Remove 3 people", "Merge Lise Meitner". */
export function entryOf(db: Db, batch: BatchRow): HistoryEntry {
  // Hides and OPML imports name themselves when they happen ("Mute Ada Lovelace", "Import 12 subscriptions").
  if (batch.action === 'hide' || batch.action === 'subscribe')
    return { batchId: batch.id, action: batch.action, label: hideBatchLabel(db, batch.id) };
  if (batch.action === 'dismiss' || batch.action === 'protect')
    return { batchId: batch.id, action: batch.action, label: resolutionLabel(db, batch.id, batch.action) };
  let who: string;
  if (batch.action === 'merge') who = mergeLabelName(db, batch.id) ?? 'two people';
  else if (batch.action === 'review') who = reviewLabelWho(db, batch.id);
  else {
    const { count, first } = getRow<{ count: number; first: string | null }>(
      db,
      sql`SELECT count(*) AS count, min(c.display_name) AS first
            FROM audit_log a JOIN contacts c ON c.id = a.contact_id WHERE a.batch_id = ${batch.id}`,
    )!;
    who = count === 1 && first ? first : `${count.toLocaleString('en-US')} people`;
  }
  return { batchId: batch.id, action: batch.action, label: `${VERBS[batch.action]} ${who}` };
}

export function historyState(db: Db): HistoryState {
  const undo = nextToUndo(db);
  const redo = nextToRedo(db);
  return { undo: undo ? entryOf(db, undo) : null, redo: redo ? entryOf(db, redo) : null };
}

export function undoLast(db: Db, now: string): UndoResult {
  return db.transaction((): UndoResult => {
    const batch = nextToUndo(db);
    if (!batch) throw new CoreError('not_found', 'Nothing to undo.');
    const entry = entryOf(db, batch);
    const changed =
      batch.action === 'merge'
        ? undoMerge(db, batch.id)
        : batch.action === 'hide'
          ? undoHideBatch(db, batch.id)
          : batch.action === 'review'
            ? undoReviewBatch(db, batch.id)
            : batch.action === 'subscribe'
              ? undoSubscribeBatch(db, batch.id)
              : batch.action === 'dismiss'
                ? undoDismissBatch(db, batch.id)
                : batch.action === 'protect'
                  ? undoProtectBatch(db, batch.id)
                  : undoRemovalBatch(db, batch.id, batch.action, now);
    runSql(
      db,
      sql`UPDATE batches SET undone_at = ${now},
            undone_seq = (SELECT coalesce(max(undone_seq), 0) + 1 FROM batches) WHERE id = ${batch.id}`,
    );
    return { ...entry, changed };
  })();
}

export function redoLast(db: Db, now: string): UndoResult {
  return db.transaction((): UndoResult => {
    const batch = nextToRedo(db);
    if (!batch) throw new CoreError('not_found', 'Nothing to redo.');
    const changed =
      batch.action === 'merge'
        ? redoMerge(db, batch.id, now)
        : batch.action === 'hide'
          ? redoHideBatch(db, batch.id)
          : batch.action === 'review'
            ? redoReviewBatch(db, batch.id, now)
            : batch.action === 'subscribe'
              ? redoSubscribeBatch(db, batch.id, now)
              : batch.action === 'dismiss'
                ? redoDismissBatch(db, batch.id, now)
                : batch.action === 'protect'
                  ? redoProtectBatch(db, batch.id, now)
                  : redoRemovalBatch(db, batch.id, batch.action);
    runSql(db, sql`UPDATE batches SET undone_at = NULL, undone_seq = NULL WHERE id = ${batch.id}`);
    return { ...entryOf(db, batch), changed };
  })();
}
