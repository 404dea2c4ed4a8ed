import { isBorrowedName } from './display-names.js';
import { nameKey } from './identity.js';

/** Words of a name, punctuation dropped; a name that is really an address or a number counts as no name. */
function nameTokens(name: string): string[] {
  if (isBorrowedName(name)) return [];
  return nameKey(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const sameWord = (a: string, b: string): boolean =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Whether two names may be one person: one's words are all among the other's, in any order,
 * initials matching ("Bohr, Niels" = "Niels Bohr", "Ada" = "Ada Lovelace", "A. Lovelace" =
 * "Ada Lovelace"); a missing name is compatible with any. "Ada Lovelace" and "Byron Lovelace"
 * clearly differ, though they share a word (families share addresses and surnames).
 */
export function namesCompatible(a: string, b: string): boolean {
  const [x, y] = [nameTokens(a), nameTokens(b)];
  if (x.length === 0 || y.length === 0) return true;
  const [fewer, more] = x.length <= y.length ? [x, y] : [y, x];
  return fewer.every((word) => more.some((other) => sameWord(word, other)));
}
