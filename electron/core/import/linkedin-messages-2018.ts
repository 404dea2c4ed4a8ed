import { columnReader, findHeader, orNull, readCsv } from './csv-table.js';
import { dayOrderOf, parseMessageTimestamp } from './dates.js';
import { splitNames } from './participant-names.js';
import type { ImportedInteraction, ParseOutcome, SkippedRow } from './types.js';

/** LinkedIn's 2018 `Messages.csv`: no conversation id, no profile URLs, but a Direction column. */
export const MESSAGES_2018_REQUIRED = ['From', 'To', 'Date', 'Content', 'Direction'];

const DIRECTIONS: Record<string, 'sent' | 'received'> = {
  OUTGOING: 'sent',
  SENT: 'sent',
  INCOMING: 'received',
  INBOX: 'received',
  RECEIVED: 'received',
};

/** 2018-era messages → one interaction per message and counterpart; dates like `4/11/18, 10:52 AM`. */
export function parseLinkedInMessages2018(text: string): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const header = findHeader(csv.records, MESSAGES_2018_REQUIRED, 3);
  if (!header)
    return { ok: false, error: { line: 1, message: 'No LinkedIn messages header (From, To, Date, …) found.' } };
  const column = (name: string) => columnReader(header.columns, name);
  const [fromOf, toOf, dateOf, directionOf, folderOf] = [
    column('From'),
    column('To'),
    column('Date'),
    column('Direction'),
    column('Folder'),
  ];
  const records = csv.records.slice(header.index + 1);
  const order = dayOrderOf(records, dateOf);
  const interactions: ImportedInteraction[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of records) {
    const folder = orNull(folderOf(record));
    // INCOMING/OUTGOING as exported; where a re-save lost the column, the folder still tells.
    const direction = DIRECTIONS[(directionOf(record) || folder || '').toUpperCase()];
    const at = parseMessageTimestamp(dateOf(record), order);
    if (/draft/i.test(folder ?? '')) {
      skipped.push({ line: record.line, reason: 'Unsent draft: not counted as a message' });
      continue;
    }
    if (!direction) {
      skipped.push({ line: record.line, reason: `Unknown message direction "${directionOf(record)}"` });
      continue;
    }
    if (!at) {
      skipped.push({ line: record.line, reason: 'Message without a readable date' });
      continue;
    }
    const base = { line: record.line, kind: 'message' as const, at, conversationId: null, folder };
    const counterparts = direction === 'sent' ? splitNames(toOf(record)) : [fromOf(record)];
    for (const name of counterparts) {
      interactions.push({
        ...base,
        direction,
        counterpartName: name,
        counterpartProfileUrl: null,
      });
    }
  }
  return { ok: true, file: { format: 'linkedin-messages', people: [], interactions, skipped } };
}
