import type { Db } from '../db/open-database.js';
import { getRow, getValue, runSql, sql } from '../db/sql.js';

/**
 * The undo history's side of accepted tags and flags ('review' batches). Accepted removals are
 * 'remove' batches and need nothing here; the proposals of an undone batch count as open again
 * (review-queue.ts), so undoing puts them back in the queue as well.
 */

const proposalsOf = (db: Db, batchId: number): number =>
  getValue<number>(db, sql`SELECT count(*) FROM rule_proposals WHERE batch_id = ${batchId}`);

/** "Ada Lovelace" or "3 proposals", for "Accept …" in the Edit menu and toasts. */
export function reviewLabelWho(db: Db, batchId: number): string {
  const { count, first } = getRow<{ count: number; first: string | null }>(
    db,
    sql`SELECT count(*) AS count, min(c.display_name) AS first
          FROM rule_proposals p JOIN contacts c ON c.id = p.contact_id WHERE p.batch_id = ${batchId}`,
  )!;
  return count === 1 && first ? first : `${count.toLocaleString('en-US')} proposals`;
}

/** The tags the batch added go; returns how many proposals it reopens. */
export function undoReviewBatch(db: Db, batchId: number): number {
  runSql(db, sql`DELETE FROM contact_tags WHERE batch_id = ${batchId}`);
  return proposalsOf(db, batchId);
}

/** The tags come back (where nobody added the same tag since). */
export function redoReviewBatch(db: Db, batchId: number, now: string): number {
  runSql(
    db,
    sql`INSERT OR IGNORE INTO contact_tags (contact_id, tag, batch_id, tagged_at)
        SELECT contact_id, json_extract(action, '$.tag'), ${batchId}, ${now} FROM rule_proposals
         WHERE batch_id = ${batchId} AND json_extract(action, '$.kind') = 'tag'`,
  );
  return proposalsOf(db, batchId);
}
