import { field, findHeader, orNull, readCsv } from './csv-table.js';
import { parseMessageTimestamp } from './dates.js';
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
  const { columns } = header;
  const interactions: ImportedInteraction[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of csv.records.slice(header.index + 1)) {
    const direction = field(record, columns, 'Direction').toUpperCase();
    const at = parseMessageTimestamp(field(record, columns, 'Sent At'));
    if (direction !== 'OUTGOING' && direction !== 'INCOMING') {
      skipped.push({
        line: record.line,
        reason: `Unknown invitation direction "${field(record, columns, 'Direction')}"`,
      });
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
      counterpartName: field(record, columns, outgoing ? 'To' : 'From'),
      counterpartProfileUrl: orNull(field(record, columns, outgoing ? 'inviteeProfileUrl' : 'inviterProfileUrl')),
      conversationId: null,
      folder: null,
    });
  }
  return { ok: true, file: { format: 'linkedin-invitations', people: [], interactions, skipped } };
}
