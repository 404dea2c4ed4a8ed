import type { Privileges, Protocol } from 'electron';
import path from 'node:path';
import { DESKTOP_CSP } from '../../shared/content-security-policy.js';
import { contentTypeOf } from '../../shared/renderer-content-types.js';

/** The renderer is served from app://prune/, a standard secure origin of its own, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'prune';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Standard (real origin, relative URLs) and secure (like https), fetchable; nothing more. */
export const APP_SCHEME_PRIVILEGES: Privileges = { standard: true, secure: true, supportFetchAPI: true };

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * The file an app:// URL names inside the renderer folder, or null: another host, a path that
 * climbs out of the folder (`..`, encoded or not, or a backslash), a NUL, or a malformed escape.
 */
export function resolveAppFile(rendererDir: string, rawUrl: string): string | null {
  let pathname: string;
  try {
    const url = new URL(rawUrl);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + path.sep) ? file : null;
}

export type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

/** Answers one app:// request: the file with its type and the CSP header, or 404. */
export async function serveAppRequest(rendererDir: string, request: Request, readFile: ReadFile): Promise<Response> {
  const file = request.method === 'GET' ? resolveAppFile(rendererDir, request.url) : null;
  if (!file) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeOf(path.extname(file)),
      'Content-Security-Policy': DESKTOP_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

const notFound = (): Response =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain', 'Content-Security-Policy': DESKTOP_CSP },
  });

/** Serves the renderer folder on app://prune/ (call once the app is ready). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, readFile: ReadFile): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request, readFile));
}
