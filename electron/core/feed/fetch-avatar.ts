import { checkAvatar, MAX_AVATAR_BYTES, type AvatarType } from './avatar-image.js';
import { DEFAULT_FETCH_LIMITS, describeSize, type FeedFetchLimits, type FetchLike } from './fetch-limits.js';
import { httpFetch } from './http-fetch.js';

export type AvatarFetchResult = { ok: true; bytes: Uint8Array; type: AvatarType } | { ok: false; reason: string };

/** A feed's limits (timeouts, redirects), with an image's size cap. */
export const AVATAR_FETCH_LIMITS: FeedFetchLimits = { ...DEFAULT_FETCH_LIMITS, maxBytes: MAX_AVATAR_BYTES };

/** Downloads one avatar under the limits and checks it is an image Prune keeps. Never throws. */
export async function fetchAvatar(
  fetch: FetchLike,
  url: string,
  userAgent: string,
  limits: FeedFetchLimits = AVATAR_FETCH_LIMITS,
  signal?: AbortSignal,
): Promise<AvatarFetchResult> {
  const answer = await httpFetch(
    fetch,
    { url, userAgent, accept: 'image/png, image/jpeg, image/gif, image/webp;q=0.9' },
    limits,
    signal,
  );
  if (answer.status === 'not-modified') return { ok: false, reason: 'The server answered 304 to a plain request' };
  if (answer.status === 'failed') {
    const { kind, message } = answer.failure;
    if (kind === 'too-large')
      return { ok: false, reason: `The avatar is larger than ${describeSize(limits.maxBytes)}` };
    if (kind === 'http' && answer.httpStatus === 404) return { ok: false, reason: 'The avatar was not found (404)' };
    if (kind === 'http') return { ok: false, reason: `The server answered ${answer.httpStatus} for the avatar` };
    return { ok: false, reason: `The avatar could not be downloaded: ${message}` };
  }
  const checked = checkAvatar(answer.bytes, answer.contentType);
  return checked.ok ? { ok: true, bytes: answer.bytes, type: checked.type } : checked;
}
