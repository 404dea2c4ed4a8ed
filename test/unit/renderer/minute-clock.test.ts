import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minuteClockNow, subscribeMinuteClock, TICK_MS } from '../../../renderer/src/features/feed/minute-clock.js';
import { relativeTime } from '../../../renderer/src/features/feed/relative-time.js';

describe('the shared minute clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('runs one interval for every reader, and none once nobody reads it', () => {
    const ticks: string[] = [];
    const stops = ['card 1', 'card 2', 'subscriptions'].map((who) => subscribeMinuteClock(() => ticks.push(who)));
    expect(vi.getTimerCount()).toBe(1);
    const posted = '2026-11-01T11:59:30Z';
    expect(relativeTime(posted, minuteClockNow())).toMatch(/now|second/);
    vi.advanceTimersByTime(TICK_MS);
    expect(ticks).toEqual(['card 1', 'card 2', 'subscriptions']);
    expect(relativeTime(posted, minuteClockNow())).toBe('1 minute ago');
    vi.advanceTimersByTime(2 * TICK_MS);
    expect(relativeTime(posted, minuteClockNow())).toBe('3 minutes ago');
    for (const stop of stops) stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('catches up at once when something shows a time again after an idle spell', () => {
    subscribeMinuteClock(() => undefined)();
    vi.setSystemTime(new Date('2026-11-01T15:00:00Z'));
    const stop = subscribeMinuteClock(() => undefined);
    expect(minuteClockNow()).toBe(Date.parse('2026-11-01T15:00:00Z'));
    stop();
  });
});
