import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPath, makeTempDir } from '../helpers/temp-dir.js';
import { prune } from './real-shapes/cli.js';

const bin = path.resolve('electron/cli/bin.mjs');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `input` on standard input, the way `… | prune remove -` does. */
function pruneWithInput(input: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('prune CLI', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const db = (name: string) => path.join(temp.dir, name);

  it('imports files and prints one JSON summary summed over files', async () => {
    const result = await prune(
      'import',
      corpusPath('linkedin/Connections.csv'),
      corpusPath('vcard/contacts.vcf'),
      '--db',
      db('a.db'),
      '--json',
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ added: 6, updated: 0, merged: 1, skipped: 1, errors: [] });
  });

  it('lists contacts as JSON with the documented fields, filtered by search and status', async () => {
    const result = await prune('contacts', '--db', db('a.db'), '--search', 'lovelace', '--json');
    expect(result.code).toBe(0);
    const contacts = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(contacts).toEqual([
      {
        id: expect.any(Number),
        name: 'Ada Lovelace',
        emails: ['ada@analytical.example', 'ada.home@example.net'],
        company: 'Analytical Engines, Ltd.',
        position: 'Head of Computation',
        profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
        sources: ['linkedin', 'vcard'],
        status: 'active',
        connectedOn: '2015-12-10',
        reappeared: false,
        reappearedIn: null,
        removalReason: null,
      },
    ]);
    const all = JSON.parse((await prune('contacts', '--db', db('a.db'), '--json')).stdout) as unknown[];
    expect(all).toHaveLength(6);
    const trashed = JSON.parse((await prune('contacts', '--db', db('a.db'), '--status', 'trashed', '--json')).stdout);
    expect(trashed).toEqual([]);
  });

  it('re-importing reports nothing added', async () => {
    const result = await prune('import', corpusPath('linkedin/Connections.csv'), '--db', db('a.db'), '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 0, updated: 0, merged: 0 });
  });

  it('exits 2 with the line and problem when a file cannot be imported, keeping the rest', async () => {
    const broken = path.join(temp.dir, 'broken.csv');
    writeFileSync(broken, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,"B,,,,,\n');
    const result = await prune('import', broken, corpusPath('linkedin/Connections.csv'), '--db', db('b.db'), '--json');
    expect(result.code).toBe(2);
    const summary = JSON.parse(result.stdout) as { added: number; errors: { line: number; message: string }[] };
    expect(summary.added).toBe(4);
    expect(summary.errors).toEqual([{ file: 'broken.csv', line: 2, message: expect.any(String) }]);
  });

  it('exits 2 for a file that does not exist', async () => {
    const result = await prune('import', path.join(temp.dir, 'nope.csv'), '--db', db('c.db'), '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).errors[0].message).toMatch(/Cannot read .*ENOENT/);
  });

  it('rejects bad usage with a message and exit 1', async () => {
    const result = await prune('contacts', '--db', db('a.db'), '--status', 'gone');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--status must be one of active, trashed, removed/);
    expect((await prune('frobnicate')).stderr).toMatch(/Unknown command "frobnicate"/);
  });

  it('refuses a --db that names no roster instead of answering from a new, empty one', async () => {
    const typo = path.join(temp.dir, 'no-such-folder', 'roster.db');
    const missingFolder = await prune('rules', 'list', '--db', typo, '--json');
    expect(missingFolder.code).toBe(1);
    expect(missingFolder.stderr).toMatch(/No folder .*no-such-folder/);
    const missingFile = await prune('contacts', '--db', db('typo.db'), '--json');
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr).toMatch(/No roster at .*typo\.db/);
    expect((await prune('contacts', '--db', temp.dir)).stderr).toMatch(/is a folder, not a roster/);
    expect(existsSync(path.dirname(typo)) || existsSync(db('typo.db'))).toBe(false);
    // Importing is how a roster starts.
    const started = await prune('import', corpusPath('linkedin/Connections.csv'), '--db', db('new.db'), '--json');
    expect(started.code).toBe(0);
    expect((await prune('contacts', '--db', db('new.db'), '--json')).code).toBe(0);
  });
});

