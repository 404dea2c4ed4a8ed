import { decodeHTMLAttribute } from 'entities';
import { resolveHttpUrl } from './feed-url.js';

/** A feed a web page names in `<link rel="alternate" type="…" href="…">`. */
export interface DiscoveredFeed {
  url: string;
  title: string | null;
  type: string;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'text/xml',
  'application/xml',
]);

const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * The feeds an HTML page names, in the page's order, resolved against its `<base href>` or
 * its own URL, http(s) only, without repeats. Comments, scripts and styles are skipped, so a
 * commented-out link is not found.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const visible = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const baseTag = /<base\b([^>]*)>/i.exec(visible);
  const base = resolveHttpUrl(baseTag ? attributesOf(baseTag[1]!).get('href') : null, pageUrl) ?? pageUrl;
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const match of visible.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = attributesOf(match[1]!);
    const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attributes.get('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rels.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = resolveHttpUrl(attributes.get('href'), base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, title: attributes.get('title')?.trim() || null, type });
  }
  return feeds;
}
