import type { ImportedPerson } from '../import/types.js';

/** The name a contact is listed under: the record's name, else its first address, handle or number. */
export function displayNameOf(
  person: Pick<ImportedPerson, 'fullName' | 'firstName' | 'lastName' | 'emails' | 'handles' | 'phones'>,
): string {
  const name = person.fullName.trim() || `${person.firstName} ${person.lastName}`.trim();
  return name || person.emails[0] || person.handles[0] || person.phones[0]?.trim() || 'Unnamed contact';
}

/** Whether a stored contact has a name of its own, not one borrowed from an address or a number. */
export const hasOwnName = (stored: { first_name: string; last_name: string; display_name: string }): boolean =>
  Boolean(stored.first_name || stored.last_name) ||
  !(stored.display_name === 'Unnamed contact' || /@|^[+\d\s()./-]+$/.test(stored.display_name));
