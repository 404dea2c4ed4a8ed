import { columnIndex, readCsv } from './csv-table.js';
import { emptyPerson, type ImportedPerson, type ParseOutcome, type SkippedRow } from './types.js';

type MastodonFormat = 'mastodon-following' | 'mastodon-muted' | 'mastodon-blocked';

const RELATION: Record<MastodonFormat, ImportedPerson['relation']> = {
  'mastodon-following': 'following',
  'mastodon-muted': 'muted',
  'mastodon-blocked': 'blocked',
};

/** `user@domain` or `@user@domain`; domains may be internationalized. */
export const HANDLE_PATTERN = /^@?[^\s@,"]+@[^\s@,"]+\.[^\s@,"]+$/u;

function personFor(handle: string, line: number, format: MastodonFormat): ImportedPerson {
  const person = emptyPerson('mastodon', line);
  person.handles = [handle];
  person.fullName = handle.replace(/^@/, '');
  person.relation = RELATION[format];
  return person;
}

/** Mastodon's account exports: following and muted (with a header), blocked (one handle per line). */
export function parseMastodonCsv(text: string, format: MastodonFormat): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const hasHeader = format !== 'mastodon-blocked';
  const [header] = csv.records;
  const addressColumn = hasHeader && header ? (columnIndex(header.fields).get('account address') ?? 0) : 0;
  const people: ImportedPerson[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of hasHeader ? csv.records.slice(1) : csv.records) {
    const handle = (record.fields[addressColumn] ?? '').trim();
    if (!handle) continue;
    if (!HANDLE_PATTERN.test(handle)) {
      skipped.push({ line: record.line, reason: `"${handle.slice(0, 80)}" is not a Mastodon address (user@domain)` });
      continue;
    }
    people.push(personFor(handle, record.line, format));
  }
  return { ok: true, file: { format, people, interactions: [], skipped } };
}
