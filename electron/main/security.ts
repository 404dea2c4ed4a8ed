import type { Session, Shell, WebContents } from 'electron';

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
  void shell.openExternal(raw);
  return true;
}

/** The renderer asks for nothing: camera, notifications, geolocation… are all refused. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * No new windows and no navigation away from the app; links the user clicks open in
 * the system browser when they are safe. A dropped file would otherwise navigate too.
 */
export function hardenContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on' | 'getURL'>,
  shell: Pick<Shell, 'openExternal'>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) {
      event.preventDefault();
      openExternalSafely(shell, url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
