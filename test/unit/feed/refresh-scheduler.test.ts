import { describe, expect, it } from 'vitest';
import type { FeedFetchState } from '../../../shared/feed.js';
import type { FetchLike } from '../../../electron/core/feed/fetch-limits.js';
import { initialFetchState, retryFetchState } from '../../../electron/core/feed/fetch-state.js';
import {
  createRefreshScheduler,
  systemClock,
  type Clock,
  type RefreshScheduler,
} from '../../../electron/core/feed/refresh-scheduler.js';

const T0 = Date.parse('2026-11-23T12:00:00.000Z');
const MINUTE = 60_000;
const rss = '<rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>p</title></item></channel></rss>';

/** A clock the test moves by hand; timers fire when it passes them. */
function fakeClock(): Clock & { advance(ms: number): void; pendingTimers(): number } {
  let now = T0;
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => now,
    setTimer(callback, ms) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => void (timers = timers.filter((other) => other !== timer));
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      due.forEach((timer) => timer.callback());
    },
    pendingTimers: () => timers.length,
  };
}

async function settled(scheduler: RefreshScheduler): Promise<void> {
  for (let turn = 0; turn < 200 && scheduler.running; turn += 1) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(scheduler.running).toBe(false);
}

function setup(answer: (url: string) => Response) {
  const clock = fakeClock();
  const store = new Map<string, FeedFetchState>(
    ['https://a.example/feed', 'https://b.example/feed'].map((url) => [url, initialFetchState(url, T0)]),
  );
  const fetched: string[] = [];
  const fetch: FetchLike = async (url) => {
    fetched.push(url);
    return answer(url);
  };
  const scheduler = createRefreshScheduler({
    fetch,
    clock,
    userAgent: 'Prune/test',
    loadStates: () => [...store.values()],
    onResult: (next) => void store.set(next.url, next),
  });
  return { clock, store, fetched, scheduler };
}

describe('the refresh scheduler', () => {
  it('refreshes due feeds on start, then again when they fall due, and stops when told', async () => {
    const { clock, fetched, scheduler, store } = setup(() => new Response(rss));
    scheduler.start();
    await settled(scheduler);
    expect(fetched).toEqual(['https://a.example/feed', 'https://b.example/feed']);
    expect(store.get('https://a.example/feed')!.nextDueAt).toBe('2026-11-23T13:00:00.000Z');
    clock.advance(30 * MINUTE);
    await settled(scheduler);
    expect(fetched).toHaveLength(2);
    clock.advance(30 * MINUTE);
    await settled(scheduler);
    expect(fetched).toHaveLength(4);
    scheduler.stop();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('refreshes on demand, due or not, and one run at a time', async () => {
    const { fetched, scheduler } = setup(() => new Response(rss));
    const first = scheduler.refreshNow();
    const second = scheduler.refreshNow(['https://b.example/feed']);
    expect(scheduler.running).toBe(true);
    expect(await first).toMatchObject({ done: 2, ok: 2 });
    expect(await second).toMatchObject({ done: 1, ok: 1 });
    expect(fetched).toEqual(['https://a.example/feed', 'https://b.example/feed', 'https://b.example/feed']);
  });

  it('pauses a failing feed after 5 failures and fetches it again only after a retry', async () => {
    const { clock, fetched, scheduler, store } = setup((url) =>
      url.includes('a.example') ? new Response('down', { status: 500 }) : new Response(rss),
    );
    scheduler.start();
    for (let round = 0; round < 12; round += 1) {
      await settled(scheduler);
      clock.advance(24 * 60 * MINUTE);
    }
    await settled(scheduler);
    const failing = store.get('https://a.example/feed')!;
    expect(failing).toMatchObject({ paused: true, consecutiveFailures: 5, nextDueAt: null });
    expect(fetched.filter((url) => url.includes('a.example'))).toHaveLength(5);
    store.set(failing.url, retryFetchState(failing, clock.now()));
    await scheduler.refreshNow([failing.url]);
    expect(fetched.filter((url) => url.includes('a.example'))).toHaveLength(6);
    scheduler.stop();
  });

  it('cancels the run under way', async () => {
    const { scheduler } = setup(() => new Response(rss));
    const run = scheduler.refreshNow();
    scheduler.cancel();
    expect(await run).toMatchObject({ cancelled: true });
  });
});

describe('the system clock', () => {
  it('fires a timer, and a cancelled one never', async () => {
    const fired: string[] = [];
    systemClock.setTimer(() => fired.push('kept'), 1);
    const cancel = systemClock.setTimer(() => fired.push('cancelled'), 1);
    cancel();
    for (let turn = 0; turn < 100 && fired.length === 0; turn += 1)
      await new Promise((resolve) => setTimeout(resolve, 2));
    expect(fired).toEqual(['kept']);
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(1000);
  });
});
