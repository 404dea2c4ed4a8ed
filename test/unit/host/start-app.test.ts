import { describe, expect, it, vi } from 'vitest';
import { oneLine, startApp } from '../../../electron/scripts/start-app.mjs';

const steps = (prepare: () => Promise<string>) => ({
  prepareDesktop: vi.fn(prepare),
  startDesktop: vi.fn(),
  startWeb: vi.fn(),
  log: vi.fn(),
  warn: vi.fn(),
});

describe('npm start', () => {
  it('starts the desktop app when Electron is there', async () => {
    const s = steps(async () => '/cache/better_sqlite3.node');
    await startApp(['--inspect'], s);
    expect(s.startDesktop).toHaveBeenCalledWith('/cache/better_sqlite3.node', ['--inspect']);
    expect(s.startWeb).not.toHaveBeenCalled();
  });

  it('says in one line why Electron could not start, then serves the same roster in the browser', async () => {
    const failure = Object.assign(new Error('Command failed: node install.js'), {
      stderr: Buffer.from(
        'HTTPError: Response code 403 (Forbidden) for https://example.invalid/electron.zip\n    at Request.<anonymous> (got.js:1:1)\n',
      ),
    });
    const s = steps(async () => {
      throw failure;
    });
    await startApp([], s);
    expect(s.warn.mock.calls.map(([line]) => line)).toEqual([
      'Prune could not start as a desktop app: Electron could not be downloaded: the download server refused it (HTTP 403)',
      'Opening the same roster in your browser instead (`npm start -- --web` does this on purpose).',
    ]);
    expect(s.startWeb).toHaveBeenCalledWith([]);
  });

  it('goes straight to the browser with --web, without touching Electron', async () => {
    const s = steps(async () => '/never');
    await startApp(['--web', '--port', '5190'], s);
    expect(s.prepareDesktop).not.toHaveBeenCalled();
    expect(s.startWeb).toHaveBeenCalledWith(['--port', '5190']);
  });

  it('keeps the last meaningful line of a downloader error, not its stack', () => {
    const error = Object.assign(new Error('boom'), {
      stderr: 'RequestError: getaddrinfo ENOTFOUND host\n    at x (y.js:1:1)\n',
    });
    expect(oneLine({ stderr: error.stderr, message: 'Command failed: node install.js' })).toBe(
      'Electron could not be downloaded: host cannot be reached (offline, or a network that blocks it)',
    );
    expect(oneLine(new Error('Command failed: node install.js'))).toBe('Command failed: node install.js');
    expect(oneLine({ stderr: 'Some other failure\n', message: '' })).toBe('Some other failure');
  });

  it('says network failures in words', () => {
    expect(oneLine({ message: 'RequestError: getaddrinfo ENOTFOUND github.com' })).toBe(
      'Electron could not be downloaded: github.com cannot be reached (offline, or a network that blocks it)',
    );
    expect(oneLine({ message: 'HTTPError: Response code 403 (Forbidden)' })).toBe(
      'Electron could not be downloaded: the download server refused it (HTTP 403)',
    );
    expect(oneLine({ message: 'RequestError: connect ETIMEDOUT 140.82.112.3:443' })).toMatch(/did not answer/);
  });
});
