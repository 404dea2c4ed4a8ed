import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve('electron/cli/bin.mjs');

export interface ImportTotals {
  added: number;
  updated: number;
  merged: number;
  unchanged: number;
  skipped: number;
  interactions: number;
  mergeProposals: number;
  errors: { file: string; line: number; message: string }[];
}

export interface ListedContact {
  id: number;
  name: string;
  emails: string[];
  company: string | null;
  profileUrl: string | null;
  sources: string[];
  connectedOn: string | null;
}

/** Runs the real CLI (`prune …`) and returns its exit code and output. */
export async function prune(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A roster file and the invented export files of one test, in a temp folder. */
export function rosterIn(dir: string, name: string) {
  const db = path.join(dir, `${name}.db`);
  const write = (fileName: string, content: string | Uint8Array): string => {
    const file = path.join(dir, `${name}-files`, fileName);
    writeFileSync(file, content);
    return file;
  };
  return {
    db,
    write,
    async import(files: string[], ...options: string[]): Promise<ImportTotals & { code: number }> {
      const result = await prune('import', ...files, '--db', db, '--json', ...options);
      return { ...(JSON.parse(result.stdout) as ImportTotals), code: result.code };
    },
    async contacts(): Promise<ListedContact[]> {
      return JSON.parse((await prune('contacts', '--db', db, '--json')).stdout) as ListedContact[];
    },
  };
}
