import { decodeHTML } from 'entities';

const EXCERPT_LENGTH = 300;

/** Markup to plain text: comments, scripts and styles dropped, tags removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const withoutMarkup = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  return decodeHTML(withoutMarkup).replace(/\s+/g, ' ').trim();
}

/** The first ~300 characters of the text, cut at a word where one is near. */
export function excerptOf(html: string | null): string {
  if (!html) return '';
  const text = htmlToText(html);
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH - 40 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A trimmed non-empty string, or null. */
export function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
