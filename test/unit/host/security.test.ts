import { describe, expect, it, vi } from 'vitest';
import {
  hardenContents,
  hardenSession,
  isAppPage,
  isSafeExternalUrl,
  openExternalSafely,
} from '../../../electron/main/security.js';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window.js';

describe('window options', () => {
  it('are the locked-down ones', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(mainWindowOptions('/p').webPreferences).toEqual(secureWebPreferences('/p'));
    expect(mainWindowOptions('/p').show).toBe(false);
  });
});

describe('external links', () => {
  it('allows only https and mailto after parsing', () => {
    expect(isSafeExternalUrl('https://www.linkedin.com/in/ada')).toBe(true);
    expect(isSafeExternalUrl('mailto:ada@example.org')).toBe(true);
    for (const unsafe of [
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(unsafe), unsafe).toBe(false);
    }
  });

  it('opens only safe links', () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(openExternalSafely(shell, 'javascript:alert(1)')).toBe(false);
    expect(openExternalSafely(shell, 'https://example.org/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });
});

describe('hardening', () => {
  it('denies every permission request and check but writing text to the clipboard', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: ((c: unknown, p: string) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler as typeof requestHandler;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler as typeof checkHandler;
      },
    });
    const callback = vi.fn();
    requestHandler!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation'])
      expect(checkHandler!(null, permission)).toBe(false);
    const copy = vi.fn();
    requestHandler!(null, 'clipboard-sanitized-write', copy);
    expect(copy).toHaveBeenCalledWith(true);
    expect(checkHandler!(null, 'clipboard-sanitized-write')).toBe(true);
  });

  it('denies new windows and foreign navigation in every frame, sending safe links to the browser', () => {
    type Details = { url: string; isMainFrame?: boolean; preventDefault: () => void };
    const listeners = new Map<string, (details: Details) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
      on: (name: string, listener: (details: Details) => void) => {
        listeners.set(name, listener);
        return contents;
      },
    };
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenContents(contents as never, shell);
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);

    expect(openHandler!({ url: 'https://www.linkedin.com/in/ada' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);

    const navigate = (event: string, url: string, isMainFrame = true): boolean => {
      const preventDefault = vi.fn();
      listeners.get(event)!({ url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'file:///home/user/Connections.csv'), event).toBe(true);
      expect(navigate(event, 'https://evil.example/'), event).toBe(true);
      expect(navigate(event, 'app://evil/index.html'), event).toBe(true);
      expect(navigate(event, 'app://prune/index.html'), event).toBe(false);
    }
    // A subframe may not load even our own page.
    expect(navigate('will-frame-navigate', 'app://prune/index.html', false)).toBe(true);
    expect(navigate('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    // A foreign https link the page tries to follow goes to the system browser instead.
    expect(shell.openExternal).toHaveBeenLastCalledWith('https://evil.example/');
    const webview = vi.fn();
    listeners.get('will-attach-webview')!({ url: '', preventDefault: webview });
    expect(webview).toHaveBeenCalled();
  });

  it('treats only the app origin index as our page', () => {
    expect(isAppPage('app://prune/index.html')).toBe(true);
    for (const url of ['app://prune/', 'app://prune/x.html', 'app://other/index.html', 'file:///index.html', 'nope']) {
      expect(isAppPage(url), url).toBe(false);
    }
  });
});
