import type { ContactStatus } from '../../../shared/domain.js';
import { OPEN_RECONNECT_STATUSES, type ReconnectAttempt, type ReconnectStatus } from '../../../shared/reconnect.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';

const DAY = 86_400_000;

interface AttemptRow {
  id: number;
  contact_id: number;
  name: string;
  contact_status: ContactStatus;
  last_interaction_at: string | null;
  status: ReconnectStatus;
  via: string | null;
  sent_at: string | null;
  withdrawn_at: string | null;
  resend_after: string | null;
  closed_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT_ATTEMPTS = `
  SELECT a.*, c.display_name AS name, coalesce(r.status, 'active') AS contact_status, c.last_interaction_at
    FROM reconnect_attempts a
    JOIN contacts c ON c.id = a.contact_id
    LEFT JOIN contact_removals r ON r.contact_id = a.contact_id`;

export const isOpen = (status: ReconnectStatus): boolean => OPEN_RECONNECT_STATUSES.includes(status);

/**
 * When an open attempt deserves a nudge: a withdrawn one when the three-week wait is over; the
 * others `reminderDays` after the last sign of life (the attempt changed, or an interaction
 * with the person was logged).
 */
function reminderAt(row: AttemptRow, reminderDays: number): string | null {
  if (!isOpen(row.status)) return null;
  if (row.status === 'withdrawn') return row.resend_after;
  const latest = [row.updated_at, row.sent_at, row.last_interaction_at]
    .filter((at): at is string => at !== null)
    .map((at) => Date.parse(at))
    .filter((time) => !Number.isNaN(time));
  return new Date(Math.max(...latest) + reminderDays * DAY).toISOString();
}

function toAttempt(row: AttemptRow, reminderDays: number, now: Date): ReconnectAttempt {
  const remindAt = reminderAt(row, reminderDays);
  return {
    id: row.id,
    contactId: row.contact_id,
    name: row.name,
    contactStatus: row.contact_status,
    status: row.status,
    via: row.via,
    sentAt: row.sent_at,
    withdrawnAt: row.withdrawn_at,
    resendAfter: row.resend_after,
    closedAt: row.closed_at,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    remindAt,
    reminderDue: remindAt !== null && Date.parse(remindAt) <= now.getTime(),
  };
}

/** The person's open attempt, else their latest closed one. */
export function currentAttempt(db: Db, contactId: number, reminderDays: number, now: Date): ReconnectAttempt | null {
  const row = prepared(
    db,
    `${SELECT_ATTEMPTS} WHERE a.contact_id = ?
      ORDER BY a.status IN ('drafted', 'sent', 'withdrawn') DESC, a.id DESC LIMIT 1`,
  ).get(contactId) as AttemptRow | undefined;
  return row ? toAttempt(row, reminderDays, now) : null;
}

/** Open attempts oldest first, then closed ones, most recently closed first. */
export function listAttempts(db: Db, reminderDays: number, now: Date): ReconnectAttempt[] {
  const rows = prepared(
    db,
    `${SELECT_ATTEMPTS}
      ORDER BY a.status IN ('drafted', 'sent', 'withdrawn') DESC,
        CASE WHEN a.status IN ('drafted', 'sent', 'withdrawn') THEN a.created_at END ASC,
        a.closed_at DESC, a.id`,
  ).all() as AttemptRow[];
  return rows.map((row) => toAttempt(row, reminderDays, now));
}
