import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseImportFile, type ParseOptions } from '../../../electron/core/import/parse-import-file.js';
import type { ParsedFile, ParseFailure } from '../../../electron/core/import/types.js';
import { corpusPath } from '../../helpers/temp-dir.js';

export const corpusBytes = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(corpusPath(...parts)));
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Parses and insists it worked, so each test reads as what it checks. */
export function parsed(bytes: Uint8Array, name = 'file', options: ParseOptions = {}): ParsedFile {
  const outcome = parseImportFile(name, bytes, options);
  if (!outcome.ok) expect.fail(`expected ${name} to parse, got line ${outcome.error.line}: ${outcome.error.message}`);
  return outcome.file;
}

export function failure(bytes: Uint8Array, name = 'file'): ParseFailure {
  const outcome = parseImportFile(name, bytes);
  if (outcome.ok) expect.fail(`expected ${name} to be refused, but it parsed as ${outcome.file.format}`);
  return outcome.error;
}
