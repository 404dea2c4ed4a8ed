/**
 * The two slips real feeds make most that a strict XML parser rejects: a bare `&` (an
 * unescaped query string) and a truncated last end tag (`</rss` cut off by a proxy or a
 * broken generator). Used only when the document fails to parse as it is.
 */
export function repairXml(text: string): string {
  const ampersands = text.replace(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, '&amp;');
  return ampersands.replace(/<\/([A-Za-z_][\w.:-]*)\s*$/, '</$1>');
}
