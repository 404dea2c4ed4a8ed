import { describe, expect, it, vi } from 'vitest';
import {
  hardenContents,
  hardenSession,
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
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
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
    expect(checkHandler!()).toBe(false);
  });

  it('denies new windows and foreign navigation, sending safe links to the browser', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
      on: (name: string, listener: (event: { preventDefault: () => void }, url: string) => void) => {
        listeners.set(name, listener);
        return contents;
      },
      getURL: () => 'file:///app/dist/renderer/index.html',
    };
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenContents(contents as never, shell);

    expect(openHandler!({ url: 'https://www.linkedin.com/in/ada' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);

    const prevented = vi.fn();
    listeners.get('will-navigate')!({ preventDefault: prevented }, 'file:///home/user/Connections.csv');
    expect(prevented).toHaveBeenCalledTimes(1);
    const sameUrl = vi.fn();
    listeners.get('will-navigate')!({ preventDefault: sameUrl }, 'file:///app/dist/renderer/index.html');
    expect(sameUrl).not.toHaveBeenCalled();
    const webview = vi.fn();
    listeners.get('will-attach-webview')!({ preventDefault: webview }, '');
    expect(webview).toHaveBeenCalled();
  });
});
