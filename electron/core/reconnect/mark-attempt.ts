import type { ReconnectStatus } from '../../../shared/reconnect.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { restoreContacts } from '../declutter/removal.js';
import { contactExists } from './addresses.js';

/** LinkedIn will not take a new invitation to someone for three weeks after one was withdrawn. */
export const RESEND_WAIT_DAYS = 21;

export interface MarkRequest {
  contactId: number;
  status: ReconnectStatus;
  via: string | null;
  note: string | null;
  /** When it happened, if not now (an import knows the invitation's own date). */
  at?: string | undefined;
}

interface OpenRow {
  id: number;
  status: ReconnectStatus;
  via: string | null;
  sent_at: string | null;
  resend_after: string | null;
}

/** Which states an open attempt may move to; a person without an open attempt starts a new one. */
const NEXT: Record<'none' | 'drafted' | 'sent' | 'withdrawn', readonly ReconnectStatus[]> = {
  none: ['drafted', 'sent', 'accepted'],
  drafted: ['sent', 'accepted'],
  sent: ['withdrawn', 'accepted', 'refused'],
  withdrawn: ['sent', 'accepted'],
};

const WHY_NOT: Partial<Record<ReconnectStatus, string>> = {
  withdrawn: 'only a sent invitation can be withdrawn',
  refused: 'only a sent invitation can be refused',
  drafted: 'it is already past the draft',
};

const day = (iso: string) => iso.slice(0, 10);

function nameOf(db: Db, contactId: number): string {
  return prepared(db, 'SELECT display_name FROM contacts WHERE id = ?').pluck().get(contactId) as string;
}

/** A dated line for the attempt's notes. */
const noteLine = (at: string, note: string) => `${day(at)}: ${note.replace(/\s*\n\s*/g, ' ')}`;

/**
 * Records a step of reconnecting with someone. Marking the state they are already in with a note
 * logs the note (and resets the reminder). Accepted brings them back into the roster with
 * everything they kept (a restore, in the undo history). Refused steps say why.
 */
export function markAttempt(db: Db, request: MarkRequest, now: string): number {
  contactExists(db, request.contactId);
  const at = request.at ?? now;
  return db.transaction(() => {
    const open = prepared(
      db,
      `SELECT id, status, via, sent_at, resend_after FROM reconnect_attempts
        WHERE contact_id = ? AND status IN ('drafted', 'sent', 'withdrawn')`,
    ).get(request.contactId) as OpenRow | undefined;
    if (open && open.status === request.status) return logOnly(db, open, request, at, now);
    const from = open?.status ?? 'none';
    if (!(NEXT[from as keyof typeof NEXT] ?? []).includes(request.status)) {
      const who = nameOf(db, request.contactId);
      const reason =
        from === 'none'
          ? `there is no open attempt to reconnect with ${who} (${WHY_NOT[request.status] ?? 'start with drafted or sent'})`
          : (WHY_NOT[request.status] ?? `the attempt is ${from}`);
      throw new CoreError('invalid_input', `Cannot mark ${request.status}: ${reason}.`);
    }
    if (open?.status === 'withdrawn' && request.status === 'sent' && open.resend_after && at < open.resend_after)
      throw new CoreError(
        'invalid_input',
        `LinkedIn won't take a new invitation to ${nameOf(db, request.contactId)} before ${day(open.resend_after)}, ` +
          `three weeks after the last one was withdrawn.`,
      );
    const id = open?.id ?? startAttempt(db, request.contactId, now);
    const resendAfter = new Date(Date.parse(at) + RESEND_WAIT_DAYS * 86_400_000).toISOString();
    prepared(
      db,
      `UPDATE reconnect_attempts SET status = @status,
         via = coalesce(@via, via),
         sent_at = CASE WHEN @status = 'sent' THEN @at ELSE sent_at END,
         withdrawn_at = CASE WHEN @status = 'withdrawn' THEN @at ELSE withdrawn_at END,
         resend_after = CASE WHEN @status = 'withdrawn' THEN @resendAfter ELSE resend_after END,
         closed_at = CASE WHEN @status IN ('accepted', 'refused') THEN @at ELSE NULL END,
         notes = CASE WHEN @note IS NULL THEN notes ELSE coalesce(notes || char(10), '') || @note END,
         updated_at = @now
       WHERE id = @id`,
    ).run({
      id,
      status: request.status,
      via: request.via,
      at,
      resendAfter,
      note: request.note && noteLine(at, request.note),
      now,
    });
    if (request.status === 'accepted') restoreContacts(db, [request.contactId], now);
    return id;
  })();
}

function startAttempt(db: Db, contactId: number, now: string): number {
  return Number(
    prepared(
      db,
      `INSERT INTO reconnect_attempts (contact_id, status, created_at, updated_at) VALUES (?, 'drafted', ?, ?)`,
    ).run(contactId, now, now).lastInsertRowid,
  );
}

/** Same state again: only a note (or the address, or a sent invitation's real date) is news. */
function logOnly(db: Db, open: OpenRow, request: MarkRequest, at: string, now: string): number {
  if (!request.note && !request.via && !request.at)
    throw new CoreError(
      'invalid_input',
      `The attempt is already ${open.status}: add a note to log something, or choose another status.`,
    );
  prepared(
    db,
    `UPDATE reconnect_attempts SET via = coalesce(@via, via),
       sent_at = CASE WHEN status = 'sent' AND @dated THEN @at ELSE sent_at END,
       notes = CASE WHEN @note IS NULL THEN notes ELSE coalesce(notes || char(10), '') || @note END,
       updated_at = @now
     WHERE id = @id`,
  ).run({
    id: open.id,
    via: request.via,
    dated: request.at ? 1 : 0,
    at,
    note: request.note && noteLine(at, request.note),
    now,
  });
  return open.id;
}
