import { columnReader, findHeader, orNull, readCsv } from './csv-table.js';
import { dayOrderOf, parseConnectionDate } from './dates.js';
import { emptyPerson, type ParseOutcome, type SkippedRow } from './types.js';

/** Columns every era has; URL (2023+) and the `Notes:` preamble (2021+) come and go. */
export const CONNECTIONS_REQUIRED = ['First Name', 'Last Name', 'Company', 'Position', 'Connected On'];

/**
 * LinkedIn's Connections.csv in every era (and as Excel re-saves it: `;` or tab separators,
 * numeric dates). The header row is found by content. Hidden profiles come without name, URL
 * or email (they keep their Connected On date) and are skipped.
 */
export function parseLinkedInConnections(text: string): ParseOutcome {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const header = findHeader(csv.records, CONNECTIONS_REQUIRED);
  if (!header) {
    return {
      ok: false,
      error: { line: 1, message: 'No LinkedIn Connections header (First Name, Last Name, …, Connected On) found.' },
    };
  }
  const column = (name: string) => columnReader(header.columns, name);
  const [firstNameOf, lastNameOf, urlOf, emailOf, companyOf, positionOf, connectedOnOf] = [
    column('First Name'),
    column('Last Name'),
    column('URL'),
    column('Email Address'),
    column('Company'),
    column('Position'),
    column('Connected On'),
  ];
  const records = csv.records.slice(header.index + 1);
  const order = dayOrderOf(records, connectedOnOf);
  const people = [];
  const skipped: SkippedRow[] = [];
  for (const record of records) {
    const firstName = firstNameOf(record);
    const lastName = lastNameOf(record);
    const url = urlOf(record);
    const email = emailOf(record);
    if (!firstName && !lastName && !url && !email) {
      skipped.push({
        line: record.line,
        reason: 'Hidden profile: LinkedIn exported no name or profile URL for this connection',
      });
      continue;
    }
    const person = emptyPerson('linkedin', record.line);
    person.firstName = firstName;
    person.lastName = lastName;
    person.fullName = `${firstName} ${lastName}`.trim();
    person.profileUrl = orNull(url);
    person.emails = email ? [email] : [];
    person.company = orNull(companyOf(record));
    person.position = orNull(positionOf(record));
    person.connectedOn = parseConnectionDate(connectedOnOf(record), order);
    people.push(person);
  }
  return { ok: true, file: { format: 'linkedin-connections', people, interactions: [], skipped } };
}
