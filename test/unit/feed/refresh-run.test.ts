import { describe, expect, it } from 'vitest';
import { RefreshProgress, type FeedFetchState } from '../../../shared/feed.js';
import type { FetchLike } from '../../../electron/core/feed/fetch-limits.js';
import { initialFetchState } from '../../../electron/core/feed/fetch-state.js';
import { refreshFeeds } from '../../../electron/core/feed/refresh-run.js';

const T0 = Date.parse('2026-11-23T12:00:00.000Z');
const rss = '<rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>p</title></item></channel></rss>';

/** A fetch that answers after the test releases it, counting how many are open at once, in all and per host. */
function gatedFetch() {
  const open = new Map<string, number>();
  let openTotal = 0;
  const peak = { total: 0, perHost: 0 };
  const waiting: (() => void)[] = [];
  const fetch: FetchLike = async (url, init) => {
    const host = new URL(url).host;
    open.set(host, (open.get(host) ?? 0) + 1);
    openTotal += 1;
    peak.total = Math.max(peak.total, openTotal);
    peak.perHost = Math.max(peak.perHost, open.get(host)!);
    await new Promise<void>((resolve, reject) => {
      waiting.push(resolve);
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }).finally(() => {
      open.set(host, open.get(host)! - 1);
      openTotal -= 1;
    });
    return new Response(rss, { status: 200, headers: { ETag: '"x"' } });
  };
  const releaseAll = async (): Promise<void> => {
    while (waiting.length > 0 || openTotal > 0) {
      waiting.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  return { fetch, peak, waiting, releaseAll };
}

const feeds = (hosts: number, perHost: number): FeedFetchState[] =>
  Array.from({ length: hosts * perHost }, (_, index) =>
    initialFetchState(`https://host${index % hosts}.example/feed${index}`, T0),
  );

describe('refreshFeeds', () => {
  it('keeps at most 8 fetches open in all and 2 per host, and reports progress for each feed', async () => {
    const gate = gatedFetch();
    const progress: RefreshProgress[] = [];
    const results: string[] = [];
    const run = refreshFeeds(feeds(6, 5), {
      fetch: gate.fetch,
      userAgent: 'Prune/test',
      now: () => T0,
      onProgress: (step) => progress.push(RefreshProgress.parse(step)),
      onResult: (next) => void results.push(next.url),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(gate.waiting).toHaveLength(8);
    await gate.releaseAll();
    const summary = await run;
    expect(gate.peak).toEqual({ total: 8, perHost: 2 });
    expect(summary).toMatchObject({ total: 30, done: 30, ok: 30, failed: 0, cancelled: false });
    expect(summary.states.every((state) => state.etag === '"x"' && state.lastFetchedAt !== null)).toBe(true);
    expect(progress.map((step) => step.done)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(new Set(results).size).toBe(30);
  });

  it('one host’s feeds wait for each other without holding back other hosts', async () => {
    const gate = gatedFetch();
    const run = refreshFeeds(
      [...feeds(1, 6), ...feeds(3, 1).map((state) => ({ ...state, url: state.url.replace('host', 'other') }))],
      {
        fetch: gate.fetch,
        userAgent: 'Prune/test',
        now: () => T0,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(gate.waiting).toHaveLength(5);
    await gate.releaseAll();
    expect(await run).toMatchObject({ done: 9, ok: 9 });
  });

  it('cancels: nothing more starts, open fetches are aborted, their states stay as they were', async () => {
    const gate = gatedFetch();
    const controller = new AbortController();
    const input = feeds(10, 2);
    const run = refreshFeeds(input, {
      fetch: gate.fetch,
      userAgent: 'Prune/test',
      now: () => T0,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const summary = await run;
    expect(summary).toMatchObject({ cancelled: true, done: 0, total: 20 });
    expect(summary.states).toEqual(input);
  });
});
