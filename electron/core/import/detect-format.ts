import type { ImportFormat } from '../../../shared/domain.js';
import { columnIndex, readCsv, type CsvRecord } from './csv-table.js';
import { CONNECTIONS_REQUIRED } from './linkedin-connections.js';
import { INVITATIONS_REQUIRED } from './linkedin-invitations.js';
import { MESSAGES_REQUIRED } from './linkedin-messages.js';
import { MESSAGES_2018_REQUIRED } from './linkedin-messages-2018.js';
import { HANDLE_PATTERN } from './mastodon-csv.js';

/** Enough of the file to see its header, cut at a line end so a row is never half-read. */
function head(text: string, maxChars = 16_384): string {
  if (text.length <= maxChars) return text;
  const cut = text.lastIndexOf('\n', maxChars);
  return text.slice(0, cut > 0 ? cut : maxChars);
}

const hasAll = (columns: Map<string, number>, names: readonly string[]): boolean =>
  names.every((name) => columns.has(name.toLowerCase()));

/** A malformed CSV may still be one we know: read the rows before the problem. */
function headRecords(text: string): CsvRecord[] {
  const csv = readCsv(text);
  if (csv.ok) return csv.records;
  const before = readCsv(
    text
      .split(/\r?\n/)
      .slice(0, Math.max(0, csv.error.line - 1))
      .join('\n'),
  );
  return before.ok ? before.records : [];
}

/** What content alone can tell: a format, or a header-less list of Mastodon handles of unknown kind. */
export type DetectedFormat = ImportFormat | 'linkedin-messages-2018' | 'mastodon-handle-list';

const EMAIL_COLUMNS = ['email', 'e-mail', 'email address', 'e-mail address'];

/** Recognizes an export by what it contains, never by its file name. */
export function detectFormat(text: string): DetectedFormat | null {
  const start = head(text);
  if (/^\s*BEGIN:VCARD/im.test(start)) return 'vcard';
  const lines = start
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 0 && lines.every((line) => HANDLE_PATTERN.test(line))) return 'mastodon-handle-list';
  const rows = headRecords(start);
  for (const record of rows.slice(0, 10)) {
    const columns = columnIndex(record.fields);
    if (hasAll(columns, CONNECTIONS_REQUIRED)) return 'linkedin-connections';
    if (hasAll(columns, MESSAGES_REQUIRED)) return 'linkedin-messages';
    if (hasAll(columns, INVITATIONS_REQUIRED)) return 'linkedin-invitations';
    if (hasAll(columns, MESSAGES_2018_REQUIRED)) return 'linkedin-messages-2018';
    if (columns.has('account address'))
      return columns.has('hide notifications') ? 'mastodon-muted' : 'mastodon-following';
    if (
      [...columns.keys()].some((name) => /^e-mail \d+ - value$/.test(name)) ||
      columns.has('given name') ||
      columns.has('organization name')
    ) {
      return 'google-csv';
    }
    if (columns.has('e-mail address') || (columns.has('first name') && columns.has('job title'))) return 'outlook-csv';
    // A plain contacts CSV (a `Name` column and an email one) reads the way Outlook's does.
    if (columns.has('name') && EMAIL_COLUMNS.some((name) => columns.has(name))) return 'outlook-csv';
  }
  return null;
}
