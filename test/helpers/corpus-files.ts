import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportInputFile } from '../../electron/core/import/run-import.js';
import { corpusPath } from './temp-dir.js';

/** Corpus files as the importer receives them: a name and the raw bytes, used as they are. */
export function corpusFile(...parts: string[]): ImportInputFile {
  return { name: path.basename(parts.at(-1)!), bytes: new Uint8Array(readFileSync(corpusPath(...parts))) };
}

export const textFile = (name: string, text: string): ImportInputFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});
