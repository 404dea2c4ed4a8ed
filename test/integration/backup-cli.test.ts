import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/cli.js';
import { listBackups } from '../../electron/core/backup/backup-files.js';
import { checkRosterFile } from '../../electron/core/backup/roster-file-check.js';
import { contactsIn, makeRoster } from '../helpers/roster-files.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/** Runs a command function as the CLI would, capturing what it prints. */
async function run(command: 'backup' | 'restore-backup', args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  try {
    return { code: await runCli([command, ...args]), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('prune backup / prune restore-backup', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const roster = () => path.join(temp.dir, 'data', 'roster.db');

  beforeEach(() => {
    temp = makeTempDir();
    mkdirSync(path.join(temp.dir, 'data'));
  });
  afterEach(() => temp.cleanup());

  it('backup --out writes a verified copy of the roster', async () => {
    const people = await makeRoster(roster(), 120);
    const out = path.join(temp.dir, 'copy.db');
    const result = await run('backup', ['--db', roster(), '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Backed up the roster to .*copy\.db \(\d+\.\d MB, checked with quick_check\)\.$/);
    expect(checkRosterFile(out).ok).toBe(true);
    expect(contactsIn(out)).toBe(people);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('backup explains what is missing or wrong', async () => {
    await makeRoster(roster(), 10);
    expect(await run('backup', ['--db', roster()])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--out names the file to write[\s\S]*prune backup --out <file>/),
    });
    expect(await run('backup', ['--db', roster(), '--out', roster()])).toMatchObject({
      code: 1,
      stderr: 'prune: The backup cannot replace the roster it copies.',
    });
    const nowhere = path.join(temp.dir, 'no', 'such', 'folder', 'x.db');
    expect(await run('backup', ['--db', roster(), '--out', nowhere])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/folder .* does not exist/),
    });
    expect((await run('backup', ['--bogus'])).code).toBe(1);
  });

  it('restore-backup replaces the roster and keeps the current one in backups/', async () => {
    const before = await makeRoster(roster(), 10);
    const other = path.join(temp.dir, 'other-roster.db');
    const people = await makeRoster(other, 200);
    const result = await run('restore-backup', [other, '--db', roster()]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/Restored the roster from .*other-roster\.db/);
    expect(result.stdout).toMatch(/The roster as it was is kept at .*before-restore-.*\.db/);
    expect(contactsIn(roster())).toBe(people);
    const kept = readdirSync(path.join(temp.dir, 'data', 'backups')).filter((n) => n.startsWith('before-restore-'));
    expect(kept).toHaveLength(1);
    expect(contactsIn(path.join(temp.dir, 'data', 'backups', kept[0]!))).toBe(before);
  });

  it('restore-backup refuses a file that is not a Prune roster and leaves the roster alone', async () => {
    const people = await makeRoster(roster(), 25);
    const text = path.join(temp.dir, 'contacts.csv');
    writeFileSync(text, 'First Name,Last Name\nAda,Lovelace\n');
    const result = await run('restore-backup', [text, '--db', roster()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^prune: Not restored: .*contacts\.csv .*Your roster was not changed\.$/);
    expect(contactsIn(roster())).toBe(people);
    expect(listBackups(path.join(temp.dir, 'data'))).toEqual([]);
    expect(existsSync(path.join(temp.dir, 'data', 'backups'))).toBe(false);
    expect((await run('restore-backup', ['--db', roster()])).code).toBe(1);
    expect((await run('restore-backup', [text, text, '--db', roster()])).code).toBe(1);
  });

  it('restore-backup repairs a roster that cannot be opened at all', async () => {
    const backup = path.join(temp.dir, 'good.db');
    const people = await makeRoster(backup, 40);
    writeFileSync(roster(), 'not a database at all '.repeat(500));
    expect((await run('backup', ['--db', roster(), '--out', path.join(temp.dir, 'x.db')])).stderr).toMatch(
      /could not be opened.*Restore a backup/,
    );
    expect((await run('restore-backup', [backup, '--db', roster()])).code).toBe(0);
    expect(contactsIn(roster())).toBe(people);
  });
});
