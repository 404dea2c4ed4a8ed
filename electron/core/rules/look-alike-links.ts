import type { ReviewProposal } from '../../../shared/rules-domain.js';
import { factsRead } from '../../../shared/rules-schema.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allRows, getRow, runSql, sql } from '../db/sql.js';
import { statusIs } from '../roster/contact-status.js';
import { listRules } from './rule-store.js';

/**
 * What a look-alike's review row can offer: the others with the same name (to open them all in
 * the roster) and, for a pair, the open merge proposal between them if there is one.
 */
export function withLookAlikeLinks(db: Db, proposals: ReviewProposal[]): ReviewProposal[] {
  const reading = new Set(
    listRules(db)
      .filter((stored) => factsRead(stored.rule.when).includes('look_alikes'))
      .map((stored) => stored.id),
  );
  const ids = [...new Set(proposals.filter((p) => reading.has(p.ruleId)).map((p) => p.contactId))];
  if (ids.length === 0) return proposals;
  const json = JSON.stringify(ids);
  // The people the look_alikes fact counts (fact-sql.ts), and only those still in the roster.
  const pairs = allRows<{ self: number; other: number; merge_id: number | null }>(
    db,
    sql`SELECT self.id AS self, other.id AS other,
          (SELECT m.id FROM merge_proposals m WHERE m.status = 'open'
              AND m.contact_a = min(self.id, other.id) AND m.contact_b = max(self.id, other.id)) AS merge_id
        FROM contacts self JOIN contacts other ON other.sort_name = self.sort_name AND other.id <> self.id
       WHERE self.id IN (SELECT value FROM json_each(${json})) AND ${statusIs('active', 'other.id')}
       ORDER BY self.id, other.id`,
  );
  const others = new Map<number, { ids: number[]; merge: number | null }>();
  for (const pair of pairs) {
    const entry = others.get(pair.self) ?? { ids: [], merge: null };
    entry.ids.push(pair.other);
    entry.merge = pair.merge_id;
    others.set(pair.self, entry);
  }
  return proposals.map((proposal) => {
    const entry = reading.has(proposal.ruleId) ? others.get(proposal.contactId) : undefined;
    if (!entry) return proposal;
    return { ...proposal, lookAlikeIds: entry.ids, mergeProposalId: entry.ids.length === 1 ? entry.merge : null };
  });
}

/**
 * The user says two look-alikes may be one person: a merge proposal for the pair, reviewed in
 * the merge panel like the ones imports make. One the user dismissed before opens again.
 */
export function proposeLookAlikeMerge(db: Db, contactId: number, otherId: number, now: string): { id: number } {
  if (contactId === otherId) throw new CoreError('invalid_input', 'A person cannot be merged with themselves.');
  const [a, b] = contactId < otherId ? [contactId, otherId] : [otherId, contactId];
  for (const id of [a, b])
    if (!getRow(db, sql`SELECT 1 AS found FROM contacts c WHERE c.id = ${id} AND ${statusIs('active')}`))
      throw new CoreError('not_found', `No person with id ${id} in the roster.`);
  return db.transaction(() => {
    runSql(
      db,
      sql`INSERT INTO merge_proposals (contact_a, contact_b, reason, created_at)
          VALUES (${a}, ${b}, 'Same name; you asked to compare them', ${now})
          ON CONFLICT (contact_a, contact_b) DO UPDATE SET status = 'open', resolved_at = NULL
          WHERE merge_proposals.status = 'dismissed'`,
    );
    return getRow<{ id: number }>(db, sql`SELECT id FROM merge_proposals WHERE contact_a = ${a} AND contact_b = ${b}`)!;
  })();
}
