import type { ReviewProposal } from '../../../shared/rules-domain.js';
import type { RuleAction } from '../../../shared/rules-schema.js';
import type { Db } from '../db/open-database.js';
import { allRows, runSql, sql } from '../db/sql.js';
import { beginBatch } from '../history/batches.js';
import { statusIs } from '../roster/contact-status.js';
import { keepResolved, rememberDismissals } from './resolution-history.js';

/**
 * The Review queue: proposals waiting for the user. A proposal is open until accepted, and again
 * when the batch that accepted it was undone; it leaves the queue when its rule is disabled or the
 * person left the roster or is protected.
 */
export const OPEN_PROPOSAL = sql`(p.status = 'open' OR EXISTS (
    SELECT 1 FROM batches b WHERE b.id = p.batch_id AND b.undone_at IS NOT NULL))`;

const VISIBLE = sql`${OPEN_PROPOSAL} AND r.enabled = 1 AND ${statusIs('active')}
    AND NOT EXISTS (SELECT 1 FROM protected_contacts pc WHERE pc.contact_id = c.id)`;

interface ProposalRow {
  id: number;
  rule_id: number;
  rule_name: string;
  contact_id: number;
  contact_name: string;
  company: string | null;
  position: string | null;
  action: string;
  why: string;
}

const toProposal = (row: ProposalRow): ReviewProposal => ({
  id: row.id,
  ruleId: row.rule_id,
  ruleName: row.rule_name,
  contactId: row.contact_id,
  contactName: row.contact_name,
  contactCompany: row.company,
  contactPosition: row.position,
  action: JSON.parse(row.action) as RuleAction,
  why: row.why,
});

const SELECT_PROPOSALS = sql`SELECT p.id, p.rule_id, r.name AS rule_name, p.contact_id, c.display_name AS contact_name,
       c.company, c.position, p.action, p.why
  FROM rule_proposals p JOIN rules r ON r.id = p.rule_id JOIN contacts c ON c.id = p.contact_id`;

/** Every open proposal, grouped by rule (rule order), people by name within a rule. */
export const listProposals = (db: Db): ReviewProposal[] =>
  allRows<ProposalRow>(db, sql`${SELECT_PROPOSALS} WHERE ${VISIBLE} ORDER BY p.rule_id, c.sort_name, c.id`).map(
    toProposal,
  );

/** The open proposals among `ids`; ids that are not (or no longer) open are left out. */
export const openProposals = (db: Db, ids: readonly number[]): ReviewProposal[] =>
  allRows<ProposalRow>(
    db,
    sql`${SELECT_PROPOSALS} WHERE p.id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND ${VISIBLE}
         ORDER BY p.rule_id, c.sort_name, c.id`,
  ).map(toProposal);

/** Open proposals per rule, for the rules list. */
export function openCounts(db: Db): Map<number, number> {
  const rows = allRows<{ rule_id: number; n: number }>(
    db,
    sql`SELECT p.rule_id, count(*) AS n FROM rule_proposals p JOIN rules r ON r.id = p.rule_id
          JOIN contacts c ON c.id = p.contact_id WHERE ${VISIBLE} GROUP BY p.rule_id`,
  );
  return new Map(rows.map((row) => [row.rule_id, row.n]));
}

/**
 * Not this person, for this rule: remembered with the fingerprint of the facts the rule read,
 * so the proposal returns only if one of them changes. One entry of the undo history.
 */
export function dismissProposals(
  db: Db,
  ids: readonly number[],
  now: string,
): { dismissed: number; batchId: number | null } {
  return db.transaction(() => {
    const open = openProposals(db, ids).map((proposal) => proposal.id);
    if (open.length === 0) return { dismissed: 0, batchId: null };
    const batch = beginBatch(db, 'dismiss', null, now);
    keepResolved(db, batch.id, JSON.stringify(open));
    rememberDismissals(db, batch.id, now);
    batch.commit();
    return { dismissed: open.length, batchId: batch.id };
  })();
}

/**
 * "Never suggest this person": no rule proposes them again until unprotected. Protecting is an
 * entry of the undo history (Undo takes the protection away and reopens their proposals).
 */
export function setProtected(db: Db, contactId: number, isProtected: boolean, now: string): boolean {
  return db.transaction(() => {
    if (!isProtected)
      return runSql(db, sql`DELETE FROM protected_contacts WHERE contact_id = ${contactId}`).changes > 0;
    const added = runSql(
      db,
      sql`INSERT OR IGNORE INTO protected_contacts (contact_id, protected_at)
          SELECT id, ${now} FROM contacts WHERE id = ${contactId}`,
    ).changes;
    if (added === 0) return false;
    const batch = beginBatch(db, 'protect', null, now);
    runSql(db, sql`INSERT INTO protect_history (batch_id, contact_id) VALUES (${batch.id}, ${contactId})`);
    const open = allRows<{ id: number }>(
      db,
      sql`SELECT id FROM rule_proposals WHERE contact_id = ${contactId} AND status = 'open'`,
    ).map((row) => row.id);
    keepResolved(db, batch.id, JSON.stringify(open));
    runSql(db, sql`DELETE FROM rule_proposals WHERE contact_id = ${contactId} AND status = 'open'`);
    batch.commit();
    return true;
  })();
}
