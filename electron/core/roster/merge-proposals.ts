import type { MergeCandidate, MergeProposal } from '../../../shared/domain.js';
import type { MergeSurvivors } from '../../../shared/history.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { allRows, runSql, sql } from '../db/sql.js';
import { CoreError } from '../../../shared/result.js';
import { mergeCandidates } from './contact-reads.js';
import { statusIs } from './contact-status.js';
import { recordedMerge } from '../history/merge-history.js';
import { sharedValueOf } from './weak-keys.js';

/**
 * Proposes merges for contacts with the same name and company but no shared identifier:
 * likely the same person, but only the user can tell, so nothing is merged automatically.
 * One statement over the id list: a 30k-row import touches 30k contacts.
 */
export function proposeMergesFor(db: Db, ids: Iterable<number>, now: string): number {
  const reason = 'Same name and company, no shared email or profile';
  return runSql(
    db,
    sql`INSERT OR IGNORE INTO merge_proposals (contact_a, contact_b, reason, created_at)
        SELECT min(self.id, other.id), max(self.id, other.id), ${reason}, ${now}
          FROM contacts self JOIN contacts other
            ON other.sort_name = self.sort_name AND other.id <> self.id AND other.company = self.company COLLATE NOCASE
         WHERE self.id IN (SELECT value FROM json_each(${JSON.stringify([...ids])}))
           AND self.company IS NOT NULL AND self.sort_name <> ''
           AND ${statusIs('active', 'self.id')} AND ${statusIs('active', 'other.id')}`,
  ).changes;
}

/**
 * Proposes merging people who share an identifier (a family email, a landline) under names that
 * clearly differ: they were kept apart, and the reason names what they share.
 */
export function proposeSharedIdentifierMerges(
  db: Db,
  pairs: Iterable<{ contactId: number; otherId: number; key: string }>,
  now: string,
): number {
  const propose = prepared(
    db,
    `INSERT OR IGNORE INTO merge_proposals (contact_a, contact_b, reason, created_at)
     SELECT min(@a, @b), max(@a, @b), @reason, @now
      WHERE @a <> @b AND EXISTS (SELECT 1 FROM contacts WHERE id = @a) AND EXISTS (SELECT 1 FROM contacts WHERE id = @b)`,
  );
  let added = 0;
  for (const { contactId, otherId, key } of pairs) {
    const reason = `Both use ${sharedValueOf(key)}, but their names differ`;
    added += propose.run({ a: contactId, b: otherId, reason, now }).changes;
  }
  return added;
}

export function openMergeProposals(db: Db): MergeProposal[] {
  const proposals = allRows<{ id: number; reason: string; contact_a: number; contact_b: number }>(
    db,
    sql`SELECT p.id, p.reason, p.contact_a, p.contact_b FROM merge_proposals p
          JOIN contacts a ON a.id = p.contact_a JOIN contacts b ON b.id = p.contact_b
         WHERE p.status = 'open' AND ${statusIs('active', 'a.id')} AND ${statusIs('active', 'b.id')}
         ORDER BY a.sort_name, p.id LIMIT 500`,
  );
  const rows = new Map<number, MergeCandidate>(
    mergeCandidates(
      db,
      proposals.flatMap((p) => [p.contact_a, p.contact_b]),
    ).map((row) => [row.id, row]),
  );
  return proposals.flatMap((p) => {
    const a = rows.get(p.contact_a);
    const b = rows.get(p.contact_b);
    return a && b ? [{ id: p.id, reason: p.reason, a, b }] : [];
  });
}

export function readMergeProposal(
  db: Db,
  id: number,
): { contact_a: number; contact_b: number; status: string } | undefined {
  return prepared(db, 'SELECT contact_a, contact_b, status FROM merge_proposals WHERE id = ?').get(id) as
    { contact_a: number; contact_b: number; status: string } | undefined;
}

export function markMergeProposal(db: Db, id: number, status: 'accepted' | 'dismissed', now: string): void {
  prepared(db, 'UPDATE merge_proposals SET status = ?, resolved_at = ? WHERE id = ?').run(status, now, id);
}

/**
 * Accepting folds the newer contact into the older one, with the fields the user chose from
 * either side, as one entry of the undo history; dismissing keeps both and stops proposing the pair.
 */
export function resolveMergeProposal(
  db: Db,
  id: number,
  action: 'accept' | 'dismiss',
  now: string,
  survivors: MergeSurvivors = {},
): { keptContactId: number | null } {
  return db.transaction(() => {
    const proposal = readMergeProposal(db, id);
    if (!proposal) throw new CoreError('not_found', `No merge proposal with id ${id}.`);
    if (proposal.status !== 'open')
      throw new CoreError('invalid_input', `Merge proposal ${id} was already ${proposal.status}.`);
    if (action === 'dismiss') {
      markMergeProposal(db, id, 'dismissed', now);
      return { keptContactId: null };
    }
    recordedMerge(db, id, proposal.contact_a, proposal.contact_b, survivors, now);
    markMergeProposal(db, id, 'accepted', now);
    return { keptContactId: proposal.contact_a };
  })();
}
