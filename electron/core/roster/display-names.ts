import type { ImportedPerson } from '../import/types.js';

/** The name a contact is listed under: the record's name, else its first address, handle or number. */
export function displayNameOf(
  person: Pick<ImportedPerson, 'fullName' | 'firstName' | 'lastName' | 'emails' | 'handles' | 'phones'>,
): string {
  const name = person.fullName.trim() || `${person.firstName} ${person.lastName}`.trim();
  return name || person.emails[0] || person.handles[0] || person.phones[0]?.trim() || NO_NAME;
}

/** What a record with no name, address, handle or number is listed as. */
const NO_NAME = 'Unnamed contact';

/** A listed name that is not a person's name: an address, a handle, a number, or none at all. */
export const isBorrowedName = (name: string): boolean => name === NO_NAME || /@|^[+\d\s()./-]+$/.test(name);

/** Whether a stored contact has a name of its own, not one borrowed from an address or a number. */
export const hasOwnName = (stored: { first_name: string; last_name: string; display_name: string }): boolean =>
  Boolean(stored.first_name || stored.last_name) || !isBorrowedName(stored.display_name);
