/**
 * The renderer's Content-Security-Policy, sent as a response header by both hosts (a header
 * covers everything the page loads, where a meta tag only starts applying once it is parsed).
 * No inline script or style: Vite's build emits only files, and React sets styles through the
 * CSSOM, which style-src does not govern. Images: our files and contact photos as data: URLs.
 */
export function contentSecurityPolicy(options: { connectSrc: readonly string[] }): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src ${options.connectSrc.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "media-src 'none'",
  ].join('; ');
}

/** The desktop app talks to its host over IPC, never the network: only its own origin. */
export const DESKTOP_CSP = contentSecurityPolicy({ connectSrc: ["'self'"] });
