import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type EventPayload } from '../../shared/ipc.js';

type OfferedFile = EventPayload<'filesOffered'>['files'][number];

/** What Prune registers with the OS (electron-builder.yml's fileAssociations) and imports. */
export const IMPORTABLE_EXTENSIONS = ['csv', 'vcf', 'vcard', 'zip', 'txt'] as const;

/** Files among command-line arguments (first launch or a second instance), not flags or the app itself. */
export function importablePaths(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((argument) => !argument.startsWith('-'))
    .map((argument) => path.resolve(cwd, argument))
    .filter((file) => {
      const extension = path.extname(file).slice(1).toLowerCase();
      return (
        (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension) && existsSync(file) && statSync(file).isFile()
      );
    });
}

/** The files as the import takes them; unreadable or oversized ones are left out (at most 50). */
export async function readImportFiles(paths: readonly string[]): Promise<OfferedFile[]> {
  const files: OfferedFile[] = [];
  for (const file of paths.slice(0, 50)) {
    try {
      if (statSync(file).size > MAX_IMPORT_BYTES) continue;
      files.push({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)) });
    } catch {
      // Gone or unreadable since the OS named it: nothing to offer.
    }
  }
  return files;
}
