import type { Db } from '../db/open-database.js';
import { allRows, getValue, runSql, sql } from '../db/sql.js';
import { materializeRule } from './hide-materialize.js';
import type { HideRuleRow } from './hide-rule-row.js';
import { ruleById } from './hide-rule-row.js';

/**
 * Hide actions in the one undo history: each batch keeps every rule it touched as it was before
 * and after (JSON rows, NULL = no such rule), so Undo writes the befores back and Redo the
 * afters, and word and cap rules are re-materialized either way.
 */

export function recordRuleChange(db: Db, batchId: number, before: HideRuleRow | null, after: HideRuleRow | null): void {
  const ruleId = (before ?? after)!.id;
  runSql(
    db,
    sql`INSERT INTO hide_history (batch_id, rule_id, before, after)
        VALUES (${batchId}, ${ruleId}, ${before && JSON.stringify(before)}, ${after && JSON.stringify(after)})
        ON CONFLICT (batch_id, rule_id) DO UPDATE SET after = excluded.after`,
  );
}

function writeRule(db: Db, ruleId: number, row: HideRuleRow | null): void {
  if (row === null) {
    runSql(db, sql`DELETE FROM hide_rules WHERE id = ${ruleId}`);
    return;
  }
  runSql(
    db,
    sql`INSERT INTO hide_rules (id, kind, contact_id, post_id, phrase, per, max, until, created_at, lifted_at, batch_id)
        VALUES (${row.id}, ${row.kind}, ${row.contact_id}, ${row.post_id}, ${row.phrase}, ${row.per}, ${row.max},
                ${row.until}, ${row.created_at}, ${row.lifted_at}, ${row.batch_id})
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, contact_id = excluded.contact_id,
          post_id = excluded.post_id, phrase = excluded.phrase, per = excluded.per, max = excluded.max,
          until = excluded.until, created_at = excluded.created_at, lifted_at = excluded.lifted_at,
          batch_id = excluded.batch_id`,
  );
  materializeRule(db, ruleById(db, ruleId)!);
}

function applySide(db: Db, batchId: number, side: 'before' | 'after'): number {
  const rows = allRows<{ rule_id: number; before: string | null; after: string | null }>(
    db,
    sql`SELECT rule_id, before, after FROM hide_history WHERE batch_id = ${batchId}
         ORDER BY rule_id ${side === 'before' ? sql`DESC` : sql`ASC`}`,
  );
  for (const row of rows) {
    const json = row[side];
    writeRule(db, row.rule_id, json === null ? null : (JSON.parse(json) as HideRuleRow));
  }
  return rows.length;
}

/** Puts every rule the batch touched back as it was before; returns how many rules changed. */
export const undoHideBatch = (db: Db, batchId: number): number => applySide(db, batchId, 'before');

/** Re-applies the batch after an undo. */
export const redoHideBatch = (db: Db, batchId: number): number => applySide(db, batchId, 'after');

/** "Mute Ada Lovelace": written with the batch (the person may be renamed later; the action was about them then). */
export const hideBatchLabel = (db: Db, batchId: number): string =>
  getValue<string | null>(db, sql`SELECT reason FROM batches WHERE id = ${batchId}`) ?? 'Hide';
