import { factsRead } from '../../../shared/rules-schema.js';
import type { Db } from '../db/open-database.js';
import { allRows, allValues, runSql, sql } from '../db/sql.js';
import { matchQuery } from './compile-rule.js';
import { explainMatch } from './explain-match.js';
import { fingerprintOf, readFacts } from './read-facts.js';
import { listRules, seedStarterRules, type StoredRule } from './rule-store.js';

export interface RunSummary {
  /** Enabled rules that ran. */
  rules: number;
  /** Proposals waiting in the Review queue from those rules after the run. */
  proposals: number;
}

interface KnownProposal {
  contact_id: number;
  /** 1 when accepted and its batch still stands: the person was already dealt with. */
  settled: number;
}

/**
 * One rule over the whole roster: proposals for everyone it matches now, none for those it no
 * longer matches, and none for a person whose dismissal still holds (the facts the rule reads
 * are what they were when it was dismissed). Returns how many proposals are open.
 */
function runRule(db: Db, stored: StoredRule, now: Date): number {
  const at = now.toISOString();
  const { rule } = stored;
  const facts = factsRead(rule.when);
  const ids = allValues<number>(db, matchQuery(rule.when, now, { proposable: true }));
  return db.transaction(() => {
    runSql(
      db,
      sql`DELETE FROM rule_proposals WHERE rule_id = ${stored.id} AND status = 'open'
            AND contact_id NOT IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    );
    const known = new Map(
      allRows<KnownProposal>(
        db,
        sql`SELECT p.contact_id, (p.status = 'accepted' AND b.undone_at IS NULL) AS settled
              FROM rule_proposals p LEFT JOIN batches b ON b.id = p.batch_id WHERE p.rule_id = ${stored.id}`,
      ).map((row) => [row.contact_id, row.settled === 1]),
    );
    const dismissed = new Map(
      allRows<{ contact_id: number; fingerprint: string }>(
        db,
        sql`SELECT contact_id, fingerprint FROM rule_dismissals WHERE rule_id = ${stored.id}`,
      ).map((row) => [row.contact_id, row.fingerprint]),
    );
    const action = JSON.stringify(rule.then);
    let open = 0;
    for (const read of readFacts(db, ids, facts, now)) {
      if (known.get(read.id) === true) continue;
      const fingerprint = fingerprintOf(read, facts);
      const dismissal = dismissed.get(read.id);
      if (dismissal === fingerprint) continue;
      if (dismissal !== undefined)
        runSql(db, sql`DELETE FROM rule_dismissals WHERE rule_id = ${stored.id} AND contact_id = ${read.id}`);
      runSql(
        db,
        sql`INSERT INTO rule_proposals (rule_id, contact_id, action, why, fingerprint, created_at)
            VALUES (${stored.id}, ${read.id}, ${action}, ${explainMatch(rule.name, read, facts, now)}, ${fingerprint}, ${at})
            ON CONFLICT (rule_id, contact_id) DO UPDATE SET action = excluded.action, why = excluded.why,
              fingerprint = excluded.fingerprint, status = 'open', batch_id = NULL, resolved_at = NULL`,
      );
      open++;
    }
    return open;
  })();
}

/** Runs every enabled rule (after an import, a feed refresh, or on demand). */
export function runRules(db: Db, now: Date, onlyRuleId: number | null = null): RunSummary {
  seedStarterRules(db, now.toISOString());
  const rules = listRules(db).filter((rule) => rule.enabled && (onlyRuleId === null || rule.id === onlyRuleId));
  let proposals = 0;
  for (const rule of rules) proposals += runRule(db, rule, now);
  return { rules: rules.length, proposals };
}
