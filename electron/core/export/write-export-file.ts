import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CoreError } from '../../../shared/result.js';

export interface WriteExportOptions {
  /** The roster's own file: an export must never land on it or its -wal/-shm. */
  rosterFile: string | null;
  /** Replace an existing file (a save dialog already asked; the CLI needs --force). */
  overwrite: boolean;
}

/** Plain words for what the file system said, instead of a stack trace. */
function reasonOf(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
      return `The disk is full: ${target} was not written.`;
    case 'EACCES':
    case 'EPERM':
      return `Prune may not write to ${path.dirname(target)}.`;
    case 'EROFS':
      return `${path.dirname(target)} is read-only.`;
    default:
      return `${target} could not be written${code ? ` (${code})` : ''}.`;
  }
}

/**
 * Writes an export where the user asked, whole or not at all: to a temporary file beside it,
 * then renamed over. Refuses the roster itself, folders, missing folders, and (unless told)
 * an existing file.
 */
export async function writeExportFile(target: string, text: string, options: WriteExportOptions): Promise<string> {
  const file = path.resolve(target);
  if (options.rosterFile) {
    const roster = path.resolve(options.rosterFile);
    if ([roster, `${roster}-wal`, `${roster}-shm`, `${roster}-journal`].includes(file))
      throw new CoreError('invalid_input', `${file} is your roster; an export cannot replace it.`);
  }
  const folder = path.dirname(file);
  if (!existsSync(folder)) throw new CoreError('invalid_input', `The folder ${folder} does not exist.`);
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new CoreError('invalid_input', `${file} is a folder; name a file.`);
    if (!options.overwrite)
      throw new CoreError('invalid_input', `${file} already exists. Choose another name, or replace it with --force.`);
  }
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CoreError('invalid_input', reasonOf(error, file));
  }
  return file;
}
