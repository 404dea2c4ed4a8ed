import type { Core } from '../core.js';
import type { Db } from '../db/open-database.js';
import { allRows, runSql, sql } from '../db/sql.js';
import { fetchAvatar, type AvatarFetchResult } from './fetch-avatar.js';
import { feedUserAgent } from './fetch-limits.js';

/**
 * A Mastodon account's avatar becomes its contact's picture (issue 11, item 2). Only for a
 * contact whose photo is missing or came from an avatar: a photo from an import (a vCard PHOTO)
 * is never replaced, and a later imported photo replaces an avatar (contact-writes.ts). An
 * avatar is downloaded when its address changed since it was last tried, or when the contact
 * has no photo (a failed one is tried again a day later, not on every refresh).
 */

const RETRY_FAILED_AFTER_MS = 24 * 3_600_000;
const AT_ONCE = 4;

export interface AvatarCandidate {
  feedId: number;
  contactId: number;
  imageUrl: string;
}

/** The Mastodon feeds among `feedIds` whose avatar should be fetched now. */
export function avatarsToFetch(db: Db, feedIds: readonly number[], now: Date): AvatarCandidate[] {
  const retryBefore = new Date(now.getTime() - RETRY_FAILED_AFTER_MS).toISOString();
  return allRows<AvatarCandidate>(
    db,
    sql`SELECT f.id AS feedId, f.contact_id AS contactId, f.image_url AS imageUrl
          FROM feeds f JOIN contacts c ON c.id = f.contact_id
         WHERE f.id IN (SELECT value FROM json_each(${JSON.stringify(feedIds)}))
           AND f.kind = 'mastodon' AND f.image_url LIKE 'http%'
           AND (c.photo IS NULL OR c.photo_avatar_url IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM contact_removals x WHERE x.contact_id = f.contact_id)
           AND (f.avatar_checked_url IS NOT f.image_url
                OR (c.photo IS NULL AND (f.avatar_error IS NULL OR f.avatar_checked_at < ${retryBefore})))
         ORDER BY f.id`,
  );
}

/**
 * Stores what fetching one avatar gave: the photo (when the contact still has none of its own;
 * an import may have landed meanwhile) and, either way, what was tried and why it was skipped.
 * Returns whether the contact's photo changed.
 */
export function storeAvatar(db: Db, candidate: AvatarCandidate, result: AvatarFetchResult, now: string): boolean {
  runSql(
    db,
    sql`UPDATE feeds SET avatar_checked_url = ${candidate.imageUrl}, avatar_checked_at = ${now},
          avatar_error = ${result.ok ? null : result.reason} WHERE id = ${candidate.feedId}`,
  );
  if (!result.ok) return false;
  const changed = runSql(
    db,
    sql`UPDATE contacts SET photo = ${Buffer.from(result.bytes)}, photo_type = ${result.type},
          photo_avatar_url = ${candidate.imageUrl}, updated_at = ${now}
        WHERE id = ${candidate.contactId} AND (photo IS NULL OR photo_avatar_url IS NOT NULL)`,
  ).changes;
  return changed > 0;
}

/**
 * Fetches the avatars the given feeds call for, a few at a time, through the core's fetch;
 * a cancel stops starting new ones. Returns how many contacts got a new picture.
 */
export async function refreshMastodonAvatars(
  core: Core,
  feedIds: readonly number[],
  signal?: AbortSignal,
  beforeWrite: () => Promise<void> = async () => undefined,
): Promise<number> {
  // Feeds that share an avatar (two people, one account) download it once.
  const byUrl = new Map<string, AvatarCandidate[]>();
  for (const candidate of avatarsToFetch(core.db, feedIds, core.now()))
    byUrl.set(candidate.imageUrl, [...(byUrl.get(candidate.imageUrl) ?? []), candidate]);
  const queue = [...byUrl.values()];
  const userAgent = feedUserAgent(core.version);
  let pictured = 0;
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next && !signal?.aborted; next = queue.shift()) {
      const result = await fetchAvatar(core.fetch, next[0]!.imageUrl, userAgent, undefined, signal);
      if (signal?.aborted) return;
      await beforeWrite();
      const at = core.now().toISOString();
      core.db.transaction(() => {
        for (const candidate of next) if (storeAvatar(core.db, candidate, result, at)) pictured += 1;
      })();
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return pictured;
}
