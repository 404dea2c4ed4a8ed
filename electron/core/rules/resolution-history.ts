import type { Db } from '../db/open-database.js';
import { getRow, getValue, runSql, sql } from '../db/sql.js';

/**
 * The undo history's side of dismissals and "Never suggest" ('dismiss' and 'protect' batches).
 * Each batch keeps the proposals it took out of the queue (review_resolutions), so Undo puts back
 * exactly those and forgets exactly the dismissal or protection it made.
 */

/** Keeps the proposals `json` (ids) before they leave the queue, with any dismissal they replace. */
export function keepResolved(db: Db, batchId: number, json: string): void {
  runSql(
    db,
    sql`INSERT INTO review_resolutions (batch_id, proposal_id, rule_id, contact_id, action, why, fingerprint,
          created_at, previous_fingerprint, previous_dismissed_at)
        SELECT ${batchId}, p.id, p.rule_id, p.contact_id, p.action, p.why, p.fingerprint, p.created_at,
               d.fingerprint, d.dismissed_at
          FROM rule_proposals p LEFT JOIN rule_dismissals d ON d.rule_id = p.rule_id AND d.contact_id = p.contact_id
         WHERE p.id IN (SELECT value FROM json_each(${json}))`,
  );
}

/** The proposals come back open (unless their rule or person is gone); returns how many. */
function reopen(db: Db, batchId: number): number {
  return runSql(
    db,
    sql`INSERT OR IGNORE INTO rule_proposals (id, rule_id, contact_id, action, why, fingerprint, status, created_at)
        SELECT r.proposal_id, r.rule_id, r.contact_id, r.action, r.why, r.fingerprint, 'open', r.created_at
          FROM review_resolutions r
         WHERE r.batch_id = ${batchId}
           AND EXISTS (SELECT 1 FROM rules WHERE id = r.rule_id)
           AND EXISTS (SELECT 1 FROM contacts WHERE id = r.contact_id)`,
  ).changes;
}

const takeOut = (db: Db, batchId: number): void => {
  runSql(
    db,
    sql`DELETE FROM rule_proposals WHERE status = 'open'
          AND id IN (SELECT proposal_id FROM review_resolutions WHERE batch_id = ${batchId})`,
  );
};

/** Records the dismissals of the kept proposals (with the fingerprint of what the rule read). */
export function rememberDismissals(db: Db, batchId: number, now: string): void {
  runSql(
    db,
    sql`INSERT OR REPLACE INTO rule_dismissals (rule_id, contact_id, fingerprint, dismissed_at)
        SELECT rule_id, contact_id, fingerprint, ${now} FROM review_resolutions WHERE batch_id = ${batchId}
           AND EXISTS (SELECT 1 FROM rules WHERE id = rule_id) AND EXISTS (SELECT 1 FROM contacts WHERE id = contact_id)`,
  );
  takeOut(db, batchId);
}

/** Forgets the dismissals (restoring any they replaced) and reopens the proposals. */
export function undoDismissBatch(db: Db, batchId: number): number {
  runSql(
    db,
    sql`DELETE FROM rule_dismissals WHERE EXISTS (SELECT 1 FROM review_resolutions r WHERE r.batch_id = ${batchId}
          AND r.rule_id = rule_dismissals.rule_id AND r.contact_id = rule_dismissals.contact_id)`,
  );
  runSql(
    db,
    sql`INSERT OR IGNORE INTO rule_dismissals (rule_id, contact_id, fingerprint, dismissed_at)
        SELECT rule_id, contact_id, previous_fingerprint, previous_dismissed_at FROM review_resolutions
         WHERE batch_id = ${batchId} AND previous_fingerprint IS NOT NULL
           AND EXISTS (SELECT 1 FROM rules WHERE id = rule_id) AND EXISTS (SELECT 1 FROM contacts WHERE id = contact_id)`,
  );
  return reopen(db, batchId);
}

export function redoDismissBatch(db: Db, batchId: number, now: string): number {
  const count = getValue<number>(db, sql`SELECT count(*) FROM review_resolutions WHERE batch_id = ${batchId}`);
  rememberDismissals(db, batchId, now);
  return count;
}

/** The person is no longer protected, and the proposals protecting them took away come back. */
export function undoProtectBatch(db: Db, batchId: number): number {
  runSql(
    db,
    sql`DELETE FROM protected_contacts WHERE contact_id = (SELECT contact_id FROM protect_history WHERE batch_id = ${batchId})`,
  );
  reopen(db, batchId);
  return 1;
}

export function redoProtectBatch(db: Db, batchId: number, now: string): number {
  runSql(
    db,
    sql`INSERT OR IGNORE INTO protected_contacts (contact_id, protected_at)
        SELECT h.contact_id, ${now} FROM protect_history h JOIN contacts c ON c.id = h.contact_id
         WHERE h.batch_id = ${batchId}`,
  );
  takeOut(db, batchId);
  return 1;
}

/** "Dismiss Ada Lovelace" / "Dismiss 3 proposals"; "Never suggest Ada Lovelace". */
export function resolutionLabel(db: Db, batchId: number, action: 'dismiss' | 'protect'): string {
  if (action === 'protect') {
    const name = getRow<{ name: string }>(
      db,
      sql`SELECT c.display_name AS name FROM protect_history h JOIN contacts c ON c.id = h.contact_id
           WHERE h.batch_id = ${batchId}`,
    )?.name;
    return `Never suggest ${name ?? 'a person'}`;
  }
  const { count, first } = getRow<{ count: number; first: string | null }>(
    db,
    sql`SELECT count(*) AS count, min(c.display_name) AS first
          FROM review_resolutions r JOIN contacts c ON c.id = r.contact_id WHERE r.batch_id = ${batchId}`,
  )!;
  return `Dismiss ${count === 1 && first ? first : `${count.toLocaleString('en-US')} proposals`}`;
}
