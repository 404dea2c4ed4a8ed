import type { FeedFailure } from '../../../shared/feed.js';

/**
 * Prune never expands entities beyond XML's five (billion laughs) nor reads external ones
 * (XXE). The XML layer under feedsmith is configured not to process entities, and this guard
 * makes it independent of that: a document that declares entities or an internal DTD subset
 * is refused before any parsing; a bare `<!DOCTYPE rss PUBLIC …>` (old RSS 0.91 feeds carry
 * one) is removed, as the DTD it names is never fetched.
 */
export function guardXml(text: string): { ok: true; text: string } | { ok: false; failure: FeedFailure } {
  if (/<!ENTITY/i.test(text)) return refused('it declares its own entities');
  const doctype = /<!DOCTYPE\b/i.exec(text);
  if (!doctype) return { ok: true, text };
  const end = text.indexOf('>', doctype.index);
  const subsetStart = text.indexOf('[', doctype.index);
  if (end === -1 || (subsetStart !== -1 && subsetStart < end)) return refused('it carries a document type definition');
  return { ok: true, text: text.slice(0, doctype.index) + text.slice(end + 1) };
}

const refused = (why: string): { ok: false; failure: FeedFailure } => ({
  ok: false,
  failure: {
    kind: 'unsafe-xml',
    message: `Refused for safety: ${why} (a DTD), which feeds never need and attacks use.`,
  },
});
