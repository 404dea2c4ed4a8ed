import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, ipcChannel } from '../../../shared/ipc.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/** A fake of the slice of Electron the host uses, recording what the host did with it. */
function fakeElectron() {
  const recorded = {
    windows: [] as { options: Record<string, unknown>; loaded: string | null }[],
    handled: new Set<string>(),
    errors: [] as string[],
    exitCode: null as number | null,
    permissionHandlerSet: false,
  };
  class BrowserWindow {
    static windows: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.windows;
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      getURL: () => '',
      send: vi.fn(),
      isDestroyed: () => false,
    };
    private record: { options: Record<string, unknown>; loaded: string | null };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: null };
      recorded.windows.push(this.record);
      BrowserWindow.windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    loadFile = async (file: string) => {
      this.record.loaded = file;
    };
  }
  const module = {
    app: {
      requestSingleInstanceLock: () => true,
      on: vi.fn(),
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent/userData',
      getVersion: () => '9.9.9',
      isPackaged: false,
      quit: vi.fn(),
      exit: (code: number) => {
        recorded.exitCode = code;
      },
    },
    BrowserWindow,
    dialog: { showErrorBox: (_title: string, message: string) => recorded.errors.push(message) },
    ipcMain: { handle: (channel: string) => recorded.handled.add(channel), removeHandler: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {
          recorded.permissionHandlerSet = true;
        },
        setPermissionCheckHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
  };
  return { module, recorded };
}

describe('Electron main process', () => {
  const temp = makeTempDir();
  let electron: ReturnType<typeof fakeElectron>;

  beforeEach(() => {
    electron = fakeElectron();
    vi.resetModules();
    vi.doMock('electron', () => electron.module);
    vi.stubEnv('PRUNE_DATA_DIR', temp.dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('electron');
  });

  const start = async () => {
    await import('../../../electron/main/index.js');
    await vi.waitFor(() =>
      expect(electron.recorded.windows.length + electron.recorded.errors.length).toBeGreaterThan(0),
    );
  };

  it('opens one secure window on the built renderer, binds every channel, denies permissions', async () => {
    await start();
    const [window] = electron.recorded.windows;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    await vi.waitFor(() => expect(window?.loaded).toMatch(/renderer[/\\]index\.html$/));
    expect([...electron.recorded.handled].sort()).toEqual(channels.map(ipcChannel).sort());
    expect(electron.recorded.permissionHandlerSet).toBe(true);
    const db = new Database(path.join(temp.dir, 'roster.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('shows a clear error and exits when the roster is from a newer Prune', async () => {
    const future = makeTempDir();
    const db = new Database(path.join(future.dir, 'roster.db'));
    db.pragma('user_version = 99999');
    db.close();
    vi.stubEnv('PRUNE_DATA_DIR', future.dir);
    await start();
    expect(electron.recorded.errors[0]).toMatch(/newer version of Prune/);
    expect(electron.recorded.exitCode).toBe(1);
    expect(electron.recorded.windows).toHaveLength(0);
    future.cleanup();
  });
});
