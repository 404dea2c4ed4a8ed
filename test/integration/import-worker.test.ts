import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreForDatabase, type Core } from '../../electron/core/core.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { runImportInWorker } from '../../electron/core/import/import-in-worker.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { toLinkedInConnectionsCsv } from '../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../electron/core/sample/generate-network.js';
import type { ImportProgress } from '../../shared/domain.js';
import { corpusFile, textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const NOW = '2026-11-01T12:00:00.000Z';
const temp = makeTempDir();
afterAll(() => temp.cleanup());
let rosters = 0;

function fileCore(): Core {
  const db = openDatabase(path.join(temp.dir, `roster-${rosters++}.db`));
  // The browser host's core: hosts that serve windows import in the worker.
  return createCoreForDatabase(db, { dataDir: temp.dir, host: 'web', version: '0', now: () => new Date(NOW) });
}

const contacts = (core: Core): number => core.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
const network = (size: number) =>
  textFile('Connections.csv', toLinkedInConnectionsCsv(generateNetwork({ seed: 5, size })));

describe('imports run in a worker thread over their own connection', () => {
  it('give the same summary as an import on the host thread, hostile and malformed files included', async () => {
    const files = [
      corpusFile('linkedin', 'Connections.csv'),
      corpusFile('vcard', 'contacts.vcf'),
      textFile('broken.csv', 'First Name,Last Name,Company\n"Ada,Lovelace,Acme\n'),
      textFile('notes.txt', 'nothing Prune reads'),
    ];
    const inMemory = memoryCore(NOW);
    const expected = await runImport(inMemory.db, files, { now: () => new Date(NOW) });
    const core = fileCore();
    const progress: ImportProgress['phase'][] = [];
    core.subscribe((event, payload) => {
      if (event === 'importProgress') progress.push((payload as ImportProgress).phase);
    });
    const answer = await dispatch(core, 'importFiles', { files });
    expect(answer).toEqual({ ok: true, value: expected });
    expect(expected.files.filter((file) => file.error !== null).length).toBe(2);
    expect(contacts(core)).toBe(contacts(inMemory));
    expect(progress).toContain('saving');
    expect(progress.at(-1)).toBe('done');
    inMemory.close();
    core.close();
  });

  it('leave the host answering requests, and Cancel rolls the whole import back', async () => {
    const core = fileCore();
    await dispatch(core, 'importFiles', { files: [corpusFile('linkedin', 'Connections.csv')] });
    const before = contacts(core);
    const answeredDuringImport: boolean[] = [];
    let importing = true;
    core.subscribe((event, payload) => {
      if (event !== 'importProgress' || (payload as ImportProgress).phase !== 'saving') return;
      // The host thread is free: a search is answered while the worker writes.
      void dispatch(core, 'rosterQuery', { search: 'a' }).then((result) =>
        answeredDuringImport.push(result.ok && importing),
      );
      void dispatch(core, 'importCancel', {});
    });
    const cancelled = await dispatch(core, 'importFiles', { files: [network(20_000)] });
    importing = false;
    expect(cancelled).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Import cancelled; nothing was changed.' },
    });
    expect(answeredDuringImport[0]).toBe(true);
    expect(contacts(core)).toBe(before);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  });

  it('report a second writer as "another Prune is writing", as on the host thread', async () => {
    const core = fileCore();
    const other = new Database(core.databaseFile!);
    other.exec('BEGIN IMMEDIATE');
    // The worker's connection waits out its busy timeout (5 s), then gives up with SQLITE_BUSY.
    const refused = await dispatch(core, 'importFiles', { files: [corpusFile('linkedin', 'Connections.csv')] });
    other.exec('ROLLBACK');
    other.close();
    expect(refused).toEqual({
      ok: false,
      error: { code: 'busy', message: 'Another Prune is writing to this roster; try again when it finishes.' },
    });
    expect(contacts(core)).toBe(0);
    core.close();
  }, 20_000);

  it('run from the built worker bundle laid out as in the packaged app (outside app.asar)', async () => {
    const resources = path.join(temp.dir, 'resources');
    const unpacked = path.join(resources, 'app.asar.unpacked');
    await build({
      entryPoints: ['electron/core/import/import-worker.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'warning',
      outfile: path.join(unpacked, 'dist', 'electron', 'import-worker.cjs'),
    });
    mkdirSync(path.join(unpacked, 'node_modules'));
    symlinkSync(path.resolve('node_modules/better-sqlite3'), path.join(unpacked, 'node_modules', 'better-sqlite3'));
    const file = path.join(temp.dir, `roster-${rosters++}.db`);
    openDatabase(file).close();
    const summary = await runImportInWorker(file, [corpusFile('linkedin', 'Connections.csv')], {
      now: () => new Date(NOW),
      // The main bundle inside the archive: the worker and better-sqlite3's binding come from beside it.
      workerFrom: pathToFileURL(path.join(resources, 'app.asar', 'dist', 'electron', 'main.cjs')).href,
    });
    expect(summary.added).toBeGreaterThan(0);
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(summary.added);
    db.close();
  }, 30_000);
});
