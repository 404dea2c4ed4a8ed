import type { FeedSettings } from '../../../shared/feed-store.js';
import type { Db } from '../db/open-database.js';
import { getValue, runSql, sql } from '../db/sql.js';
import { DEFAULT_REFRESH_POLICY, type RefreshPolicy } from './fetch-state.js';

/** Feed settings and markers, one row each in `feed_settings`. */

export const DEFAULT_FEED_SETTINGS: FeedSettings = { retentionDays: 365, refreshMinutes: 60, remoteImages: false };

type SettingKey = keyof FeedSettings | 'lastLookedAt';

export function readFeedSetting(db: Db, key: SettingKey): string | null {
  return getValue<string | undefined>(db, sql`SELECT value FROM feed_settings WHERE key = ${key}`) ?? null;
}

export function writeFeedSetting(db: Db, key: SettingKey, value: string): void {
  runSql(
    db,
    sql`INSERT INTO feed_settings (key, value) VALUES (${key}, ${value})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
}

export function feedSettings(db: Db): FeedSettings {
  const number = (key: 'retentionDays' | 'refreshMinutes'): number => {
    const stored = Number(readFeedSetting(db, key));
    return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_FEED_SETTINGS[key];
  };
  return {
    retentionDays: number('retentionDays'),
    refreshMinutes: number('refreshMinutes'),
    remoteImages: readFeedSetting(db, 'remoteImages') === 'true',
  };
}

export function updateFeedSettings(db: Db, changes: Partial<FeedSettings>): FeedSettings {
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes) as [keyof FeedSettings, number | boolean][])
      writeFeedSetting(db, key, String(value));
  })();
  return feedSettings(db);
}

/** When feeds fall due: the refresh interval setting, with the default backoff and pause. */
export const refreshPolicy = (db: Db): RefreshPolicy => ({
  ...DEFAULT_REFRESH_POLICY,
  intervalMs: feedSettings(db).refreshMinutes * 60_000,
});
