import { parseRule, type Rule } from '../../../shared/rules-schema.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allRows, getRow, runSql, sql } from '../db/sql.js';
import { STARTER_RULES } from './starter-rules.js';

export interface StoredRule {
  id: number;
  name: string;
  enabled: boolean;
  starter: boolean;
  rule: Rule;
}

interface RuleRow {
  id: number;
  name: string;
  enabled: number;
  starter_key: string | null;
  rule: string;
}

/** A stored rule is parsed again on the way out: a row edited by hand is refused, not obeyed. */
function toStoredRule(row: RuleRow): StoredRule {
  const parsed = parseRule(JSON.parse(row.rule));
  if (!parsed.ok) throw new CoreError('database', `Rule ${row.id} is stored malformed: ${parsed.message}`);
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled === 1,
    starter: row.starter_key !== null,
    rule: parsed.rule,
  };
}

/** Adds the starter rules that are not there yet (disabled). Cheap and idempotent. */
export function seedStarterRules(db: Db, now: string): void {
  for (const [key, rule] of Object.entries(STARTER_RULES))
    runSql(
      db,
      sql`INSERT OR IGNORE INTO rules (name, rule, enabled, starter_key, created_at, updated_at)
          VALUES (${rule.name}, ${JSON.stringify(rule)}, 0, ${key}, ${now}, ${now})`,
    );
}

export function listRules(db: Db): StoredRule[] {
  return allRows<RuleRow>(db, sql`SELECT id, name, enabled, starter_key, rule FROM rules ORDER BY id`).map(
    toStoredRule,
  );
}

export function getRule(db: Db, id: number): StoredRule {
  const row = getRow<RuleRow>(db, sql`SELECT id, name, enabled, starter_key, rule FROM rules WHERE id = ${id}`);
  if (!row) throw new CoreError('not_found', `There is no rule ${id}.`);
  return toStoredRule(row);
}

export function addRule(db: Db, rule: Rule, enabled: boolean, now: string): number {
  return Number(
    runSql(
      db,
      sql`INSERT INTO rules (name, rule, enabled, created_at, updated_at)
          VALUES (${rule.name}, ${JSON.stringify(rule)}, ${enabled ? 1 : 0}, ${now}, ${now})`,
    ).lastInsertRowid,
  );
}

/** A changed rule starts over: its open proposals were made by the old version. */
export function updateRule(db: Db, id: number, rule: Rule, now: string): void {
  db.transaction(() => {
    getRule(db, id);
    runSql(
      db,
      sql`UPDATE rules SET name = ${rule.name}, rule = ${JSON.stringify(rule)}, updated_at = ${now} WHERE id = ${id}`,
    );
    runSql(db, sql`DELETE FROM rule_proposals WHERE rule_id = ${id} AND status = 'open'`);
  })();
}

export function setRuleEnabled(db: Db, id: number, enabled: boolean, now: string): void {
  getRule(db, id);
  runSql(db, sql`UPDATE rules SET enabled = ${enabled ? 1 : 0}, updated_at = ${now} WHERE id = ${id}`);
  // A disabled rule proposes nothing: its open proposals leave the queue (dismissals are kept).
  if (!enabled) runSql(db, sql`DELETE FROM rule_proposals WHERE rule_id = ${id} AND status = 'open'`);
}

export function deleteRule(db: Db, id: number): void {
  const rule = getRule(db, id);
  if (rule.starter) throw new CoreError('invalid_input', `"${rule.name}" ships with Prune: disable it instead.`);
  runSql(db, sql`DELETE FROM rules WHERE id = ${id}`);
}
