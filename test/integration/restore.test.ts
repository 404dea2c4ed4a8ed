import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../electron/core/backup/backup-files.js';
import { runStartupChecks } from '../../electron/core/backup/startup-checks.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { latestSchemaVersion } from '../../electron/core/db/migrate.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { contract } from '../../shared/ipc.js';
import { contactsIn, damageRoster, makeRoster, makeRosterAtVersion } from '../helpers/roster-files.js';
import { makeTempDir } from '../helpers/temp-dir.js';

describe('restoring a backup', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core | null = null;
  const roster = () => path.join(temp.dir, 'roster.db');
  const open = async (host: 'web' | 'cli' = 'web') =>
    (core = await createCore({ dataDir: temp.dir, host, version: 't', now: () => new Date('2026-11-20T09:00:00Z') }));
  const leftovers = () => readdirSync(temp.dir, { recursive: true }).filter((name) => String(name).endsWith('.tmp'));

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => {
    core?.close();
    core = null;
    temp.cleanup();
  });

  /** A roster with a verified daily backup, then damaged on disk. */
  async function damagedRosterWithBackup(): Promise<number> {
    const people = await makeRoster(roster(), 400);
    await open();
    await runStartupChecks(core!); // takes the daily backup
    core!.close();
    damageRoster(roster());
    return people;
  }

  it('finds a damaged roster after first paint and offers the latest good backup, in appInfo and as an event', async () => {
    await damagedRosterWithBackup();
    await open();
    const events: unknown[] = [];
    core!.subscribe((event, payload) => events.push({ event, payload }));
    const health = await runStartupChecks(core!);
    expect(health.status).toBe('damaged');
    expect(health.problem).toMatch(/integrity check/);
    expect(health.latestGoodBackup).toMatchObject({ kind: 'daily', file: listBackups(temp.dir)[0]!.file });
    expect(events).toEqual([{ event: 'rosterHealth', payload: health }]);
    const info = await dispatch(core!, 'appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { rosterHealth: health } });
    expect(listBackups(temp.dir)).toHaveLength(1); // no daily backup of a damaged roster
  });

  it('restores the latest good backup from the window, keeping the damaged roster aside', async () => {
    const people = await damagedRosterWithBackup();
    const damagedBytes = readFileSync(roster());
    await open();
    await runStartupChecks(core!);
    const events: unknown[] = [];
    core!.subscribe((event, payload) => events.push({ event, payload }));
    const result = await dispatch(core!, 'backupRestoreLatest', {});
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: latestSchemaVersion() } });
    expect(contract.backupRestoreLatest.output.safeParse((result as { value: unknown }).value).success).toBe(true);
    const { previousCopy } = (result as { value: { previousCopy: string } }).value;
    expect(path.dirname(previousCopy)).toBe(backupsDir(temp.dir));
    expect(readFileSync(previousCopy).equals(damagedBytes)).toBe(true);
    expect(core!.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(people);
    expect(core!.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(core!.health().status).toBe('ok');
    expect(events).toContainEqual({ event: 'rosterChanged', payload: { reason: 'backupRestore' } });
    expect(leftovers()).toEqual([]);
  });

  it('starts with a roster that cannot even be opened, then restores it', async () => {
    const people = await makeRoster(roster(), 50);
    await open();
    await runStartupChecks(core!);
    core!.close();
    writeFileSync(roster(), 'this is not a database, it is a grocery list'.repeat(200));
    await open();
    expect(core!.openProblem).toMatch(/could not be opened/);
    expect(() => core!.db).toThrow(/Restore a backup/);
    expect(await dispatch(core!, 'rosterQuery', {})).toMatchObject({ ok: false, error: { code: 'database' } });
    expect((await runStartupChecks(core!)).status).toBe('damaged');
    expect(await dispatch(core!, 'backupRestoreLatest', {})).toMatchObject({ ok: true });
    expect(core!.openProblem).toBeNull();
    expect(core!.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(people);
  });

  it('says so when there is no good backup', async () => {
    await open();
    expect(await dispatch(core!, 'backupRestoreLatest', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no backup that passes its check.' },
    });
  });

  it('refuses files that are not a Prune roster this version knows, changing nothing', async () => {
    const people = await makeRoster(roster(), 60);
    const notSqlite = path.join(temp.dir, 'notes.db');
    writeFileSync(notSqlite, 'SQLite format 3? no, just text');
    const otherApp = path.join(temp.dir, 'other.db');
    const other = new Database(otherApp);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const future = path.join(temp.dir, 'future.db');
    makeRosterAtVersion(future, 40);
    const bump = new Database(future);
    bump.pragma(`user_version = ${latestSchemaVersion() + 10}`);
    bump.close();
    const unknown = path.join(temp.dir, 'unknown.db');
    makeRosterAtVersion(unknown, 20);
    const odd = new Database(unknown);
    odd.pragma('user_version = 25');
    odd.close();

    await open('cli');
    const refusals: [string, RegExp][] = [
      [notSqlite, /not a readable SQLite database|cannot be opened/],
      [otherApp, /not a Prune roster \(no contacts, identity_keys, contact_sources, imports table\)/],
      [future, /newer version of Prune/],
      [unknown, /schema version this Prune does not know \(25\)/],
      [path.join(temp.dir, 'missing.db'), /does not exist/],
    ];
    for (const [file, message] of refusals) {
      const result = await dispatch(core!, 'backupRestore', { file });
      expect(result, file).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((result as { error: { message: string } }).error.message, file).toMatch(message);
      expect((result as { error: { message: string } }).error.message).toMatch(/Your roster was not changed/);
    }
    expect(core!.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(people);
    expect(existsSync(backupsDir(temp.dir))).toBe(false); // nothing was set aside either
    expect(leftovers()).toEqual([]);
  });

  it('restores an older-schema roster file and migrates it, backing it up first', async () => {
    await makeRoster(roster(), 30);
    const old = path.join(temp.dir, 'old.db');
    makeRosterAtVersion(old, 30);
    await open('cli');
    const result = await dispatch(core!, 'backupRestore', { file: old });
    expect(result).toMatchObject({ ok: true, value: { restoredFrom: old, schemaVersion: 30 } });
    expect(core!.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(core!.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(2);
    expect(listBackups(temp.dir).map((b) => b.kind)).toEqual(['pre-migration']);
    expect(contactsIn(old)).toBe(2); // the source is only read
  });

  it('refuses path-taking channels outside the CLI', async () => {
    await open('web');
    for (const [channel, input] of [
      ['backupCreate', { out: path.join(temp.dir, 'x.db') }],
      ['backupRestore', { file: path.join(temp.dir, 'x.db') }],
    ] as const) {
      expect(await dispatch(core!, channel, input)).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    }
    expect(existsSync(path.join(temp.dir, 'x.db'))).toBe(false);
  });
});
