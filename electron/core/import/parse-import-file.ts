import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { parseGoogleCsv } from './google-csv.js';
import { parseLinkedInConnections } from './linkedin-connections.js';
import { parseLinkedInInvitations } from './linkedin-invitations.js';
import { parseLinkedInMessages } from './linkedin-messages.js';
import { parseLinkedInMessages2018 } from './linkedin-messages-2018.js';
import { extractLinkedInExport, isZip } from './linkedin-zip.js';
import {
  HANDLE_LIST_FORMAT,
  handleListKindFromFileName,
  parseMastodonCsv,
  type HandleListKind,
} from './mastodon-csv.js';
import { parseOutlookCsv } from './outlook-csv.js';
import type { ArchivePart, ParseOutcome } from './types.js';
import { parseVcards } from './vcard.js';

export interface ParseOptions {
  /** What a header-less list of Mastodon handles is, when the user said (`--as`, the import summary). */
  listKind?: HandleListKind;
}

const UNRECOGNIZED =
  'Not a file Prune can import: expected a LinkedIn export (Connections.csv, messages.csv, Invitations.csv or the .zip), ' +
  'a vCard (.vcf), a Google or Outlook contacts CSV, or a Mastodon account export.';

export const UNKNOWN_LIST_KIND =
  'A list of Mastodon addresses without a header: neither its content nor its file name says whether these are ' +
  'follows, blocks or mutes. Import it again and say which (CLI: --as following|blocked|muted).';

function parseText(text: string, fileName: string, options: ParseOptions): ParseOutcome {
  if (!text.trim()) return { ok: false, error: { line: 0, message: 'The file is empty.' } };
  const format = detectFormat(text);
  switch (format) {
    case 'vcard':
      return parseVcards(text);
    case 'linkedin-connections':
      return parseLinkedInConnections(text);
    case 'linkedin-messages':
      return parseLinkedInMessages(text);
    case 'linkedin-messages-2018':
      return parseLinkedInMessages2018(text);
    case 'linkedin-invitations':
      return parseLinkedInInvitations(text);
    case 'google-csv':
      return parseGoogleCsv(text);
    case 'outlook-csv':
      return parseOutlookCsv(text);
    case 'mastodon-following':
    case 'mastodon-muted':
    case 'mastodon-blocked':
      return parseMastodonCsv(text, format, true);
    case 'mastodon-handle-list': {
      const kind = options.listKind ?? handleListKindFromFileName(fileName);
      if (!kind) return { ok: false, error: { line: 1, message: UNKNOWN_LIST_KIND, code: 'unknown-list-kind' } };
      return parseMastodonCsv(text, HANDLE_LIST_FORMAT[kind], false);
    }
    case 'linkedin-zip':
    case null:
      return { ok: false, error: { line: 0, message: UNRECOGNIZED, code: 'unrecognized' } };
  }
}

/** Each part of the archive is its own file: one that cannot be read is reported, the rest still import. */
function parseArchive(bytes: Uint8Array, options: ParseOptions): ParseOutcome {
  const archive = extractLinkedInExport(bytes);
  if (!archive.ok) return archive;
  const parts: ArchivePart[] = archive.entries.map((entry) => {
    if ('error' in entry) return { name: entry.name, error: { line: 0, message: entry.error } };
    const outcome = parseText(decodeText(entry.bytes).text, entry.name, options);
    return outcome.ok ? { name: entry.name, parsed: outcome.file } : { name: entry.name, error: outcome.error };
  });
  return { ok: true, file: { format: 'linkedin-zip', people: [], interactions: [], skipped: [], parts } };
}

/**
 * The one entry point: bytes in, people and interactions out, format detected from the
 * content. The file name is used only for what content cannot tell: whether a header-less
 * list of Mastodon handles holds follows, blocks or mutes. Never throws; a file it cannot use
 * comes back with the line and the reason.
 */
export function parseImportFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): ParseOutcome {
  try {
    if (bytes.length === 0) return { ok: false, error: { line: 0, message: 'The file is empty.' } };
    return isZip(bytes) ? parseArchive(bytes, options) : parseText(decodeText(bytes).text, fileName, options);
  } catch (error) {
    // Parsers are written not to throw; this is the last line of defence for the import as a whole.
    return { ok: false, error: { line: 0, message: `Could not read the file: ${(error as Error).message}` } };
  }
}
