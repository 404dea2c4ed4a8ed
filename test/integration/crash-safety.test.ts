import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCoreForDatabase } from '../../electron/core/core.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { toLinkedInConnectionsCsv } from '../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../electron/core/sample/generate-network.js';
import { corpusPath, makeTempDir } from '../helpers/temp-dir.js';

const bin = path.resolve('electron/cli/bin.mjs');

/** Runs the CLI and SIGKILLs it after `ms`, whatever it is doing; resolves when it is gone. */
function killedAfter(ms: number, args: string[], input?: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
    if (input !== undefined) child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function readRoster(file: string) {
  const db = new Database(file);
  const state = {
    integrity: db.pragma('integrity_check', { simple: true }),
    contacts: db.prepare('SELECT count(*) FROM contacts').pluck().get() as number,
    trashed: db.prepare("SELECT count(*) FROM contact_removals WHERE status = 'trashed'").pluck().get() as number,
    ada: db.prepare("SELECT count(*) FROM contacts WHERE display_name = 'Ada Lovelace'").pluck().get() as number,
  };
  db.close();
  return state;
}

describe('nothing half-applied when the process is killed', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const roster = path.join(temp.dir, 'roster.db');
  const big = path.join(temp.dir, 'Connections.csv');
  const size = 20_000;

  it('a SIGKILL during a large import leaves the roster as it was, or with the whole import', async () => {
    const network = generateNetwork({ seed: 11, size });
    writeFileSync(big, toLinkedInConnectionsCsv(network));
    // The generated network has its own Ada Lovelace (another person, another profile URL).
    const adasInFile = network.people.filter((p) => p.firstName === 'Ada' && p.lastName === 'Lovelace').length;
    const first = spawn(process.execPath, [bin, 'import', corpusPath('linkedin/Connections.csv'), '--db', roster]);
    await new Promise((resolve) => first.on('exit', resolve));
    const before = readRoster(roster);
    expect(before).toMatchObject({ integrity: 'ok', ada: 1 });
    for (const ms of [700, 1_200, 1_800]) {
      await killedAfter(ms, ['import', big, '--db', roster]);
      const after = readRoster(roster);
      expect(after.integrity).toBe('ok');
      expect([before.contacts, before.contacts + size]).toContain(after.contacts);
      const whole = after.contacts === before.contacts + size;
      expect(after.ada).toBe(whole ? 1 + adasInFile : 1);
    }
  });

  it('a SIGKILL during a bulk removal moves everyone or no one', async () => {
    const done = spawn(process.execPath, [bin, 'import', big, '--db', roster]);
    await new Promise((resolve) => done.on('exit', resolve));
    const ids = Array.from({ length: readRoster(roster).contacts }, (_, index) => index + 1).join('\n');
    for (const ms of [600, 900, 1_300]) {
      const before = readRoster(roster).trashed;
      await killedAfter(ms, ['remove', '-', '--db', roster, '--reason', 'bulk'], ids);
      const after = readRoster(roster);
      expect(after.integrity).toBe('ok');
      // Either the whole batch landed (everyone active is trashed) or none of it did.
      expect([before, after.contacts]).toContain(after.trashed);
      if (after.trashed > 0) break;
    }
  });

  it('a second writer gets "another Prune is writing", not a raw "database is locked"', async () => {
    const db = openDatabase(roster);
    db.pragma('busy_timeout = 50');
    const core = createCoreForDatabase(db, { dataDir: temp.dir, host: 'cli', version: '0' });
    const other = new Database(roster);
    other.exec('BEGIN IMMEDIATE');
    const refused = await dispatch(core, 'contactsRestore', { ids: [1] });
    other.exec('ROLLBACK');
    other.close();
    expect(refused).toEqual({
      ok: false,
      error: { code: 'busy', message: 'Another Prune is writing to this roster; try again when it finishes.' },
    });
    core.close();
  });
});
