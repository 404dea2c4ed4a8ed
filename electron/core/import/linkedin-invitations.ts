import { columnReader, findHeader, orNull, readCsv } from './csv-table.js';
import { dayOrderOf, parseMessageTimestamp } from './dates.js';
import type { ImportedInteraction, ParseOutcome, SkippedRow } from './types.js';

export const INVITATIONS_REQUIRED = ['From', 'To', 'Sent At', 'Direction'];

/** LinkedIn Invitations.csv → one interaction per invitation, with the other party as counterpart. */
export function parseLinkedInInvitations(text: string): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const header = findHeader(csv.records, INVITATIONS_REQUIRED, 3);
  if (!header)
    return {
      ok: false,
      error: { line: 1, message: 'No LinkedIn invitations header (From, To, Sent At, Direction) found.' },
    };
  const column = (name: string) => columnReader(header.columns, name);
  const [fromOf, toOf, sentAtOf, directionOf, inviterUrlOf, inviteeUrlOf] = [
    column('From'),
    column('To'),
    column('Sent At'),
    column('Direction'),
    column('inviterProfileUrl'),
    column('inviteeProfileUrl'),
  ];
  const records = csv.records.slice(header.index + 1);
  const order = dayOrderOf(records, sentAtOf);
  const interactions: ImportedInteraction[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of records) {
    const direction = directionOf(record).toUpperCase();
    const at = parseMessageTimestamp(sentAtOf(record), order);
    if (direction !== 'OUTGOING' && direction !== 'INCOMING') {
      skipped.push({ line: record.line, reason: `Unknown invitation direction "${directionOf(record)}"` });
      continue;
    }
    if (!at) {
      skipped.push({ line: record.line, reason: 'Invitation without a readable date' });
      continue;
    }
    const outgoing = direction === 'OUTGOING';
    interactions.push({
      line: record.line,
      kind: 'invitation',
      direction: outgoing ? 'sent' : 'received',
      at,
      counterpartName: outgoing ? toOf(record) : fromOf(record),
      counterpartProfileUrl: orNull(outgoing ? inviteeUrlOf(record) : inviterUrlOf(record)),
      conversationId: null,
      folder: null,
    });
  }
  return { ok: true, file: { format: 'linkedin-invitations', people: [], interactions, skipped } };
}
