/** Node's fetch in the CLI and browser host, Electron's `net.fetch` in the desktop app; tests pass their own. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface FeedFetchLimits {
  /** Until the response headers arrive (WHATWG fetch does not expose the connect itself). */
  connectTimeoutMs: number;
  /** For the whole exchange: every redirect, the headers and the body. */
  totalTimeoutMs: number;
  /** Of the body after decompression. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FeedFetchLimits = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** The User-Agent every feed request carries. */
export const feedUserAgent = (appVersion: string): string => `Prune/${appVersion}`;

/** `30 seconds`, `200 ms`: durations as the error sentences say them. */
export function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** `5 MB`, `2 KB`, `300 bytes`. */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
