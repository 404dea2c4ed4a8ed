import type { JsonFeed } from 'feedsmith';
import type { ParsedFeed } from '../../../shared/feed.js';
import { buildPost } from './feed-post.js';
import { escapeHtml, nonEmpty } from './feed-text.js';
import { resolveHttpUrl } from './feed-url.js';

/** JSON Feed 1.0 and 1.1: `author` (1.0) or `authors` (1.1); `content_text` kept as escaped HTML. */
export function mapJsonFeed(feed: JsonFeed.Feed<string>, documentUrl: string | null): ParsedFeed {
  const base = resolveHttpUrl(feed.feed_url, documentUrl) ?? documentUrl;
  return {
    format: 'json',
    title: nonEmpty(feed.title),
    description: nonEmpty(feed.description),
    siteUrl: resolveHttpUrl(feed.home_page_url, base),
    imageUrl: resolveHttpUrl(feed.icon, base) ?? resolveHttpUrl(feed.authors?.[0]?.avatar, base),
    posts: (feed.items ?? []).map((item) =>
      buildPost({
        guid: item.id === undefined ? null : String(item.id),
        title: nonEmpty(item.title),
        links: [item.url, item.external_url],
        base,
        published: [item.date_published],
        updated: [item.date_modified],
        author: item.authors?.[0]?.name ?? feed.authors?.[0]?.name,
        summaryHtml: item.summary === undefined ? null : escapeHtml(item.summary),
        contentHtml: item.content_html ?? (item.content_text === undefined ? null : escapeHtml(item.content_text)),
      }),
    ),
  };
}