describe('prune CLI: declutter', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const db = path.join(temp.dir, 'd.db');
  const contacts = async (status: string) =>
    JSON.parse((await prune('contacts', '--db', db, '--status', status, '--json')).stdout) as {
      id: number;
      name: string;
      reappeared: boolean;
    }[];

  it('removes, lists the trash, restores and undoes', async () => {
    await prune('import', corpusPath('linkedin/Connections.csv'), '--db', db);
    const [ada, grace] = await contacts('active');
    const removed = await prune('remove', String(ada!.id), String(grace!.id), '--db', db, '--reason', 'tidy up');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Moved 2 of 2 to the trash\. Nobody was notified/);
    expect((await contacts('trashed')).map((c) => [c.name, c.reappeared])).toEqual([
      ['Ada Lovelace', false],
      ['Grace Hopper', false],
    ]);
    expect((await prune('restore', String(grace!.id), '--db', db)).stdout).toMatch(/Restored 1 of 1/);
    expect((await prune('undo', '--db', db)).stdout).toMatch(/Undid the last restore: 1 contact back/);
    expect(await contacts('trashed')).toHaveLength(2);
    await prune('import', corpusPath('linkedin/Connections.csv'), '--db', db);
    expect((await contacts('trashed')).every((c) => c.reappeared)).toBe(true);
  });

  it('exports each format to a file', async () => {
    for (const format of ['vcard', 'csv', 'mastodon-following', 'linkedin-checklist']) {
      const out = path.join(temp.dir, `out-${format}`);
      const result = await prune('export', '--db', db, '--format', format, '--out', out);
      expect(result.code, format).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(temp.dir, 'out-linkedin-checklist'), 'utf8')).toContain(
      '- [ ] Ada Lovelace — https://www.linkedin.com/in/ada-lovelace-1815',
    );
    expect((await prune('export', '--db', db, '--format', 'pdf', '--out', 'x')).stderr).toMatch(
      /--format must be one of/,
    );
    expect((await prune('remove', 'abc', '--db', db)).stderr).toMatch(/"abc" is not a contact id/);
  });

  it('reads 120,000 ids from standard input with -, past any argument-list limit', async () => {
    const stdinDb = path.join(temp.dir, 'stdin.db');
    await prune('import', corpusPath('linkedin/Connections.csv'), '--db', stdinDb);
    const [ada, grace] = JSON.parse((await prune('contacts', '--db', stdinDb, '--json')).stdout) as { id: number }[];
    const ids = Array.from({ length: 120_000 }, (_, index) => index + 1_000);
    ids[500] = ada!.id;
    ids[119_999] = grace!.id;
    const removed = await pruneWithInput(`${ids.join('\n')}\n`, 'remove', '-', '--db', stdinDb);
    expect(removed.stderr).toBe('');
    expect(removed.stdout).toMatch(/Moved 2 of 120000 to the trash/);
    const restored = await pruneWithInput(`${ada!.id}\r\n\r\n`, 'restore', '-', '--db', stdinDb);
    expect(restored.stdout).toMatch(/Restored 1 of 1/);
  });

  it('purges through the same dispatch as the app and reports what the contract refuses', async () => {
    const purged = await prune('purge', '--db', db, '--days', '0');
    expect(purged.code).toBe(0);
    expect(purged.stdout).toMatch(/2 trashed contacts older than 0 days became tombstones/);
    expect(JSON.parse((await prune('contacts', '--db', db, '--status', 'removed', '--json')).stdout)).toHaveLength(2);
    const zero = await prune('remove', '0', '--db', db);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/^prune: Invalid contactsRemove request: .*ids\[0\]/s);
    // A purge is final: undoing the removal before it brings nobody back.
    expect((await prune('undo', '--db', db)).stdout).toMatch(/Undid the last remove: 0 contacts back as before/);
  });
});

