/* eslint-disable no-control-regex -- these patterns exist to find control characters */
import { LINE_BREAKS } from '../line-breaks.js';
import type { ImportedPerson } from './types.js';

/** Control characters no name, company or note needs (tab and line feed stay in notes). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

const oneLine = (value: string): string => value.replace(LINE_BREAKS, ' ').replace(CONTROL, '').replace(/\t/g, ' ');
const multiLine = (value: string): string => value.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROL, '');

/** The most a field keeps: far beyond any real name or note, small enough to stay fast. */
export const FIELD_LIMITS = { name: 500, company: 500, position: 500, note: 100_000 } as const;
/** Photos larger than this are not kept (a contact photo is a few hundred KB at most). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const capped = (value: string, limit: number): string => (value.length > limit ? value.slice(0, limit) : value);

/**
 * What a file may carry but the roster never keeps: control characters anywhere, line
 * breaks in one-line fields (they would split a name across lines, or inject a line into an
 * export), fields past their limits, oversized photos. The common case is returned as it is.
 */
export function cleanPerson(person: ImportedPerson): ImportedPerson {
  const fields = [person.fullName, person.firstName, person.lastName, person.company, person.position];
  const plain =
    fields.every(
      (value) => value === null || (value.length <= 500 && !/[\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(value)),
    ) &&
    (person.note === null ||
      (person.note.length <= FIELD_LIMITS.note && !/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(person.note))) &&
    !(person.photo?.kind === 'inline' && person.photo.data.byteLength > MAX_PHOTO_BYTES);
  if (plain) return person;
  const line = (value: string, limit: number) => capped(oneLine(value), limit);
  return {
    ...person,
    fullName: line(person.fullName, FIELD_LIMITS.name),
    firstName: line(person.firstName, FIELD_LIMITS.name),
    lastName: line(person.lastName, FIELD_LIMITS.name),
    company: person.company === null ? null : line(person.company, FIELD_LIMITS.company),
    position: person.position === null ? null : line(person.position, FIELD_LIMITS.position),
    note: person.note === null ? null : capped(multiLine(person.note), FIELD_LIMITS.note),
    photo: person.photo?.kind === 'inline' && person.photo.data.byteLength > MAX_PHOTO_BYTES ? null : person.photo,
  };
}
