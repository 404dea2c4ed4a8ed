import { parseFeed as parseWithFeedsmith, type AnyFeed } from 'feedsmith';
import type { FeedFailure, ParsedFeed } from '../../../shared/feed.js';
import { decodeFeedText } from './decode-feed-text.js';
import { dedupePosts } from './feed-post.js';
import { mapJsonFeed } from './map-json-feed.js';
import { mapAtomFeed, mapRssFeed } from './map-xml-feed.js';
import { repairXml } from './repair-xml.js';
import { guardXml } from './xml-guard.js';

export interface ParseFeedOptions {
  /** The URL the document was fetched from (after redirects): the base for relative links. */
  url?: string | null;
  /** The HTTP Content-Type, for its charset. */
  contentType?: string | null;
}

export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; failure: FeedFailure; isHtml: boolean };

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

const failed = (kind: FeedFailure['kind'], message: string, isHtml = false): ParseFeedResult => ({
  ok: false,
  failure: { kind, message },
  isHtml,
});

const FEED_ROOTS = new Map<string, ParsedFeed['format']>([
  ['rss', 'rss'],
  ['feed', 'atom'],
  ['rdf:rdf', 'rdf'],
]);

const emptyFeed = (format: ParsedFeed['format']): ParsedFeed => ({
  format,
  title: null,
  description: null,
  siteUrl: null,
  imageUrl: null,
  posts: [],
});

/** The name of the first element after the prolog, lower-cased. */
function rootElementName(text: string): string | null {
  const match = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w.:-]*)/.exec(text);
  return match ? match[1]!.toLowerCase() : null;
}

/** True when the text is an HTML page rather than a feed (the caller may then look for `<link rel="alternate">`). */
const looksLikeHtml = (text: string): boolean => HTML_START.test(text);

function parseLeniently(source: string, isJson: boolean): AnyFeed<string> {
  try {
    return parseWithFeedsmith<string>(source);
  } catch (error) {
    const repaired = isJson ? source : repairXml(source);
    if (repaired === source) throw error;
    return parseWithFeedsmith<string>(repaired);
  }
}

/**
 * Bytes of an RSS 2.0/1.0/0.9x, Atom 1.0/0.3 or JSON Feed document to a ParsedFeed. Never
 * throws: anything it cannot read is a failure with a sentence for people.
 */
export function parseFeed(bytes: Uint8Array, options: ParseFeedOptions = {}): ParseFeedResult {
  const text = decodeFeedText(bytes, options.contentType).replace(/^\uFEFF/, '');
  if (!text.trim()) return failed('not-a-feed', 'Not a feed: the document is empty');
  if (looksLikeHtml(text)) return failed('not-a-feed', 'Not a feed: the page is HTML', true);
  const isJson = /^\s*[{[]/.test(text);
  let source = text;
  if (!isJson) {
    const guarded = guardXml(text);
    if (!guarded.ok) return { ok: false, failure: guarded.failure, isHtml: false };
    source = guarded.text;
  }
  const documentUrl = options.url ?? null;
  try {
    const parsed = parseLeniently(source, isJson);
    const feed =
      parsed.format === 'atom'
        ? mapAtomFeed(parsed.feed, documentUrl)
        : parsed.format === 'json'
          ? mapJsonFeed(parsed.feed, documentUrl)
          : mapRssFeed(parsed.feed, parsed.format, documentUrl);
    return { ok: true, feed: { ...feed, posts: dedupePosts(feed.posts) } };
  } catch {
    if (isJson) return failed('not-a-feed', 'Not a feed: the JSON is not a JSON Feed');
    const format = FEED_ROOTS.get(rootElementName(source) ?? '');
    if (!format) return failed('not-a-feed', 'Not a feed: the document is neither RSS, Atom nor JSON Feed');
    // A feed with no posts yet is a feed; one whose posts cannot be read is broken.
    if (!/<(?:\w+:)?(?:item|entry)[\s>]/i.test(source)) return { ok: true, feed: emptyFeed(format) };
    return failed('malformed', 'The feed could not be read: it is not well-formed XML');
  }
}
