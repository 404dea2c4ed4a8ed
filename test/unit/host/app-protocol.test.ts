import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_INDEX_URL,
  handleAppProtocol,
  registerAppScheme,
  resolveAppFile,
  serveAppRequest,
} from '../../../electron/main/app-protocol.js';
import { contentSecurityPolicy, DESKTOP_CSP } from '../../../shared/content-security-policy.js';

const root = path.resolve('/opt/Prune/resources/app.asar/dist/renderer');

describe('app:// protocol', () => {
  it('registers app as a standard, secure, fetchable scheme and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('maps app://prune/ paths into the renderer folder', () => {
    expect(APP_INDEX_URL).toBe('app://prune/index.html');
    expect(resolveAppFile(root, 'app://prune/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://prune/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://prune/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://prune/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('keeps dot segments inside the folder (the URL parser resolves them first)', () => {
    expect(resolveAppFile(root, 'app://prune/../../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://prune/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses encoded traversal, other hosts and schemes, NULs, backslashes and bad escapes', () => {
    for (const url of [
      'app://prune/assets/..%2f..%2f..%2fsecret',
      'app://prune/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://prune/..%5c..%5cwindows%5cwin.ini',
      'app://prune/assets\\..\\..\\x',
      'app://prune/index.html%00.png',
      'app://prune/%E0%A4%A',
      'app://other/index.html',
      'file:///opt/Prune/resources/app.asar/dist/renderer/index.html',
      'https://prune/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('serves files with their type and the strict CSP header; 404s the rest without reading', async () => {
    const readFile = vi.fn(async (file: string) => {
      if (file.endsWith('missing.js')) throw new Error('ENOENT');
      return new TextEncoder().encode(`contents of ${path.basename(file)}`);
    });
    const ok = await serveAppRequest(root, new Request('app://prune/index.html'), readFile);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(DESKTOP_CSP);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toBe('contents of index.html');
    const script = await serveAppRequest(root, new Request('app://prune/assets/main.js'), readFile);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    readFile.mockClear();
    const traversal = await serveAppRequest(root, new Request('app://prune/assets/..%2f..%2f..%2fsecret'), readFile);
    expect(traversal.status).toBe(404);
    expect(traversal.headers.get('content-security-policy')).toBe(DESKTOP_CSP);
    const post = await serveAppRequest(
      root,
      new Request('app://prune/index.html', { method: 'POST', body: 'x' }),
      readFile,
    );
    expect(post.status).toBe(404);
    expect(readFile).not.toHaveBeenCalled();
    expect((await serveAppRequest(root, new Request('app://prune/missing.js'), readFile)).status).toBe(404);
  });

  it('binds the handler to the app scheme', async () => {
    let bound: ((request: Request) => Promise<Response>) | null = null;
    handleAppProtocol(
      {
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          expect(scheme).toBe('app');
          bound = handler;
        },
      } as never,
      root,
      async () => new TextEncoder().encode('<!doctype html>'),
    );
    expect((await bound!(new Request('app://prune/index.html'))).status).toBe(200);
  });
});

describe('content security policy', () => {
  const directives = (policy: string) =>
    new Map(policy.split('; ').map((part) => [part.split(' ')[0]!, part.split(' ').slice(1)]));

  it('is strict: nothing inline, nothing remote but https images (shown only once the user allows them), no frames or plugins', () => {
    const csp = directives(DESKTOP_CSP);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(DESKTOP_CSP).not.toMatch(/unsafe-|\*|http:/);
    const withoutImages = [...csp].filter(([name]) => name !== 'img-src');
    expect(JSON.stringify(withoutImages)).not.toContain('https:');
  });

  it("lists no WebSocket in the desktop build's connect-src; the browser host adds only its own port", () => {
    expect(directives(DESKTOP_CSP).get('connect-src')).toEqual(["'self'"]);
    expect(DESKTOP_CSP).not.toMatch(/ws:|127\.0\.0\.1|localhost/);
    const web = contentSecurityPolicy({ connectSrc: ["'self'", 'ws://127.0.0.1:5180'] });
    expect(directives(web).get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5180']);
  });
});
