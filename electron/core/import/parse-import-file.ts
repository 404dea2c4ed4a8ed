import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { parseGoogleCsv } from './google-csv.js';
import { parseLinkedInConnections } from './linkedin-connections.js';
import { parseLinkedInInvitations } from './linkedin-invitations.js';
import { parseLinkedInMessages } from './linkedin-messages.js';
import { extractLinkedInExport, isZip } from './linkedin-zip.js';
import { parseMastodonCsv } from './mastodon-csv.js';
import { parseOutlookCsv } from './outlook-csv.js';
import type { ParseOutcome } from './types.js';
import { parseVcards } from './vcard.js';

const UNRECOGNIZED =
  'Not a file Prune can import: expected a LinkedIn export (Connections.csv, messages.csv, Invitations.csv or the .zip), ' +
  'a vCard (.vcf), a Google or Outlook contacts CSV, or a Mastodon account export.';

function parseText(text: string): ParseOutcome {
  if (!text.trim()) return { ok: false, error: { line: 0, message: 'The file is empty.' } };
  const format = detectFormat(text);
  switch (format) {
    case 'vcard':
      return parseVcards(text);
    case 'linkedin-connections':
      return parseLinkedInConnections(text);
    case 'linkedin-messages':
      return parseLinkedInMessages(text);
    case 'linkedin-invitations':
      return parseLinkedInInvitations(text);
    case 'google-csv':
      return parseGoogleCsv(text);
    case 'outlook-csv':
      return parseOutlookCsv(text);
    case 'mastodon-following':
    case 'mastodon-muted':
    case 'mastodon-blocked':
      return parseMastodonCsv(text, format);
    case 'linkedin-zip':
    case null:
      return { ok: false, error: { line: 1, message: UNRECOGNIZED } };
  }
}

function parseArchive(bytes: Uint8Array): ParseOutcome {
  const archive = extractLinkedInExport(bytes);
  if (!archive.ok) return archive;
  const parts = [];
  for (const entry of archive.entries) {
    const outcome = parseText(decodeText(entry.bytes).text);
    if (!outcome.ok) {
      return { ok: false, error: { line: outcome.error.line, message: `${entry.name}: ${outcome.error.message}` } };
    }
    parts.push({ name: entry.name, parsed: outcome.file });
  }
  return { ok: true, file: { format: 'linkedin-zip', people: [], interactions: [], skipped: [], parts } };
}

/**
 * The one entry point: bytes in, people and interactions out, format detected from the
 * content. Never throws; a file it cannot use comes back with the line and the reason.
 */
export function parseImportFile(_fileName: string, bytes: Uint8Array): ParseOutcome {
  try {
    if (bytes.length === 0) return { ok: false, error: { line: 0, message: 'The file is empty.' } };
    return isZip(bytes) ? parseArchive(bytes) : parseText(decodeText(bytes).text);
  } catch (error) {
    // Parsers are written not to throw; this is the last line of defence for the import as a whole.
    return { ok: false, error: { line: 0, message: `Could not read the file: ${(error as Error).message}` } };
  }
}
