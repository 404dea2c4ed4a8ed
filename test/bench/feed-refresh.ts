import type { FeedFetchState } from '../../shared/feed.js';
import type { FetchLike } from '../../electron/core/feed/fetch-limits.js';
import { initialFetchState } from '../../electron/core/feed/fetch-state.js';
import { refreshFeeds } from '../../electron/core/feed/refresh-run.js';
import { rssOfPosts, startFeedServer, type FeedServer, type Route } from '../helpers/feed-server.js';
import { median, timedAsync } from './stats.js';

/** Loopback "sites": one server per concurrency slot, so the 2-per-host bound is not what is measured. */
const SITES = 8;
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

async function startSites(feeds: number, posts: number): Promise<{ servers: FeedServer[]; urls: string[] }> {
  const servers: FeedServer[] = [];
  const urls: string[] = [];
  for (let site = 0; site < SITES; site += 1) {
    const routes: Record<string, Route> = {};
    for (let feed = site; feed < feeds; feed += SITES) {
      const body = rssOfPosts(`person${feed}`, posts);
      const etag = `"feed-${feed}"`;
      routes[`/feeds/${feed}.xml`] = (request, response) => {
        if (request.headers['if-none-match'] === etag) response.writeHead(304, { ETag: etag }).end();
        else response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag }).end(body);
      };
    }
    const server = await startFeedServer(routes);
    servers.push(server);
    for (const path of Object.keys(routes)) urls.push(`${server.origin}${path}`);
  }
  return { servers, urls };
}

/**
 * `refresh500`: every feed fetched and parsed for the first time; `refresh500NotModified`: the
 * same feeds again with their ETags, each answering 304. Medians of `runs`.
 */
export async function benchFeedRefresh(feeds: number, posts: number, runs: number) {
  const { servers, urls } = await startSites(feeds, posts);
  const first: number[] = [];
  const again: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const states: FeedFetchState[] = urls.map((url) => initialFetchState(url, Date.now()));
      const options = { fetch: nodeFetch, userAgent: 'Prune/bench', now: () => Date.now() };
      const fetched = await timedAsync(() => refreshFeeds(states, options));
      if (fetched.value.ok !== feeds) throw new Error(`refresh: ${fetched.value.ok} of ${feeds} feeds fetched`);
      first.push(fetched.ms);
      const unchanged = await timedAsync(() => refreshFeeds(fetched.value.states, options));
      if (unchanged.value.notModified !== feeds)
        throw new Error(`refresh again: ${unchanged.value.notModified} of ${feeds} not modified`);
      again.push(unchanged.ms);
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  return { refresh: median(first), refreshNotModified: median(again) };
}
