import { joinName, parseAddressBookCsv } from './address-book-csv.js';
import { orNull } from './csv-table.js';
import type { ParseOutcome } from './types.js';

const MULTI_VALUE = ' ::: ';

/**
 * Values of the numbered groups `E-mail 1 - Label`/`E-mail 1 - Value`, …; a group whose
 * label starts with `*` is the primary one and comes first.
 */
function groupValues(get: (name: string) => string, headers: readonly string[], kind: string): string[] {
  const primary: string[] = [];
  const rest: string[] = [];
  for (const header of headers) {
    const match = new RegExp(`^${kind} (\\d+) - Value$`, 'i').exec(header);
    if (!match) continue;
    const label = get(`${kind} ${match[1]} - Label`) || get(`${kind} ${match[1]} - Type`);
    const values = get(header)
      .split(MULTI_VALUE)
      .map((value) => value.trim())
      .filter(Boolean);
    (label.startsWith('*') ? primary : rest).push(...values);
  }
  return [...new Set([...primary, ...rest])];
}

/** Google Contacts CSV (current `First Name` headers and the older `Given Name` ones). */
export function parseGoogleCsv(text: string): ParseOutcome {
  return parseAddressBookCsv(text, 'google-csv', 'google', (get, person, headers) => {
    person.firstName = get('First Name') || get('Given Name');
    person.lastName = get('Last Name') || get('Family Name');
    person.fullName =
      get('Name') || joinName(person.firstName, get('Middle Name') || get('Additional Name'), person.lastName);
    person.company = orNull(get('Organization Name') || get('Organization 1 - Name'));
    person.position = orNull(get('Organization Title') || get('Organization 1 - Title'));
    person.note = orNull(get('Notes'));
    person.emails = groupValues(get, headers, 'E-mail');
    person.phones = groupValues(get, headers, 'Phone');
    person.urls = groupValues(get, headers, 'Website');
  });
}
