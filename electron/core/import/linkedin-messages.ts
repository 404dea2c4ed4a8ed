import { linkedInSlug } from '../roster/identity.js';
import { columnReader, findHeader, orNull, readCsv, type CsvRecord } from './csv-table.js';
import { dayOrderOf, parseMessageTimestamp } from './dates.js';
import { splitNames } from './participant-names.js';
import type { ImportedInteraction, ParseOutcome, SkippedRow } from './types.js';

export const MESSAGES_REQUIRED = ['CONVERSATION ID', 'FROM', 'TO', 'DATE', 'CONTENT'];

interface Message {
  record: CsvRecord;
  from: string;
  fromUrl: string | null;
  /** `TO` as written: names may hold commas ("Grace Hopper, PhD"), so it is split only when needed. */
  to: string;
  toUrls: string[];
  at: string | null;
  conversationId: string | null;
  folder: string | null;
  draft: boolean;
}

interface Party {
  name: string;
  url: string | null;
}

/** Profile URLs hold no commas, so they split safely; they compare by slug. */
const splitUrls = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const urlKey = (url: string): string => linkedInSlug(url) ?? url.toLowerCase();
const nameKeyOf = (name: string): string => name.trim().toLowerCase();

/** Whoever is on one side of the most messages; `sides` lists each message's participants. */
function mostFrequent(sides: Iterable<Iterable<string>>): string | null {
  const counts = new Map<string, number>();
  for (const side of sides) for (const key of new Set(side)) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [key, count] of counts) if (count > most) [best, most] = [key, count];
  return best;
}

/**
 * The export does not say whose it is. The owner is on one side of every message: by profile
 * URL where the export has them (URLs hold no commas), else by the whole `FROM` name (names may).
 */
function ownerOf(messages: readonly Message[]): {
  isOwner: (party: Party) => boolean;
  inMessage: (m: Message) => boolean;
} {
  const ownerUrl = mostFrequent(
    messages.map((m) => [...(m.fromUrl ? [urlKey(m.fromUrl)] : []), ...m.toUrls.map(urlKey)]),
  );
  if (ownerUrl) {
    // Rows without URLs (some exports leave them out) fall back to the names the owner sends as.
    const ownerNames = new Set(
      messages.filter((m) => m.fromUrl && urlKey(m.fromUrl) === ownerUrl).map((m) => nameKeyOf(m.from)),
    );
    const isOwner = (party: Party) =>
      party.url ? urlKey(party.url) === ownerUrl : ownerNames.has(nameKeyOf(party.name));
    return {
      isOwner,
      inMessage: (m) =>
        m.toUrls.length > 0
          ? m.toUrls.some((url) => urlKey(url) === ownerUrl)
          : [...ownerNames].some((name) => nameKeyOf(m.to).includes(name)),
    };
  }
  const candidates = new Set(messages.map((m) => nameKeyOf(m.from)));
  const ownerName = mostFrequent(
    messages.map((m) => [nameKeyOf(m.from), ...[...candidates].filter((name) => nameKeyOf(m.to).includes(name))]),
  );
  return {
    isOwner: (party) => ownerName !== null && nameKeyOf(party.name) === ownerName,
    inMessage: (m) => ownerName !== null && nameKeyOf(m.to).includes(ownerName),
  };
}

/** Recipients with their URLs: paired one to one where the counts agree, by URL alone where they do not. */
function recipientsOf(message: Message): Party[] {
  if (message.toUrls.length === 0) return splitNames(message.to).map((name) => ({ name, url: null }));
  if (message.toUrls.length === 1) return [{ name: message.to, url: message.toUrls[0]! }];
  const names = splitNames(message.to);
  const paired = names.length === message.toUrls.length;
  return message.toUrls.map((url, index) => ({ name: paired ? names[index]! : '', url }));
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
  const column = (...names: string[]) => columnReader(header.columns, ...names);
  const [fromOf, fromUrlOf, toOf, toUrlsOf, dateOf, conversationOf, folderOf, draftOf] = [
    column('FROM'),
    column('SENDER PROFILE URL'),
    column('TO'),
    column('RECIPIENT PROFILE URLS'),
    column('DATE'),
    column('CONVERSATION ID'),
    column('FOLDER'),
    column('IS MESSAGE DRAFT'),
  ];
  const records = csv.records.slice(header.index + 1);
  const order = dayOrderOf(records, dateOf);
  const messages: Message[] = records.map((record) => ({
    record,
    from: fromOf(record),
    fromUrl: orNull(fromUrlOf(record)),
    to: toOf(record),
    toUrls: splitUrls(toUrlsOf(record)),
    at: parseMessageTimestamp(dateOf(record), order),
    conversationId: orNull(conversationOf(record)),
    folder: orNull(folderOf(record)),
    draft: /^(yes|true)$/i.test(draftOf(record)),
  }));
  const owner = ownerOf(messages.filter((m) => !m.draft));
  const interactions: ImportedInteraction[] = [];
  const skipped: SkippedRow[] = [];
  for (const message of messages) {
    const { line } = message.record;
    const base = { line, kind: 'message' as const, conversationId: message.conversationId, folder: message.folder };
    const sender = { name: message.from, url: message.fromUrl };
    if (message.draft) {
      skipped.push({ line, reason: 'Unsent draft: not counted as a message' });
    } else if (!message.at) {
      skipped.push({ line, reason: 'Message without a readable date' });
    } else if (owner.isOwner(sender)) {
      for (const party of recipientsOf(message).filter((p) => !owner.isOwner(p))) {
        interactions.push({
          ...base,
          at: message.at,
          direction: 'sent',
          counterpartName: party.name,
          counterpartProfileUrl: party.url,
        });
      }
    } else if (owner.inMessage(message)) {
      interactions.push({
        ...base,
        at: message.at,
        direction: 'received',
        counterpartName: message.from,
        counterpartProfileUrl: message.fromUrl,
      });
    } else {
      skipped.push({ line, reason: 'Message the export owner is not part of' });
    }
  }
  return { ok: true, file: { format: 'linkedin-messages', people: [], interactions, skipped } };
}
