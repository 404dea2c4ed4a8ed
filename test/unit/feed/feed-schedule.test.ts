import { describe, expect, it } from 'vitest';
import { createCoreForDatabase } from '../../../electron/core/core.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { feedRefreshRunning } from '../../../electron/core/feed/feed-refresh-job.js';
import { startFeedSchedule } from '../../../electron/core/feed/feed-schedule.js';
import { updateFeedSettings } from '../../../electron/core/feed/feed-settings.js';
import type { Clock } from '../../../electron/core/feed/refresh-scheduler.js';
import { addFeed, addPerson } from '../../helpers/feed-fixtures.js';
import { rssOfPosts } from '../../helpers/feed-server.js';

describe('refresh on start and on an interval', () => {
  it('fetches due feeds at start, then whatever falls due at each check, by the interval setting', async () => {
    let nowMs = Date.parse('2026-11-01T12:00:00.000Z');
    const fetched: string[] = [];
    const core = createCoreForDatabase(openDatabase(':memory:'), {
      dataDir: ':memory:',
      host: 'web',
      version: '1.0.0',
      now: () => new Date(nowMs),
      fetch: async (url) => {
        fetched.push(url);
        return new Response(rssOfPosts('ada', 2), { headers: { 'Content-Type': 'application/rss+xml' } });
      },
    });
    updateFeedSettings(core.db, { refreshMinutes: 30 });
    addFeed(core.db, addPerson(core.db, 'Ada'), 'https://ada.example/feed');
    const timers: { at: number; callback: () => void; cancelled: boolean }[] = [];
    const clock: Clock = {
      now: () => nowMs,
      setTimer: (callback, ms) => {
        const timer = { at: nowMs + ms, callback, cancelled: false };
        timers.push(timer);
        return () => void (timer.cancelled = true);
      },
    };
    const settle = async () => {
      for (let i = 0; i < 50 && (feedRefreshRunning(core) || timers.length === 0); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 10));
    };
    const tick = async (minutes: number) => {
      nowMs += minutes * 60_000;
      const due = timers.filter((timer) => !timer.cancelled && timer.at <= nowMs);
      timers.length = 0;
      for (const timer of due) timer.callback();
      await settle();
    };

    const stop = startFeedSchedule(core, { clock, checkEveryMs: 60_000 });
    await settle();
    expect(fetched).toEqual(['https://ada.example/feed']);
    await tick(1);
    expect(fetched).toHaveLength(1);
    await tick(29);
    expect(fetched).toHaveLength(2);
    stop();
    expect(timers.every((timer) => timer.cancelled)).toBe(true);
    core.close();
  });
});
