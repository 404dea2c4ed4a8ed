import { ExportFormat, type ChecklistItem, type ExportResult } from '../../../shared/domain.js';
import { auditLogCsv } from '../declutter/audit-log.js';
import { LINE_BREAKS } from '../line-breaks.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { allRows, sql } from '../db/sql.js';
import type { StoredContact } from '../roster/contact-records.js';
import { activeStoredContacts, storedContacts } from '../roster/contact-reads.js';
import { isOutOfRoster, JOINED_STATUS, REMOVAL_JOIN } from '../roster/contact-status.js';
import { csvRow, safeCsvRow } from './csv.js';

export const EXPORT_FORMATS = ExportFormat.options;

/** vCard text value escaping (RFC 6350 §3.4): no value can start a line (a new property or card). */
const vcardText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(LINE_BREAKS, '\\n');

/** Addresses and URIs have no line breaks or control characters to keep. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const vcardUri = (value: string): string => value.replace(LINE_BREAKS, '').replace(/[\x00-\x1f\x7f]/g, '');

/** RFC 6350 folding: lines longer than 75 octets continue on lines that start with a space. */
const encoder = new TextEncoder();

function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = encoder.encode(char).length;
    if (size + length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The kept roster as vCard 4.0, for re-importing into an address book. */
export const exportVcards = (db: Db): string => vcardsOf(activeStoredContacts(db));

function vcardsOf(contacts: readonly StoredContact[]): string {
  return contacts
    .map((contact) => {
      const lines = [
        'BEGIN:VCARD',
        'VERSION:4.0',
        `FN:${vcardText(contact.name)}`,
        `N:${vcardText(contact.lastName)};${vcardText(contact.firstName)};;;`,
        ...contact.emails.map((email, index) => `EMAIL${index === 0 ? ';PREF=1' : ''}:${vcardText(email)}`),
        ...contact.phones.map((phone) => `TEL;VALUE=uri:tel:${vcardUri(phone).replace(/\s+/g, '-')}`),
        ...(contact.company ? [`ORG:${vcardText(contact.company)}`] : []),
        ...(contact.position ? [`TITLE:${vcardText(contact.position)}`] : []),
        ...(contact.profileUrl ? [`URL;TYPE=linkedin:${vcardUri(contact.profileUrl)}`] : []),
        ...contact.handles.map((handle) => `IMPP:acct:${vcardUri(handle)}`),
        ...(contact.note ? [`NOTE:${vcardText(contact.note)}`] : []),
        `UID:urn:prune:contact:${contact.id}`,
        'END:VCARD',
      ];
      return lines.map(fold).join('\r\n');
    })
    .join('\r\n')
    .concat('\r\n');
}

/** The kept roster as CSV; every cell is neutralized against spreadsheet formulas. */
export const exportCsv = (db: Db): string => csvOf(activeStoredContacts(db));

function csvOf(contacts: readonly StoredContact[]): string {
  const header = [
    'Name',
    'First Name',
    'Last Name',
    'Emails',
    'Phones',
    'Company',
    'Position',
    'LinkedIn',
    'Mastodon',
    'Connected On',
    'Sources',
    'Notes',
  ];
  const rows = contacts.map((contact) =>
    safeCsvRow([
      contact.name,
      contact.firstName,
      contact.lastName,
      contact.emails.join('; '),
      contact.phones.join('; '),
      contact.company ?? '',
      contact.position ?? '',
      contact.profileUrl ?? '',
      contact.handles.join('; '),
      contact.connectedOn ?? '',
      contact.sources.join('; '),
      contact.note ?? '',
    ]),
  );
  return [csvRow(header), ...rows].join('\r\n') + '\r\n';
}

export interface MastodonFollowingExport {
  text: string;
  /** Handles an overwrite import of this file would unfollow: follows the user removed in Prune. */
  unfollows: string[];
  kept: number;
}

/** Mastodon's own columns, in its order; a follow imported without them gets Mastodon's defaults. */
const MASTODON_FOLLOW_COLUMNS = [
  ['Show boosts', 'true'],
  ['Notify on new posts', 'false'],
  ['Languages', ''],
] as const;

/**
 * Mastodon's own following_accounts.csv format, holding only the follows still in the roster,
 * each with the settings it was imported with (and any other column that export had).
 */
export function exportMastodonFollowing(db: Db): MastodonFollowingExport {
  const rows = allRows<{ handle: string; status: string; settings: string | null }>(
    db,
    sql`SELECT h.handle, ${JOINED_STATUS} AS status, s.settings FROM contact_sources s
          JOIN contacts c ON c.id = s.contact_id ${REMOVAL_JOIN} JOIN contact_handles h ON h.contact_id = c.id
         WHERE s.source = 'mastodon' AND coalesce(s.relation, 'following') = 'following'
         ORDER BY h.handle`,
  );
  const kept = rows.filter((row) => row.status === 'active');
  const settingsOf = (row: (typeof rows)[number]): Record<string, string> =>
    row.settings ? (JSON.parse(row.settings) as Record<string, string>) : {};
  const known = new Set<string>(MASTODON_FOLLOW_COLUMNS.map(([name]) => name));
  const extra = [...new Set(kept.flatMap((row) => Object.keys(settingsOf(row))))].filter((name) => !known.has(name));
  const header = ['Account address', ...MASTODON_FOLLOW_COLUMNS.map(([name]) => name), ...extra];
  const lines = kept.map((row) => {
    const settings = settingsOf(row);
    return csvRow([
      row.handle.replace(/^@/, ''),
      ...MASTODON_FOLLOW_COLUMNS.map(([name, fallback]) => settings[name] ?? fallback),
      ...extra.map((name) => settings[name] ?? ''),
    ]);
  });
  const text = [csvRow(header), ...lines].join('\n') + '\n';
  return { text, unfollows: rows.filter((row) => row.status !== 'active').map((row) => row.handle), kept: kept.length };
}

/** Everyone removed in Prune who has a LinkedIn profile: the user removes them there, one by one. */
export function linkedInChecklist(db: Db): ChecklistItem[] {
  return allRows<Omit<ChecklistItem, 'done'> & { done: number }>(
    db,
    sql`SELECT c.id AS contactId, c.display_name AS name, c.profile_url AS profileUrl, l.done_at IS NOT NULL AS done
          FROM contacts c JOIN contact_sources s ON s.contact_id = c.id AND s.source = 'linkedin'
          LEFT JOIN linkedin_checklist l ON l.contact_id = c.id
         WHERE c.profile_url IS NOT NULL AND ${isOutOfRoster()}
         ORDER BY c.sort_name, c.id`,
  ).map((item) => ({ ...item, done: item.done === 1 }));
}

export function markChecklistItem(db: Db, contactId: number, done: boolean, now: string): void {
  if (done)
    prepared(db, 'INSERT OR REPLACE INTO linkedin_checklist (contact_id, done_at) VALUES (?, ?)').run(contactId, now);
  else prepared(db, 'DELETE FROM linkedin_checklist WHERE contact_id = ?').run(contactId);
}

/** The checklist as Markdown, for the CLI and for keeping outside Prune. */
export function linkedInChecklistMarkdown(items: readonly ChecklistItem[]): string {
  const lines = items.map((item) => `- [${item.done ? 'x' : ' '}] ${item.name} — ${item.profileUrl}`);
  return `# LinkedIn removal checklist\n\nOpen each profile, choose More → Remove connection, then tick it off. LinkedIn does not notify them.\n\n${lines.join('\n')}\n`;
}

/** Every export in one place: the text, a file name and type for saving, and Mastodon's unfollow preview. */
export function exportRoster(
  db: Db,
  format: ExportFormat,
  now: Date,
  selection: readonly number[] | null = null,
): ExportResult {
  const kept = (): StoredContact[] =>
    selection
      ? storedContacts(db, selection).filter((contact) => contact.status === 'active')
      : activeStoredContacts(db);
  const day = now.toISOString().slice(0, 10);
  const file = (fileName: string, mediaType: string, text: string, count: number, unfollows: string[] = []) => ({
    fileName,
    mediaType,
    text,
    count,
    unfollows,
  });
  switch (format) {
    case 'vcard': {
      const contacts = kept();
      return file(`prune-contacts-${day}.vcf`, 'text/vcard', vcardsOf(contacts), contacts.length);
    }
    case 'csv': {
      const contacts = kept();
      return file(`prune-contacts-${day}.csv`, 'text/csv', csvOf(contacts), contacts.length);
    }
    case 'mastodon-following': {
      const { text, unfollows, kept } = exportMastodonFollowing(db);
      return file('following_accounts.csv', 'text/csv', text, kept, unfollows);
    }
    case 'linkedin-checklist': {
      const items = linkedInChecklist(db);
      return file(
        `linkedin-removal-checklist-${day}.md`,
        'text/markdown',
        linkedInChecklistMarkdown(items),
        items.length,
      );
    }
    case 'audit-log': {
      const { text, count } = auditLogCsv(db);
      return file(`prune-audit-log-${day}.csv`, 'text/csv', text, count);
    }
  }
}
