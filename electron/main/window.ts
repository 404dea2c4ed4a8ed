import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The locked-down preferences every Prune window uses. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 560,
    title: 'Prune',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Where the window was last time (see window-state.ts). */
export interface WindowPlacement {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized: boolean;
}

/** Shown once painted, so the user never sees a blank white frame; placed where it was last time. */
export function createMainWindow(
  Window: WindowConstructor,
  preloadPath: string,
  placement?: WindowPlacement,
): BrowserWindow {
  const { maximized, ...bounds } = placement ?? { maximized: false };
  const window = new Window({ ...mainWindowOptions(preloadPath), ...bounds });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  return window;
}
