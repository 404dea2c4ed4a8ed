import type { FeedFailure } from '../../../shared/feed.js';
import { describeDuration, describeSize, type FeedFetchLimits, type FetchLike } from './fetch-limits.js';
import { resolveHttpUrl } from './feed-url.js';
import { readBodyCapped } from './read-body-capped.js';
import { retryAfterMs } from './retry-after.js';

export interface FeedRequest {
  url: string;
  /** From the last successful fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** `Prune/<version>`. */
  userAgent: string;
  /** The Accept header; feeds (and pages that name them) unless said otherwise. */
  accept?: string;
}

interface Validators {
  /** The URL the answer came from, after redirects. */
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export type HttpFetchResult =
  | ({ status: 'ok'; bytes: Uint8Array; contentType: string | null } & Validators)
  | ({ status: 'not-modified' } & Validators)
  | { status: 'failed'; failure: FeedFailure; httpStatus: number | null; retryAfterMs: number | null };

const failed = (
  kind: FeedFailure['kind'],
  message: string,
  httpStatus: number | null = null,
  retryAfter: number | null = null,
): HttpFetchResult => ({
  status: 'failed',
  failure: { kind, message },
  httpStatus,
  retryAfterMs: retryAfter,
});

function httpFailure(response: Response): HttpFetchResult {
  const status = response.status;
  const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
  if (status === 429)
    return failed('rate-limited', 'The server asked Prune to slow down (429 Too Many Requests)', status, retryAfter);
  if (status === 503) return failed('rate-limited', 'The server is unavailable for now (503)', status, retryAfter);
  if (status === 404) return failed('http', 'The feed was not found (404)', status);
  if (status === 410) return failed('http', 'The feed has been removed for good (410)', status);
  if (status === 401 || status === 403)
    return failed('http', `The server refused access to the feed (${status})`, status);
  if (status >= 500) return failed('http', `The server had an error (${status})`, status);
  return failed('http', `The server answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`, status);
}

function networkFailure(error: unknown): HttpFetchResult {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: string } | null)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return failed('network', 'The server’s name could not be found');
  if (code === 'ECONNREFUSED') return failed('network', 'The server refused the connection');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return failed('network', 'The connection was cut off');
  const detail = cause instanceof Error ? cause.message : String(cause);
  return failed('network', `Could not reach the server (${detail})`);
}

/**
 * One feed request under limits: manual redirects (so their count and loops are ours), a
 * conditional GET, a timeout until the headers and one for everything, a size cap while the
 * (already decompressed) body streams in. Never throws; a cancel through `signal` is a failure
 * of kind `cancelled`.
 */
export async function httpFetch(
  fetch: FetchLike,
  request: FeedRequest,
  limits: FeedFetchLimits,
  signal?: AbortSignal,
): Promise<HttpFetchResult> {
  let url = resolveHttpUrl(request.url);
  if (!url) return failed('invalid-url', `Not a web address Prune can fetch: ${request.url}`);
  const controller = new AbortController();
  let timedOut: 'connect' | 'total' | null = null;
  const abortFor = (why: 'connect' | 'total') => () => {
    timedOut ??= why;
    controller.abort();
  };
  const onCancel = (): void => controller.abort();
  if (signal?.aborted) return failed('cancelled', 'Cancelled');
  signal?.addEventListener('abort', onCancel, { once: true });
  const totalTimer = setTimeout(abortFor('total'), limits.totalTimeoutMs);
  let connectTimer: ReturnType<typeof setTimeout> | undefined;
  const stopped = (): HttpFetchResult | null => {
    if (signal?.aborted) return failed('cancelled', 'Cancelled');
    if (timedOut === 'connect')
      return failed('timeout', `The server did not answer within ${describeDuration(limits.connectTimeoutMs)}`);
    if (timedOut === 'total')
      return failed('timeout', `The server took longer than ${describeDuration(limits.totalTimeoutMs)}`);
    return null;
  };
  try {
    const visited = new Set<string>([url]);
    for (let hop = 0; ; hop += 1) {
      const headers: Record<string, string> = {
        'User-Agent': request.userAgent,
        Accept:
          request.accept ??
          'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1',
        'Accept-Encoding': 'gzip, deflate, br',
      };
      if (request.etag) headers['If-None-Match'] = request.etag;
      if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
      connectTimer = setTimeout(abortFor('connect'), limits.connectTimeoutMs);
      const response = await fetch(url, { method: 'GET', headers, redirect: 'manual', signal: controller.signal });
      clearTimeout(connectTimer);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel().catch(() => undefined);
        const next = resolveHttpUrl(location, url);
        if (!next)
          return failed('http', `The server redirected to an address Prune cannot fetch: ${location}`, response.status);
        if (visited.has(next)) return failed('redirect-loop', 'The address redirects in a loop', response.status);
        if (hop + 1 > limits.maxRedirects)
          return failed(
            'too-many-redirects',
            `The address redirects more than ${limits.maxRedirects} times`,
            response.status,
          );
        visited.add(next);
        url = next;
        continue;
      }
      const validators = {
        url,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return {
          status: 'not-modified',
          ...validators,
          etag: validators.etag ?? request.etag ?? null,
          lastModified: validators.lastModified ?? request.lastModified ?? null,
        };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return httpFailure(response);
      }
      const body = await readBodyCapped(response, limits.maxBytes);
      if (!body.ok)
        return (
          stopped() ?? failed('too-large', `The feed is larger than ${describeSize(limits.maxBytes)}`, response.status)
        );
      return { status: 'ok', ...validators, bytes: body.bytes, contentType: response.headers.get('content-type') };
    }
  } catch (error) {
    return stopped() ?? networkFailure(error);
  } finally {
    clearTimeout(totalTimer);
    clearTimeout(connectTimer);
    signal?.removeEventListener('abort', onCancel);
    controller.abort();
  }
}