describe('prune CLI: merges, undo and redo', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const db = path.join(temp.dir, 'm.db');

  it('lists proposals with both people as listings, accepts one, and undo/redo walk the merge', async () => {
    const connections = path.join(temp.dir, 'Connections.csv');
    const card = path.join(temp.dir, 'lise.vcf');
    writeFileSync(
      connections,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Lise,Meitner,https://www.linkedin.com/in/lise-meitner,,KWI,Physicist,01 Mar 2019\n',
    );
    writeFileSync(
      card,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lise Meitner\r\nORG:KWI\r\nEMAIL:lise@kwi.example\r\nEND:VCARD\r\n',
    );
    await prune('import', connections, card, '--db', db);
    const listed = await prune('merges', 'list', '--db', db, '--json');
    const [proposal] = JSON.parse(listed.stdout) as {
      id: number;
      a: Record<string, unknown>;
      b: Record<string, unknown>;
      reason: string;
    }[];
    expect(proposal).toMatchObject({
      a: {
        name: 'Lise Meitner',
        profileUrl: 'https://www.linkedin.com/in/lise-meitner',
        sources: ['linkedin'],
        reappeared: false,
      },
      b: { name: 'Lise Meitner', emails: ['lise@kwi.example'], sources: ['vcard'] },
      reason: expect.stringMatching(/Same name and company/),
    });
    expect(Object.keys(proposal!.a).sort()).toEqual(
      [
        'connectedOn',
        'company',
        'emails',
        'id',
        'name',
        'position',
        'profileUrl',
        'reappeared',
        'reappearedIn',
        'removalReason',
        'sources',
        'status',
      ].sort(),
    );
    expect((await prune('merges', 'accept', String(proposal!.id), '--db', db)).stdout).toMatch(/Merged into contact/);
    const count = async () => (JSON.parse((await prune('contacts', '--db', db, '--json')).stdout) as unknown[]).length;
    expect(await count()).toBe(1);
    expect((await prune('undo', '--db', db)).stdout).toMatch(
      /Undid the last merge: 2 contacts back as before \(Merge Lise Meitner\)/,
    );
    expect(await count()).toBe(2);
    expect((await prune('redo', '--db', db)).stdout).toMatch(
      /Redid the last merge: 2 contacts changed again \(Merge Lise Meitner\)/,
    );
    expect(await count()).toBe(1);
    expect((await prune('redo', '--db', db)).stderr).toMatch(/prune: Nothing to redo\./);
    expect((await prune('merges', 'dismiss', 'x', '--db', db)).stderr).toMatch(/name one proposal id/);
  });
});

describe('prune export: nothing lost where the file lands', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const db = path.join(temp.dir, 'roster.db');

  it('refuses the roster and its companions, an existing file without --force, folders and missing folders', async () => {
    await prune('import', corpusPath('linkedin/Connections.csv'), '--db', db);
    for (const target of [db, `${db}-wal`, `${db}-shm`]) {
      const refused = await prune('export', '--db', db, '--format', 'csv', '--out', target);
      expect(refused.code, target).toBe(1);
      expect(refused.stderr).toMatch(/is your roster; an export cannot replace it/);
    }
    const contacts = JSON.parse((await prune('contacts', '--db', db, '--json')).stdout) as unknown[];
    expect(contacts).toHaveLength(4);

    const out = path.join(temp.dir, 'kept.csv');
    writeFileSync(out, 'precious');
    expect((await prune('export', '--db', db, '--format', 'csv', '--out', out)).stderr).toMatch(
      /already exists\. Choose another name, or replace it with --force/,
    );
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect((await prune('export', '--db', db, '--format', 'csv', '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Name,First Name/);

    expect((await prune('export', '--db', db, '--format', 'csv', '--out', temp.dir)).stderr).toMatch(/is a folder/);
    const missing = await prune('export', '--db', db, '--format', 'csv', '--out', path.join(temp.dir, 'no', 'x.csv'));
    expect(missing.stderr).toMatch(/^prune: The folder .*no does not exist\.$/m);
    expect(missing.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  });
});
