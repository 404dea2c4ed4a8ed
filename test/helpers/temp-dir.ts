import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh data directory per test (DESIGN.md §9); removed by the returned cleanup. */
export function makeTempDir(prefix = 'prune-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const corpusPath = (...parts: string[]): string => path.resolve(process.cwd(), '../shared/corpus', ...parts);
