import type { Session, Shell, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol.js';

/** Only web pages and mail links leave the app, and only after parsing: no file:, javascript:, custom schemes. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function openExternalSafely(shell: Pick<Shell, 'openExternal'>, raw: string): boolean {
  if (!isSafeExternalUrl(raw)) return false;
  // Electronegativity flags every openExternal call; this one only ever gets an https: or mailto: URL (checked above).
  void shell.openExternal(raw); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

/**
 * The renderer asks for nothing but writing text to the clipboard (Reconnect's "Copy message"):
 * camera, notifications, geolocation, reading the clipboard… are all refused.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** Pages may only ever be our own: the app origin's index (a reload), nothing else. */
export function isAppPage(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname === '/index.html';
  } catch {
    return false;
  }
}

/**
 * No new windows and no navigation away from the app, in the main frame or any subframe;
 * links the user clicks open in the system browser when they are safe. A dropped file would
 * otherwise navigate too.
 */
export function hardenContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
  shell: Pick<Shell, 'openExternal'>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (details) => {
    if (isAppPage(details.url)) return;
    details.preventDefault();
    openExternalSafely(shell, details.url);
  });
  // Covers subframes too (and main-frame navigations will-navigate does not see, e.g. from a frame).
  contents.on('will-frame-navigate', (details) => {
    if (!isAppPage(details.url) || !details.isMainFrame) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isAppPage(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
