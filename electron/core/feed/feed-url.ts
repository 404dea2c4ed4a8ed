/**
 * `ref` resolved against `base` (both optional), kept only when it is an absolute http(s) URL.
 * Anything else (`javascript:`, `data:`, a relative link with no base, garbage) is null.
 */
export function resolveHttpUrl(ref: string | null | undefined, base?: string | null): string | null {
  const trimmed = ref?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // An absolute link is kept as the feed wrote it (feeds compare links as strings); a relative one resolved.
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : url.href;
}

/** A base URL for resolving: an xml:base relative to the outer base, where it can be resolved. */
export function nestedBase(outer: string | null, xmlBase: string | null | undefined): string | null {
  if (!xmlBase?.trim()) return outer;
  try {
    return (outer ? new URL(xmlBase.trim(), outer) : new URL(xmlBase.trim())).href;
  } catch {
    return outer;
  }
}
