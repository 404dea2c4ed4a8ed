import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedServer {
  origin: string;
  /** Requests per path, to prove conditional GETs and bounded loops. */
  hits: Map<string, number>;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (port 0) answering from a table of routes; anything else is 404. */
export async function startFeedServer(routes: Record<string, Route>): Promise<FeedServer> {
  const hits = new Map<string, number>();
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push(request);
    const route = routes[path];
    if (route) route(request, response);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS feed of `count` posts, as a generator of real feeds would write it. */
export function rssOfPosts(name: string, count: number, origin = 'https://people.example'): string {
  const items = Array.from(
    { length: count },
    (_, index) =>
      `<item><title>${name} post ${index}</title><link>${origin}/${name}/${index}</link><guid>${origin}/${name}/${index}</guid>` +
      `<pubDate>${new Date(Date.UTC(2026, 10, 1, 0, index)).toUTCString()}</pubDate>` +
      `<description>&lt;p&gt;Some &lt;b&gt;thoughts&lt;/b&gt; on topic ${index} from ${name}, written at length so the excerpt has work to do.&lt;/p&gt;</description></item>`,
  ).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name}</title><link>${origin}/${name}</link><description>${name}'s posts</description>${items}</channel></rss>`;
}
