/**
 * The Electron host: lifecycle, one window, IPC binding. Everything else is the core,
 * which the browser host and the CLI run unchanged.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { createCore, resolveDataDir, type Core } from '../core/core.js';
import { bindIpc, forwardEvents, trustFileUrl } from './ipc.js';
import { hardenContents, hardenSession } from './security.js';
import { createMainWindow } from './window.js';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const indexHtml = path.join(__dirname, '../renderer/index.html');
const preload = path.join(__dirname, 'preload.cjs');

let core: Core | null = null;

function openWindow(activeCore: Core): void {
  const window = createMainWindow(BrowserWindow, preload);
  hardenContents(window.webContents, shell);
  const stopForwarding = forwardEvents(activeCore, window.webContents);
  window.on('closed', stopForwarding);
  void window.loadFile(indexHtml);
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

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    try {
      core = createCore({
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
    bindIpc(ipcMain, core, trustFileUrl(pathToFileURL(indexHtml).href));
    openWindow(core);
    app.on('activate', () => {
      if (core && BrowserWindow.getAllWindows().length === 0) openWindow(core);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
