/**
 * Email addresses as Prune accepts them: a local part of the characters RFC 5322 allows
 * unquoted (and letters of any script), one @, and a domain of dot-separated labels with a
 * top-level domain. No spaces, no quotes, nothing after the domain: an address such as
 * `m@example.com?subject=hi&attach=/etc/passwd` is refused, so it can never be stored or
 * turned into a mailto: link that carries a query.
 */
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** The everyday ASCII shape, checked first: the full rules below cost ten times as much. */
const PLAIN =
  /^[a-z0-9._%+-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z][a-z0-9-]*$/i;

export function isEmailAddress(address: string): boolean {
  if (address.length > 254) return false;
  if (PLAIN.test(address) && !/^\.|\.\.|\.@/.test(address)) return address.indexOf('@') <= 64;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const labels = address.slice(at + 1).split('.');
  return (
    LOCAL.test(address.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    // A top-level domain starts with a letter: `1.2.3.4` is not a mail domain.
    /^\p{L}/u.test(labels.at(-1)!)
  );
}

/** A mailto: link made from the address alone, or null for anything that is not one. */
export function mailtoHref(address: string): string | null {
  const trimmed = address.trim();
  if (!isEmailAddress(trimmed)) return null;
  const at = trimmed.lastIndexOf('@');
  return `mailto:${encodeURIComponent(trimmed.slice(0, at))}@${trimmed.slice(at + 1)}`;
}
