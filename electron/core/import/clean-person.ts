/* eslint-disable no-control-regex -- these patterns exist to find control characters */
import type { ImportedPerson } from './types.js';

/** Control characters no name, company or note needs (tab and line feed stay in notes). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** Line breaks of every kind, for one-line fields: a CR decoded from quoted-printable `=0D` included. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

const oneLine = (value: string): string => value.replace(LINE_BREAKS, ' ').replace(CONTROL, '').replace(/\t/g, ' ');
const multiLine = (value: string): string => value.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROL, '');

/**
 * What a file may carry but the roster never keeps: control characters anywhere, and line
 * breaks in one-line fields (they would split a name across lines, or inject a line into an
 * export). Plain ASCII text, the common case, is returned as it is.
 */
export function cleanPerson(person: ImportedPerson): ImportedPerson {
  const fields = [person.fullName, person.firstName, person.lastName, person.company, person.position, person.note];
  if (fields.every((value) => value === null || !/[\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(value))) return person;
  return {
    ...person,
    fullName: oneLine(person.fullName),
    firstName: oneLine(person.firstName),
    lastName: oneLine(person.lastName),
    company: person.company === null ? null : oneLine(person.company),
    position: person.position === null ? null : oneLine(person.position),
    note: person.note === null ? null : multiLine(person.note),
  };
}
