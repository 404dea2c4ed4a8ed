/**
 * The Electron host: lifecycle, one window, IPC binding. Everything else is the core,
 * which the browser host and the CLI run unchanged.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { runStartupChecks } from '../core/backup/startup-checks.js';
import { createCore, resolveDataDir, type Core } from '../core/core.js';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { bindIpc, forwardEvents, trustAppPage } from './ipc.js';
import { hardenContents, hardenSession } from './security.js';
import { createMainWindow } from './window.js';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const rendererDir = path.join(__dirname, '../renderer');
const preload = path.join(__dirname, 'preload.cjs');

let core: Core | null = null;

// Before `ready`: app:// must be a standard, secure scheme for the page to get an origin.
registerAppScheme(protocol);

function openWindow(activeCore: Core): Electron.BrowserWindow {
  const window = createMainWindow(BrowserWindow, preload);
  hardenContents(window.webContents, shell);
  const stopForwarding = forwardEvents(activeCore, window.webContents);
  window.on('closed', stopForwarding);
  void window.loadURL(APP_INDEX_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    handleAppProtocol(protocol, rendererDir, (file) => readFile(file));
    try {
      core = await createCore({
        dataDir: resolveDataDir(app.getPath('userData')),
        host: 'electron',
        version: app.getVersion(),
        // Set by `npm start`: better-sqlite3 rebuilt for Electron's ABI, kept apart from Node's build.
        nativeBinding: app.isPackaged ? undefined : process.env.PRUNE_SQLITE_BINDING,
      });
    } catch (error) {
      dialog.showErrorBox('Prune cannot open your roster', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    const opened = core;
    bindIpc(ipcMain, opened, trustAppPage(APP_INDEX_URL));
    // quick_check and the daily backup wait until the window has painted.
    openWindow(opened).once('ready-to-show', () => void runStartupChecks(opened));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(opened);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
