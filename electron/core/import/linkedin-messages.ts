import { field, findHeader, orNull, readCsv, type CsvRecord } from './csv-table.js';
import { parseMessageTimestamp } from './dates.js';
import type { ImportedInteraction, ParseOutcome, SkippedRow } from './types.js';

export const MESSAGES_REQUIRED = ['CONVERSATION ID', 'FROM', 'TO', 'DATE', 'CONTENT'];

interface Message {
  record: CsvRecord;
  from: string;
  fromUrl: string | null;
  to: string[];
  toUrls: string[];
  at: string | null;
  conversationId: string | null;
  folder: string | null;
}

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const participantKey = (name: string): string => name.trim().toLowerCase();

/**
 * The export does not say whose it is: the owner is whoever takes part in the most
 * messages (they are in every one of them, as sender or recipient).
 */
function inferOwner(messages: readonly Message[]): string | null {
  const counts = new Map<string, number>();
  for (const message of messages) {
    for (const name of new Set([message.from, ...message.to].map(participantKey))) {
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let owner: string | null = null;
  let best = 0;
  for (const [name, count] of counts) {
    if (count > best) [owner, best] = [name, count];
  }
  return owner;
}

/** LinkedIn messages.csv (9- and 10-column eras) → one interaction per message and counterpart. */
export function parseLinkedInMessages(text: string): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const header = findHeader(csv.records, MESSAGES_REQUIRED, 3);
  if (!header)
    return {
      ok: false,
      error: { line: 1, message: 'No LinkedIn messages header (CONVERSATION ID, FROM, TO, DATE, …) found.' },
    };
  const { columns } = header;
  const messages: Message[] = csv.records.slice(header.index + 1).map((record) => ({
    record,
    from: field(record, columns, 'FROM'),
    fromUrl: orNull(field(record, columns, 'SENDER PROFILE URL')),
    to: splitList(field(record, columns, 'TO')),
    toUrls: splitList(field(record, columns, 'RECIPIENT PROFILE URLS')),
    at: parseMessageTimestamp(field(record, columns, 'DATE')),
    conversationId: orNull(field(record, columns, 'CONVERSATION ID')),
    folder: orNull(field(record, columns, 'FOLDER')),
  }));
  const owner = inferOwner(messages);
  const interactions: ImportedInteraction[] = [];
  const skipped: SkippedRow[] = [];
  for (const message of messages) {
    const base = {
      line: message.record.line,
      kind: 'message' as const,
      conversationId: message.conversationId,
      folder: message.folder,
    };
    if (!message.at) {
      skipped.push({ line: message.record.line, reason: 'Message without a readable date' });
    } else if (owner !== null && participantKey(message.from) === owner) {
      const urls = message.toUrls.length === message.to.length ? message.toUrls : [];
      message.to.forEach((name, index) =>
        interactions.push({
          ...base,
          at: message.at!,
          direction: 'sent',
          counterpartName: name,
          counterpartProfileUrl: urls[index] ?? null,
        }),
      );
    } else if (owner !== null && message.to.some((name) => participantKey(name) === owner)) {
      interactions.push({
        ...base,
        at: message.at,
        direction: 'received',
        counterpartName: message.from,
        counterpartProfileUrl: message.fromUrl,
      });
    } else {
      skipped.push({ line: message.record.line, reason: 'Message the export owner is not part of' });
    }
  }
  return { ok: true, file: { format: 'linkedin-messages', people: [], interactions, skipped } };
}
