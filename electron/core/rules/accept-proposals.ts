import type { AcceptResult, ReviewProposal } from '../../../shared/rules-domain.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { runSql, sql } from '../db/sql.js';
import { removeContacts } from '../declutter/removal.js';
import { beginBatch } from '../history/batches.js';
import { capContacts, muteContacts, snoozeContacts } from '../hide/hide-people.js';
import { openProposals } from './review-queue.js';

/** "Rule: Stale connections", or the rules' names when one call accepts several groups. */
function reasonOf(proposals: readonly ReviewProposal[]): string {
  const names = [...new Set(proposals.map((proposal) => proposal.ruleName))];
  return `${names.length === 1 ? 'Rule' : 'Rules'}: ${names.join(', ')}`;
}

/** Removals go through the removal path: one batch, undone like any removal. */
function acceptRemovals(db: Db, proposals: readonly ReviewProposal[], now: string): number | null {
  return removeContacts(
    db,
    proposals.map((proposal) => proposal.contactId),
    reasonOf(proposals),
    now,
  ).batchId;
}

/** Tags and flags: one 'review' batch; the tags it adds carry its id, so Undo takes back exactly those. */
function acceptReviews(db: Db, proposals: readonly ReviewProposal[], now: string): number {
  const batch = beginBatch(db, 'review', reasonOf(proposals), now);
  for (const proposal of proposals)
    if (proposal.action.kind === 'tag')
      runSql(
        db,
        sql`INSERT OR IGNORE INTO contact_tags (contact_id, tag, batch_id, tagged_at)
            VALUES (${proposal.contactId}, ${proposal.action.tag}, ${batch.id}, ${now})`,
      );
  batch.commit();
  return batch.id;
}

const HIDE_KINDS = new Set(['mute', 'snooze', 'cap']);

/** Mutes, snoozes and caps go through the feed's hide path: one 'hide' batch per group, undone like any hide. */
function acceptHides(db: Db, proposals: readonly ReviewProposal[], now: string): number {
  const action = proposals[0]!.action;
  const ids = proposals.map((proposal) => proposal.contactId);
  if (action.kind === 'mute') return muteContacts(db, ids, now).batchId;
  if (action.kind === 'snooze') return snoozeContacts(db, ids, action.days, now).batchId;
  if (action.kind === 'cap') return capContacts(db, ids, action.max, action.per, now).batchId;
  throw new Error(`Not a hide action: ${action.kind}`);
}

/**
 * Accepts proposals through the same paths the user's own actions take, so Undo reverses them:
 * one history entry per kind of action (accepting a whole group is one entry).
 */
export function acceptProposals(db: Db, ids: readonly number[], now: string): AcceptResult {
  return db.transaction((): AcceptResult => {
    const proposals = openProposals(db, ids);
    if (proposals.length === 0) throw new CoreError('not_found', 'None of these proposals is open any more.');
    const removals = proposals.filter((proposal) => proposal.action.kind === 'remove');
    const reviews = proposals.filter((proposal) => proposal.action.kind === 'flag' || proposal.action.kind === 'tag');
    const hides = new Map<string, ReviewProposal[]>();
    for (const proposal of proposals.filter((p) => HIDE_KINDS.has(p.action.kind))) {
      const key = JSON.stringify(proposal.action);
      hides.set(key, [...(hides.get(key) ?? []), proposal]);
    }
    const batchIds: number[] = [];
    const settle = (accepted: readonly ReviewProposal[], batchId: number | null) => {
      if (batchId !== null) batchIds.push(batchId);
      runSql(
        db,
        sql`UPDATE rule_proposals SET status = 'accepted', batch_id = ${batchId}, resolved_at = ${now}
             WHERE id IN (SELECT value FROM json_each(${JSON.stringify(accepted.map((proposal) => proposal.id))}))`,
      );
    };
    if (removals.length) settle(removals, acceptRemovals(db, removals, now));
    if (reviews.length) settle(reviews, acceptReviews(db, reviews, now));
    for (const group of hides.values()) settle(group, acceptHides(db, group, now));
    return { batchIds, accepted: proposals.length };
  })();
}
