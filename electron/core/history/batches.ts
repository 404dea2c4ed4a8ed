import { UndoableAction } from '../../../shared/history.js';
import type { Db } from '../db/open-database.js';
import { runSql, sql } from '../db/sql.js';

export type BatchAction = UndoableAction | 'purge';

const USER_ACTIONS: ReadonlySet<BatchAction> = new Set(UndoableAction.options);

export interface OpenBatch {
  id: number;
  /** The batch happened: a user action ends every chance to redo what was undone before it. */
  commit(): void;
  /** Nothing happened after all (every id was already in the target state). */
  discard(): void;
}

/** A new entry of the history. Call inside the transaction that does the work. */
export function beginBatch(db: Db, action: BatchAction, reason: string | null, now: string): OpenBatch {
  const id = Number(
    runSql(db, sql`INSERT INTO batches (action, reason, at) VALUES (${action}, ${reason}, ${now})`).lastInsertRowid,
  );
  return {
    id,
    commit() {
      if (USER_ACTIONS.has(action))
        runSql(db, sql`UPDATE batches SET redoable = 0 WHERE undone_at IS NOT NULL AND redoable = 1`);
    },
    discard() {
      runSql(db, sql`DELETE FROM batches WHERE id = ${id}`);
    },
  };
}
