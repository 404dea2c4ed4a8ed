import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/cli.js';
import { checkRosterFile } from '../../electron/core/backup/roster-file-check.js';
import { contactsIn, makeRoster } from '../helpers/roster-files.js';
import { makeTempDir } from '../helpers/temp-dir.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  try {
    return { code: await runCli(['start-over', ...args]), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('prune start-over', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const roster = () => path.join(temp.dir, 'data', 'roster.db');

  beforeEach(() => {
    temp = makeTempDir();
    mkdirSync(path.join(temp.dir, 'data'));
  });
  afterEach(() => temp.cleanup());

  it('refuses without --yes, says why, and changes nothing', async () => {
    const people = await makeRoster(roster(), 50);
    const result = await run(['--db', roster()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/clears everyone in the roster[\s\S]*again with --yes/);
    expect(contactsIn(roster())).toBe(people);
  });

  it('with --yes empties the roster and prints where the verified backup went', async () => {
    const people = await makeRoster(roster(), 50);
    const result = await run(['--db', roster(), '--yes']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const backup = result.stdout.match(/kept at (.+before-start-over-[^\s]+\.db)/)?.[1];
    expect(backup).toBeDefined();
    expect(path.dirname(backup!)).toBe(path.join(temp.dir, 'data', 'backups'));
    expect(result.stdout).toContain(`cleared ${people} people`);
    expect(result.stdout).toContain(`prune restore-backup "${backup}"`);
    expect(checkRosterFile(backup!).ok).toBe(true);
    expect(contactsIn(backup!)).toBe(people);
    expect(contactsIn(roster())).toBe(0);
  });

  it('refuses stray words', async () => {
    await makeRoster(roster(), 10);
    expect((await run(['--db', roster(), '--yes', 'now'])).stderr).toMatch(/unexpected "now"/);
  });
});
