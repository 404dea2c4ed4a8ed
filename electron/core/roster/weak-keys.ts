import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { SourceKind } from '../../../shared/domain.js';
import { nameKey } from './identity.js';

/**
 * Weak identity keys, for records without a strong one (no profile URL, email, handle or UID):
 * pre-2023 LinkedIn rows, phone-only cards, address-book rows without email. Each is scoped to
 * its source (`~linkedin:…`, `~vcard:…`), so a weak key never joins records of two services,
 * and it matches only where no strong key does (see contact-matching.ts).
 */
export const WEAK_KEY_PREFIX = '~';

/** Phone numbers in E.164 where the number says its country (`+44 20 …`), else its digits. */
export function normalizePhone(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const parsed =
    text.startsWith('+') || text.startsWith('00') ? parsePhoneNumberFromString(text.replace(/^00/, '+')) : undefined;
  if (parsed?.isPossible()) return parsed.number;
  const digits = text.replace(/[^\d]/g, '');
  return digits.length >= 5 ? digits : null;
}

const ADDRESS_BOOKS: ReadonlySet<SourceKind> = new Set(['vcard', 'google', 'outlook']);

export interface WeakKeyInput {
  source: SourceKind;
  firstName: string;
  lastName: string;
  fullName: string;
  company: string | null;
  phones: readonly string[];
  connectedOn: string | null;
}

/** The name a record gives its person, for keys and for telling two people apart. */
export const recordName = (person: Pick<WeakKeyInput, 'firstName' | 'lastName' | 'fullName'>): string =>
  `${person.firstName} ${person.lastName}`.trim() || person.fullName.trim();

/**
 * LinkedIn: name + connected-on date, stable per connection across every export era.
 * Address books, strongest first: each normalized phone number, name + company, the name alone
 * (the last two never join a contact whose phone number differs: contact-matching.ts).
 * `recordNameKey` is `nameKey(recordName(person))`, for callers that have it already.
 */
export function weakIdentityKeys(person: WeakKeyInput, recordNameKey?: string): string[] {
  if (person.source === 'linkedin') {
    const name = person.connectedOn ? (recordNameKey ?? nameKey(recordName(person))) : '';
    return name ? [`${WEAK_KEY_PREFIX}linkedin:name:${name}|${person.connectedOn}`] : [];
  }
  const name = recordNameKey ?? nameKey(recordName(person));
  const keys: string[] = [];
  if (ADDRESS_BOOKS.has(person.source)) {
    for (const raw of person.phones) {
      const phone = normalizePhone(raw);
      if (phone) keys.push(`${WEAK_KEY_PREFIX}${person.source}:tel:${phone}`);
    }
    if (name && person.company) keys.push(`${WEAK_KEY_PREFIX}${person.source}:org:${name}|${nameKey(person.company)}`);
    // The weakest: a card that has nothing but a name is still the same card on the next import.
    if (name) keys.push(`${WEAK_KEY_PREFIX}${person.source}:nameonly:${name}`);
  }
  return [...new Set(keys)];
}

/** `~vcard:tel:+12025550100` → `+12025550100`; `email:a@b` → `a@b`: what two people share, for the user. */
export function sharedValueOf(key: string): string {
  const value = key.replace(/^~?[a-z]+:(?:[a-z]+:)?/, '');
  return value.split('|')[0]!;
}

/**
 * A record's name, name key and weak keys, each computed at most once and only when asked for: a
 * re-imported row its profile URL finds needs neither. (Getters on a class rather than closures
 * made per row: under tsx every named closure also costs a `defineProperty` for its name.)
 */
export class LazyRecordKeys {
  #name: string | undefined;
  #nameKey: string | undefined;
  #weakKeys: string[] | undefined;

  constructor(private readonly person: WeakKeyInput) {}

  get name(): string {
    return (this.#name ??= recordName(this.person));
  }

  get nameKey(): string {
    return (this.#nameKey ??= nameKey(this.name));
  }

  get weakKeys(): string[] {
    return (this.#weakKeys ??= weakIdentityKeys(this.person, this.nameKey));
  }
}
