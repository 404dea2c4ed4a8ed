import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ParseFailure } from './types.js';

/** The files of a LinkedIn data export Prune reads; everything else in the archive is ignored. */
const WANTED = new Set(['connections.csv', 'messages.csv', 'invitations.csv']);
/** Refuse archives that claim more than this once unpacked (zip bombs). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const baseName = (path: string): string => path.split('/').pop()!.toLowerCase();

/** Pulls Connections.csv, messages.csv and Invitations.csv out of the export, wherever they sit. */
export function extractLinkedInExport(
  bytes: Uint8Array,
): { ok: true; entries: { name: string; bytes: Uint8Array }[] } | { ok: false; error: ParseFailure } {
  let declared = 0;
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!WANTED.has(baseName(file.name))) return false;
        declared += file.originalSize;
        if (declared > MAX_UNPACKED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge)
      return {
        ok: false,
        error: { line: 0, message: 'The archive unpacks to more than 200 MB; refusing to open it.' },
      };
    const entries = Object.entries(files)
      .map(([name, content]) => ({ name, bytes: content }))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (entries.length === 0) {
      return {
        ok: false,
        error: {
          line: 0,
          message:
            'This archive has no Connections.csv, messages.csv or Invitations.csv: is it a LinkedIn data export?',
        },
      };
    }
    return { ok: true, entries };
  } catch (error) {
    return {
      ok: false,
      error: { line: 0, message: `The archive is damaged and cannot be opened (${(error as Error).message}).` },
    };
  }
}
