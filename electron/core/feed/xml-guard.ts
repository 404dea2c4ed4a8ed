import type { FeedFailure } from '../../../shared/feed.js';

/** CDATA sections and comments blanked out, same length, so positions still match the text. */
const markupOnly = (text: string): string =>
  text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (section) => ' '.repeat(section.length));

/**
 * Prune never expands entities beyond XML's five (billion laughs) nor reads external ones
 * (XXE). The XML layer under feedsmith is configured not to process entities, and this guard
 * makes it independent of that: a document that declares entities or an internal DTD subset
 * is refused before any parsing; a bare `<!DOCTYPE rss PUBLIC …>` (old RSS 0.91 feeds carry
 * one) is removed, as the DTD it names is never fetched. Text inside CDATA sections and
 * comments (a post about XML) is content, not a declaration, and is left alone.
 */
export function guardXml(text: string): { ok: true; text: string } | { ok: false; failure: FeedFailure } {
  if (!/<!(?:DOCTYPE|ENTITY)/i.test(text)) return { ok: true, text };
  const markup = markupOnly(text);
  if (/<!ENTITY/i.test(markup)) return refused('it declares its own entities');
  const doctype = /<!DOCTYPE\b/i.exec(markup);
  if (!doctype) return { ok: true, text };
  const end = markup.indexOf('>', doctype.index);
  const subsetStart = markup.indexOf('[', doctype.index);
  if (end === -1 || (subsetStart !== -1 && subsetStart < end)) return refused('it carries a document type definition');
  return { ok: true, text: text.slice(0, doctype.index) + text.slice(end + 1) };
}

const refused = (why: string): { ok: false; failure: FeedFailure } => ({
  ok: false,
  failure: {
    kind: 'unsafe-xml',
    message: `Refused for safety: ${why} (a DTD), which feeds never need and attacks use`,
  },
});
