import type { AtomFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { ParsedFeed } from '../../../shared/feed.js';
import { buildPost, type RawPost } from './feed-post.js';
import { escapeHtml, htmlToText, nonEmpty } from './feed-text.js';
import { nestedBase, resolveHttpUrl } from './feed-url.js';

type AtomLink = AtomFeed.Link<string>;

/** Atom allows any media type in a text construct; one that is neither text nor XML is base64. */
function decodedValue(text: AtomFeed.Text | AtomFeed.Content): string {
  const type = text.type ?? 'text';
  const value = text.value ?? '';
  if (!type.includes('/') || /^text\/|[+/]xml$/i.test(type)) return value;
  return Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/** An Atom text construct as plain text: `html` and `xhtml` lose their markup, `text` is kept as it is. */
function atomText(text: AtomFeed.Text | undefined): string | null {
  if (!text?.value) return null;
  const value = decodedValue(text);
  return /html/i.test(text.type ?? '') ? htmlToText(value) : value.trim();
}

/** An Atom text or content construct as HTML, so the caller has one kind of markup to sanitize. */
function atomHtml(text: AtomFeed.Text | AtomFeed.Content | undefined): string | null {
  if (!text?.value) return null;
  const value = decodedValue(text);
  return /html/i.test(text.type ?? 'text') ? value : escapeHtml(value);
}

/** RSS titles are ambiguous by spec: markup in them is read as HTML (as feed readers do). */
const rssTitle = (title: string | undefined): string | null =>
  title && /<[a-z/!]|&[#a-z0-9]+;/i.test(title) ? htmlToText(title) : nonEmpty(title);

/** The alternate (page) link: `rel="alternate"` or no rel, HTML first. */
function alternateLinks(links: AtomLink[] | undefined): string[] {
  const alternates = (links ?? []).filter((link) => !link.rel || link.rel === 'alternate');
  alternates.sort((a, b) => Number(!/html/i.test(a.type ?? 'html')) - Number(!/html/i.test(b.type ?? 'html')));
  return alternates.map((link) => link.href ?? '').filter(Boolean);
}

export function mapAtomFeed(feed: AtomFeed.Feed<string>, documentUrl: string | null): ParsedFeed {
  const feedBase = nestedBase(documentUrl, feed.xml?.base);
  const posts = (feed.entries ?? []).map((entry) => {
    const base = nestedBase(feedBase, entry.xml?.base);
    const raw: RawPost = {
      guid: absoluteId(entry.id, base),
      title: atomText(entry.title),
      links: alternateLinks(entry.links),
      base,
      published: [entry.published, ...(entry.dcterms?.issued ?? []), ...(entry.dc?.dates ?? [])],
      updated: [entry.updated, ...(entry.dcterms?.modified ?? [])],
      author: entry.authors?.[0]?.name ?? entry.dc?.creators?.[0] ?? feed.authors?.[0]?.name,
      summaryHtml: atomHtml(entry.summary),
      contentHtml: atomHtml(entry.content),
    };
    return buildPost(raw);
  });
  return {
    format: 'atom',
    title: atomText(feed.title),
    description: atomText(feed.subtitle),
    siteUrl: resolveHttpUrl(alternateLinks(feed.links)[0], feedBase),
    imageUrl: resolveHttpUrl(feed.logo, feedBase) ?? resolveHttpUrl(feed.icon, feedBase),
    posts,
  };
}

/** An id is kept as written; only a relative one (`/post/1`) is resolved against the base. */
function absoluteId(id: string | undefined, base: string | null): string | null {
  const trimmed = nonEmpty(id);
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return resolveHttpUrl(trimmed, base) ?? trimmed;
}

type RssLikeItem = RssFeed.Item<string> | RdfFeed.Item<string>;

function rssPost(item: RssLikeItem, base: string | null): ReturnType<typeof buildPost> {
  const guid = 'guid' in item ? item.guid : undefined;
  const pubDate = 'pubDate' in item ? item.pubDate : undefined;
  const authors = 'authors' in item ? item.authors : undefined;
  const itunesAuthor = 'itunes' in item ? item.itunes?.author : undefined;
  // A permalink guid stands in for a missing <link>, but only when it is a full address.
  const guidIsLink = guid?.isPermaLink !== false ? resolveHttpUrl(guid?.value) : null;
  return buildPost({
    guid: guid?.value ?? ('rdf' in item ? item.rdf?.about : undefined),
    title: rssTitle(item.title ?? item.dc?.titles?.[0] ?? item.media?.title?.value),
    links: [item.link, guidIsLink, ...alternateLinks(item.atom?.links)],
    base: nestedBase(base, item.xml?.base),
    published: [pubDate, ...(item.dcterms?.issued ?? []), ...(item.dcterms?.created ?? []), ...(item.dc?.dates ?? [])],
    updated: [...(item.dcterms?.modified ?? []), item.atom?.updated, ...(item.dc?.dates ?? [])],
    author: item.dc?.creators?.[0] ?? authors?.[0]?.name ?? authors?.[0]?.email ?? itunesAuthor,
    summaryHtml: item.description,
    contentHtml: item.content?.encoded,
  });
}

export function mapRssFeed(
  feed: RssFeed.Feed<string> | RdfFeed.Feed<string>,
  format: 'rss' | 'rdf',
  documentUrl: string | null,
): ParsedFeed {
  const base = nestedBase(documentUrl, feed.xml?.base);
  const itunesImage = 'itunes' in feed ? feed.itunes?.image : undefined;
  return {
    format,
    title: rssTitle(feed.title),
    description: nonEmpty(feed.description),
    siteUrl: resolveHttpUrl(feed.link, base) ?? resolveHttpUrl(alternateLinks(feed.atom?.links)[0], base),
    imageUrl: resolveHttpUrl(feed.image?.url, base) ?? resolveHttpUrl(itunesImage, base),
    posts: (feed.items ?? []).map((item) => rssPost(item, base)),
  };
}
