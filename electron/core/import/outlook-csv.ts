import { joinName, parseAddressBookCsv } from './address-book-csv.js';
import { orNull } from './csv-table.js';
import type { ParseOutcome } from './types.js';

const EMAIL_COLUMNS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address', 'Email Address', 'Email', 'E-mail'];
const PHONE_COLUMNS = [
  'Primary Phone',
  'Mobile Phone',
  'Business Phone',
  'Business Phone 2',
  'Home Phone',
  'Home Phone 2',
  'Other Phone',
];

/** Outlook's CSV export (fixed column names, up to three emails), and plain `Name,Email` contact lists. */
export function parseOutlookCsv(text: string): ParseOutcome {
  return parseAddressBookCsv(text, 'outlook-csv', 'outlook', (get, person) => {
    person.firstName = get('First Name');
    person.lastName = get('Last Name');
    person.fullName =
      joinName(person.firstName, get('Middle Name'), person.lastName) || get('Name', 'Full Name', 'Display Name');
    person.company = orNull(get('Company'));
    person.position = orNull(get('Job Title'));
    person.note = orNull(get('Notes'));
    person.emails = [...new Set(EMAIL_COLUMNS.map((name) => get(name)).filter(Boolean))];
    person.phones = [...new Set(PHONE_COLUMNS.map((name) => get(name)).filter(Boolean))];
    person.urls = [get('Web Page')].filter(Boolean);
  });
}
