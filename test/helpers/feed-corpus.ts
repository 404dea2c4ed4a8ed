import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/corpus/feeds` beside the repository root, found from this file rather than the working directory. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const feedCorpusDir = path.resolve(repoRoot, '../shared/corpus/feeds');

/** The path of a corpus file; a missing corpus fails the test that asked, saying where it looked. */
export function feedCorpusPath(...parts: string[]): string {
  const file = path.join(feedCorpusDir, ...parts);
  if (!existsSync(file)) {
    throw new Error(`Feed corpus file missing: ${file}. The tests read ../shared/corpus/feeds beside the repository.`);
  }
  return file;
}

export const feedCorpusBytes = (...parts: string[]): Uint8Array =>
  new Uint8Array(readFileSync(feedCorpusPath(...parts)));

export const feedCorpusFiles = (folder: string): string[] =>
  readdirSync(feedCorpusPath(folder))
    .filter((name) => !name.startsWith('LICENSE') && !name.endsWith('.md') && !name.endsWith('.json'))
    .sort();
