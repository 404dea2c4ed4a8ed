/**
 * The Electron host: lifecycle, one window, IPC binding. Everything else is the core,
 * which the browser host and the CLI run unchanged.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import type { HistoryState } from '../../shared/history.js';
import { dispatch } from '../core/dispatch.js';
import { applicationMenuTemplate } from './app-menu.js';
import { IMPORTABLE_EXTENSIONS, importablePaths, readImportFiles } from './opened-files.js';
import { loadWindowState, saveWindowState } from './window-state.js';
import { runStartupChecks } from '../core/backup/startup-checks.js';
import { createCore, resolveDataDir, type Core } from '../core/core.js';
import { startFeedSchedule } from '../core/feed/feed-schedule.js';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { bindIpc, forwardEvents, trustAppPage } from './ipc.js';
import { hardenContents, hardenSession } from './security.js';
import { createMainWindow, mainWindowOptions } from './window.js';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const rendererDir = path.join(__dirname, '../renderer');
const preload = path.join(__dirname, 'preload.cjs');

let core: Core | null = null;
/** Files named before the window could take them (first launch, macOS open-file at start). */
const pendingFiles: string[] = importablePaths(process.argv.slice(1), process.cwd());
let windowReady = false;

const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');

async function offerFiles(paths: readonly string[]): Promise<void> {
  if (!core || paths.length === 0) return;
  const files = await readImportFiles(paths);
  if (files.length > 0) core.emit('filesOffered', { files });
}

/** The window a dialog belongs to: the focused one, else the only one (menus can fire unfocused). */
const dialogParent = (): Electron.BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

async function chooseFilesToImport(): Promise<void> {
  const window = dialogParent();
  const options: Electron.OpenDialogOptions = {
    title: 'Import your network',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Exports (LinkedIn, vCard, CSV, Mastodon)', extensions: [...IMPORTABLE_EXTENSIONS] }],
  };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (!chosen.canceled) await offerFiles(chosen.filePaths);
}

async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const window = dialogParent();
  const options: Electron.SaveDialogOptions = {
    title: 'Save export',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
  };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

/** The menu names what Undo and Redo would do, so it is rebuilt after every change. */
async function refreshMenu(activeCore: Core): Promise<void> {
  const history = await dispatch(activeCore, 'historyState', {});
  const template = applicationMenuTemplate(process.platform, history.ok ? (history.value as HistoryState) : null, {
    send: (command) => activeCore.emit('menuCommand', { command }),
    importFiles: () => void chooseFilesToImport(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// Before `ready`: app:// must be a standard, secure scheme for the page to get an origin.
registerAppScheme(protocol);

function openWindow(activeCore: Core): Electron.BrowserWindow {
  const defaults = mainWindowOptions(preload);
  const state = loadWindowState(
    windowStateFile(),
    screen.getAllDisplays().map((display) => display.workArea),
    {
      width: defaults.width ?? 1280,
      height: defaults.height ?? 820,
      minWidth: defaults.minWidth ?? 900,
      minHeight: defaults.minHeight ?? 560,
    },
  );
  const window = createMainWindow(BrowserWindow, preload, state);
  window.on('close', () => saveWindowState(windowStateFile(), window));
  hardenContents(window.webContents, shell);
  const stopForwarding = forwardEvents(activeCore, window.webContents);
  window.on('closed', stopForwarding);
  void window.loadURL(APP_INDEX_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    // `prune file.csv` or a double-click while Prune runs: offered to the running window.
    void offerFiles(importablePaths(argv.slice(1), workingDirectory));
  });
  // macOS opens files through an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (windowReady) void offerFiles([file]);
    else pendingFiles.push(file);
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
        chooseSavePath,
        // Feeds go through Chromium's network stack: the system proxy and certificates apply.
        fetch: (input, init) => net.fetch(input, init),
      });
    } catch (error) {
      dialog.showErrorBox('Prune cannot open your roster', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    const opened = core;
    bindIpc(ipcMain, opened, trustAppPage(APP_INDEX_URL));
    void refreshMenu(opened);
    opened.subscribe((event) => {
      // Hides and OPML imports are history entries too, and they announce themselves as feed changes.
      if (event === 'rosterChanged' || event === 'feedChanged' || event === 'reviewChanged') void refreshMenu(opened);
    });
    // quick_check and the daily backup wait until the window has painted; so do opened files.
    openWindow(opened).once('ready-to-show', () => {
      void runStartupChecks(opened);
      startFeedSchedule(opened);
      windowReady = true;
      void offerFiles(pendingFiles.splice(0));
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(opened);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
