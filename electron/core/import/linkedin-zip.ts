import type { ParseFailure } from './types.js';
import { readZipEntry, zipEntries, type ZipLimits } from './zip-archive.js';

/** The files of a LinkedIn data export Prune reads; everything else in the archive is ignored. */
const WANTED = new Set(['connections.csv', 'messages.csv', 'invitations.csv']);

/** Real caps on what is inflated (zip bombs): a 30,000-person export is a few MB. */
export const LINKEDIN_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 100 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const baseName = (path: string): string => path.split('/').pop()!.toLowerCase();

export type ExtractedEntry = { name: string; bytes: Uint8Array } | { name: string; error: string };

/**
 * Pulls Connections.csv, messages.csv and Invitations.csv out of the export, wherever they
 * sit. Each entry is read on its own: one that is damaged or too large is reported with why,
 * and the others are still imported.
 */
export function extractLinkedInExport(
  bytes: Uint8Array,
  limits: ZipLimits = LINKEDIN_ZIP_LIMITS,
): { ok: true; entries: ExtractedEntry[] } | { ok: false; error: ParseFailure } {
  const directory = zipEntries(bytes);
  if (!directory.ok)
    return { ok: false, error: { line: 0, message: `The archive cannot be opened: ${directory.message}.` } };
  const budget = { left: limits.maxTotalBytes };
  const entries = directory.entries
    .filter((entry) => WANTED.has(baseName(entry.name)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry): ExtractedEntry => {
      const read = readZipEntry(bytes, entry, limits, budget);
      return read.ok
        ? { name: entry.name, bytes: read.bytes }
        : { name: entry.name, error: `Not read: ${read.message}.` };
    });
  if (entries.length === 0) {
    return {
      ok: false,
      error: {
        line: 0,
        message: 'This archive has no Connections.csv, messages.csv or Invitations.csv: is it a LinkedIn data export?',
      },
    };
  }
  return { ok: true, entries };
}
