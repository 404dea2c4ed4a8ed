import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, windowChannels } from '../../../shared/ipc.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { listBackups } from '../../../electron/core/backup/backup-files.js';

/** A fake of the slice of Electron the host uses, recording what the host did with it. */
function fakeElectron() {
  const recorded = {
    windows: [] as { options: Record<string, unknown>; loaded: string | null }[],
    handled: new Set<string>(),
    errors: [] as string[],
    exitCode: null as number | null,
    permissionHandlerSet: false,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: [] as string[],
    menus: [] as { label?: string; submenu?: { label?: string; enabled?: boolean }[] }[][],
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
    readyListeners: (() => void)[] = [];
    once = (event: string, listener: () => void) => {
      if (event === 'ready-to-show') this.readyListeners.push(listener);
      return this;
    };
    show = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    isMaximized = () => false;
    loadURL = async (url: string) => {
      this.record.loaded = url;
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
    dialog: {
      showErrorBox: (_title: string, message: string) => recorded.errors.push(message),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
    },
    Menu: {
      buildFromTemplate: (template: (typeof recorded.menus)[number]) => template,
      setApplicationMenu: (menu: (typeof recorded.menus)[number]) => recorded.menus.push(menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
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
    net: { fetch: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
      handle: (scheme: string) => recorded.protocolHandlers.push(scheme),
    },
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
    await vi.waitFor(() => expect(window?.loaded).toBe('app://prune/index.html'));
    expect(electron.recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.recorded.protocolHandlers).toEqual(['app']);
    expect([...electron.recorded.handled].sort()).toEqual(windowChannels.map(ipcChannel).sort());
    expect(electron.recorded.permissionHandlerSet).toBe(true);
    const db = new Database(path.join(temp.dir, 'roster.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('runs the start-up checks (quick_check, then the daily backup) only once the window is ready to show', async () => {
    const dataDir = makeTempDir();
    vi.stubEnv('PRUNE_DATA_DIR', dataDir.dir);
    await start();
    await vi.waitFor(() => expect(electron.module.BrowserWindow.windows[0]?.readyListeners.length).toBe(2));
    expect(listBackups(dataDir.dir)).toEqual([]);
    const window = electron.module.BrowserWindow.windows[0]!;
    for (const listener of window.readyListeners) listener();
    expect(window.show).toHaveBeenCalled();
    await vi.waitFor(() => expect(listBackups(dataDir.dir).map((backup) => backup.kind)).toEqual(['daily']));
    dataDir.cleanup();
  });

  it('installs the application menu, naming what Undo would reverse', async () => {
    await start();
    await vi.waitFor(() => expect(electron.recorded.menus.length).toBeGreaterThan(0));
    const edit = electron.recorded.menus.at(-1)!.find((menu) => menu.label === '&Edit')!;
    expect(edit.submenu![0]).toMatchObject({ label: 'Undo', enabled: false });
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
