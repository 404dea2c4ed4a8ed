import { generateOpml, parseOpml as parseWithFeedsmith, type Opml } from 'feedsmith';
import type { OpmlFeed } from '../../../shared/feed.js';
import { decodeFeedText } from './decode-feed-text.js';
import { nonEmpty } from './feed-text.js';
import { resolveHttpUrl } from './feed-url.js';
import { guardXml } from './xml-guard.js';

type Outline = Opml.Outline<string>;
type OutlineToWrite = Opml.Outline<Date>;

export type ParseOpmlResult =
  { ok: true; title: string | null; feeds: OpmlFeed[]; skipped: number } | { ok: false; message: string };

const nameOf = (outline: Outline): string | null => nonEmpty(outline.title) ?? nonEmpty(outline.text);

/**
 * An OPML subscription list (what feed readers export): every outline with an http(s)
 * `xmlUrl` is a feed, with the titles of the outlines it is nested in as its categories.
 * Outlines with an `xmlUrl` that is not http(s) are counted in `skipped`.
 */
export function parseOpml(bytes: Uint8Array): ParseOpmlResult {
  const guarded = guardXml(decodeFeedText(bytes).replace(/^\uFEFF/, ''));
  if (!guarded.ok) return { ok: false, message: guarded.failure.message };
  let document: Opml.Document<string>;
  try {
    document = parseWithFeedsmith(guarded.text);
  } catch {
    return { ok: false, message: 'Not an OPML file: no <opml> document with a <body> was found' };
  }
  const feeds: OpmlFeed[] = [];
  let skipped = 0;
  const visit = (outlines: Outline[] | undefined, categories: string[]): void => {
    for (const outline of outlines ?? []) {
      if (outline.xmlUrl !== undefined) {
        const xmlUrl = resolveHttpUrl(outline.xmlUrl);
        if (!xmlUrl) skipped += 1;
        else feeds.push({ title: nameOf(outline), xmlUrl, htmlUrl: resolveHttpUrl(outline.htmlUrl), categories });
      }
      const name = nameOf(outline);
      visit(outline.outlines, name && outline.xmlUrl === undefined ? [...categories, name] : categories);
    }
  };
  visit(document.body?.outlines, []);
  return { ok: true, title: nonEmpty(document.head?.title), feeds, skipped };
}

/** The feeds as OPML 2.0, one nested outline per category path, in the order given. */
export function writeOpml(feeds: readonly OpmlFeed[], options: { title: string; now?: Date }): string {
  const root: OutlineToWrite[] = [];
  const folders = new Map<string, OutlineToWrite[]>([['', root]]);
  const folderFor = (categories: readonly string[]): OutlineToWrite[] => {
    let path = '';
    let children = root;
    for (const category of categories) {
      path += `/${category}`;
      let folder = folders.get(path);
      if (!folder) {
        folder = [];
        children.push({ text: category, title: category, outlines: folder });
        folders.set(path, folder);
      }
      children = folder;
    }
    return children;
  };
  for (const feed of feeds) {
    const name = feed.title ?? feed.xmlUrl;
    folderFor(feed.categories).push({
      text: name,
      title: name,
      type: 'rss',
      xmlUrl: feed.xmlUrl,
      ...(feed.htmlUrl ? { htmlUrl: feed.htmlUrl } : {}),
    });
  }
  const document: Opml.Document<Date> = {
    head: { title: options.title, dateCreated: options.now ?? new Date() },
    body: { outlines: root },
  };
  return generateOpml(document);
}
