import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importWorkerLaunch, unpackedPath } from '../../../electron/core/import/import-worker-launch.js';
import { CoreError } from '../../../shared/result.js';
import { fromWorkerError, toWorkerError } from '../../../electron/core/import/import-worker-protocol.js';

const url = (file: string): string => pathToFileURL(file).href;

describe('where the import worker is', () => {
  it('beside the TypeScript source, loaded through tsx (tests, the CLI, the browser host)', () => {
    const launch = importWorkerLaunch(url('/repo/electron/core/import/import-in-worker.ts'), undefined);
    expect(launch).toEqual({
      script: path.resolve('/repo/electron/core/import/import-worker.ts'),
      typescript: true,
      nativeBinding: undefined,
    });
  });

  it('beside the Electron main bundle in a build, with the binding npm start passes', () => {
    const launch = importWorkerLaunch(url('/repo/dist/electron/main.cjs'), '/repo/.cache/electron-native/40/b.node');
    expect(launch).toEqual({
      script: path.resolve('/repo/dist/electron/import-worker.cjs'),
      typescript: false,
      nativeBinding: '/repo/.cache/electron-native/40/b.node',
    });
  });

  it('outside the asar archive in the packaged app, with better-sqlite3 from the unpacked folder', () => {
    const resources = '/opt/Prune/resources';
    const launch = importWorkerLaunch(url(`${resources}/app.asar/dist/electron/main.cjs`), undefined);
    expect(launch).toEqual({
      script: path.resolve(`${resources}/app.asar.unpacked/dist/electron/import-worker.cjs`),
      typescript: false,
      nativeBinding: path.resolve(
        `${resources}/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node`,
      ),
    });
  });

  it('maps only a whole app.asar path segment to app.asar.unpacked, on either separator', () => {
    expect(unpackedPath('C:\\Program Files\\Prune\\resources\\app.asar\\dist\\w.cjs')).toBe(
      'C:\\Program Files\\Prune\\resources\\app.asar.unpacked\\dist\\w.cjs',
    );
    expect(unpackedPath('/a/app.asarx/w.cjs')).toBe('/a/app.asarx/w.cjs');
    expect(unpackedPath('/a/my-app.asar/w.cjs')).toBe('/a/my-app.asar/w.cjs');
  });
});

describe('errors crossing from the worker', () => {
  it('keep a CoreError’s code and message, and a SqliteError’s name and SQLite code', () => {
    const core = fromWorkerError(toWorkerError(new CoreError('cancelled', 'Import cancelled; nothing was changed.')));
    expect(core).toBeInstanceOf(CoreError);
    expect(core).toMatchObject({ code: 'cancelled', message: 'Import cancelled; nothing was changed.' });
    const busy = Object.assign(new Error('database is locked'), { name: 'SqliteError', code: 'SQLITE_BUSY' });
    expect(fromWorkerError(toWorkerError(busy))).toMatchObject({
      name: 'SqliteError',
      code: 'SQLITE_BUSY',
      message: 'database is locked',
    });
    expect(fromWorkerError(toWorkerError('plain'))).toMatchObject({ name: 'Error', message: 'plain' });
  });
});
