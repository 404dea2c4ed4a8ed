import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import type { ImportedInteraction, ImportedPerson } from '../import/types.js';
import { upsertPerson, type UpsertResult } from '../roster/contact-writes.js';
import { normalizeEmail } from '../roster/identity.js';
import { markAttempt } from './mark-attempt.js';

/**
 * Notes which source gave each of the record's emails: the first source stays, except that
 * LinkedIn's wins, because the LinkedIn connection's address is the one re-invitations fail at.
 */
export function recordEmailSources(db: Db, contactId: number, person: ImportedPerson): void {
  if (person.emails.length === 0) return;
  const mark = prepared(
    db,
    `UPDATE contact_emails SET source = @source
      WHERE contact_id = @id AND normalized = @normalized
        AND (source = 'unknown' OR (@source = 'linkedin' AND source <> 'linkedin'))`,
  );
  for (const address of person.emails) {
    const normalized = normalizeEmail(address);
    if (normalized) mark.run({ source: person.source, id: contactId, normalized });
  }
}

const openAttemptOf = (db: Db, contactId: number) =>
  prepared(
    db,
    `SELECT a.id, a.status, a.created_at, a.withdrawn_at, r.changed_at AS removed_at
       FROM reconnect_attempts a LEFT JOIN contact_removals r ON r.contact_id = a.contact_id
      WHERE a.contact_id = ? AND a.status IN ('drafted', 'sent', 'withdrawn')`,
  ).get(contactId) as
    | { id: number; status: string; created_at: string; withdrawn_at: string | null; removed_at: string | null }
    | undefined;

/**
 * `upsertPerson`, plus what reconnecting needs: a Connections.csv that lists someone Prune is
 * trying to reconnect with means they accepted, so the attempt closes and they come back into
 * the roster (restored, with everything they kept) instead of being flagged "reappeared"; and
 * every email's source is noted.
 */
export function upsertWithReconnect(
  db: Db,
  person: ImportedPerson,
  now: string,
  reindex: Set<number>,
  knownKeys?: Set<string>,
): UpsertResult {
  let result = upsertPerson(db, person, now, reindex, knownKeys);
  if (result.outcome === 'reappeared' && person.source === 'linkedin' && openAttemptOf(db, result.contactId)) {
    markAttempt(
      db,
      { contactId: result.contactId, status: 'accepted', via: null, note: 'Listed again in a LinkedIn export' },
      now,
    );
    // Now in the roster again: the record updates them like any other connection.
    result = upsertPerson(db, person, now, reindex, knownKeys);
  }
  if (result.outcome !== 'reappeared' && (result.outcome !== 'unchanged' || person.source === 'linkedin'))
    recordEmailSources(db, result.contactId, person);
  return result;
}

/**
 * An outgoing invitation in Invitations.csv to someone with an open attempt marks it sent, with
 * the invitation's date, when it was sent after the removal (or the draft, or the withdrawal).
 */
export function noteInvitationSent(db: Db, contactId: number, interaction: ImportedInteraction, now: string): void {
  if (interaction.kind !== 'invitation' || interaction.direction !== 'sent') return;
  const open = openAttemptOf(db, contactId);
  if (!open || open.status === 'sent') return;
  const since = open.status === 'withdrawn' ? open.withdrawn_at : (open.removed_at ?? open.created_at);
  if (since && interaction.at <= since) return;
  if (open.status === 'withdrawn') {
    const wait = prepared(db, 'SELECT resend_after FROM reconnect_attempts WHERE id = ?').pluck().get(open.id) as
      string | null;
    // LinkedIn itself enforces the wait: an invitation dated inside it is not a new one.
    if (wait && interaction.at < wait) return;
  }
  markAttempt(db, { contactId, status: 'sent', via: 'LinkedIn invitation', note: null, at: interaction.at }, now);
}
