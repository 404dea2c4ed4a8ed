import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUPS_KEPT,
  backupsDir,
  dailyBackupDue,
  listBackups,
  pruneBackups,
} from '../../electron/core/backup/backup-files.js';
import { checkRosterFile } from '../../electron/core/backup/roster-file-check.js';
import { runStartupChecks } from '../../electron/core/backup/startup-checks.js';
import { takeRosterBackup } from '../../electron/core/backup/write-backup.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { latestSchemaVersion } from '../../electron/core/db/migrate.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { contactsIn, makeRoster, makeRosterAtVersion } from '../helpers/roster-files.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const at = (iso: string) => () => new Date(iso);
const DAY1 = '2026-11-20T09:00:00.000Z';

describe('backups', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core | null = null;
  const roster = () => path.join(temp.dir, 'roster.db');
  const open = async (now = DAY1) =>
    (core = await createCore({ dataDir: temp.dir, host: 'web', version: 't', now: at(now) }));

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => {
    core?.close();
    core = null;
    temp.cleanup();
  });

  it('backs up an existing roster before migrating it, with the old schema and data, verified', async () => {
    makeRosterAtVersion(roster(), 30);
    await open();
    const [backup, ...others] = listBackups(temp.dir);
    expect(others).toEqual([]);
    expect(backup).toMatchObject({ kind: 'pre-migration', at: DAY1 });
    expect(path.basename(backup!.file)).toBe('roster-2026-11-20T09-00-00-000Z-pre-migration.db');
    expect(checkRosterFile(backup!.file)).toEqual({ ok: true, schemaVersion: 30 });
    expect(contactsIn(backup!.file)).toBe(2);
    // A self-contained file: no WAL to carry along.
    const copy = new Database(backup!.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(core!.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(contactsIn(roster())).toBe(2);
  });

  it('takes no pre-migration backup of a new roster or of one already current', async () => {
    await open();
    core!.close();
    await open();
    expect(listBackups(temp.dir)).toEqual([]);
    expect(existsSync(backupsDir(temp.dir))).toBe(false);
  });

  it('decides the daily backup at open and takes it only in the start-up checks, verified', async () => {
    await makeRoster(roster());
    await open();
    expect(core!.dailyBackupDue).toBe(true);
    expect(listBackups(temp.dir)).toEqual([]); // opening took none
    expect(core!.health().status).toBe('unchecked');
    const events: unknown[] = [];
    core!.subscribe((event, payload) => events.push([event, payload]));
    await expect(runStartupChecks(core!)).resolves.toEqual({ status: 'ok', problem: null, latestGoodBackup: null });
    expect(events).toEqual([['rosterHealth', { status: 'ok', problem: null, latestGoodBackup: null }]]);
    const [daily] = listBackups(temp.dir);
    expect(daily).toMatchObject({ kind: 'daily', at: DAY1 });
    expect(checkRosterFile(daily!.file).ok).toBe(true);
    expect(contactsIn(daily!.file)).toBe(contactsIn(roster()));
    core!.close();

    await open('2026-11-21T08:59:59.000Z'); // under 24 hours later
    expect(core!.dailyBackupDue).toBe(false);
    await runStartupChecks(core!);
    expect(listBackups(temp.dir)).toHaveLength(1);
    core!.close();
    await open('2026-11-21T09:00:00.000Z');
    expect(core!.dailyBackupDue).toBe(true);
    await runStartupChecks(core!);
    expect(listBackups(temp.dir).map((b) => b.kind)).toEqual(['daily', 'daily']);
  });

  it('keeps the newest seven, names sorting by time, and ignores files that are not backups', async () => {
    const db = openDatabase(roster());
    try {
      writeFileSync(path.join(temp.dir, 'unrelated.txt'), 'x');
      for (let day = 1; day <= 9; day += 1) {
        const when = new Date(Date.UTC(2026, 10, day, 23, 59, 59, 999));
        await takeRosterBackup(db, temp.dir, day % 2 ? 'daily' : 'manual', when);
      }
      writeFileSync(path.join(backupsDir(temp.dir), 'notes.txt'), 'mine');
    } finally {
      db.close();
    }
    const names = readdirSync(backupsDir(temp.dir)).filter((name) => name.endsWith('.db'));
    expect(names).toHaveLength(BACKUPS_KEPT);
    // Sorting the names sorts by time.
    const timeOf = new Map(listBackups(temp.dir).map((b) => [path.basename(b.file), Date.parse(b.at)]));
    const times = [...names].sort().map((name) => timeOf.get(name)!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(listBackups(temp.dir).map((b) => b.at.slice(0, 10))).toEqual([
      '2026-11-09',
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
    ]);
    expect(pruneBackups(temp.dir)).toEqual([]);
    expect(existsSync(path.join(backupsDir(temp.dir), 'notes.txt'))).toBe(true);
    expect(readdirSync(backupsDir(temp.dir)).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('never overwrites a backup taken in the same millisecond', async () => {
    const db = openDatabase(roster());
    const when = new Date(DAY1);
    const first = await takeRosterBackup(db, temp.dir, 'manual', when);
    const second = await takeRosterBackup(db, temp.dir, 'manual', when);
    db.close();
    expect(first.file).not.toBe(second.file);
    expect(listBackups(temp.dir)).toHaveLength(2);
  });

  it('counts a day from the newest backup of any kind', async () => {
    expect(dailyBackupDue(temp.dir, new Date(DAY1))).toBe(true);
    makeRosterAtVersion(roster(), 30);
    await open(); // migrates, so takes a pre-migration backup
    expect(dailyBackupDue(temp.dir, new Date('2026-11-20T10:00:00.000Z'))).toBe(false);
    expect(core!.dailyBackupDue).toBe(false);
  });
});
