import type { CapPeriod } from '../../../shared/feed-hide.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { allValues, sql } from '../db/sql.js';
import { beginBatch } from '../history/batches.js';
import { BLANK, insertRule, liftRule, personRuleIds, untilAfter } from './hide-actions.js';

/**
 * Hide rules for many people in ONE batch (the rule engine's accepted groups: one undo entry
 * each). Each person's earlier mute/snooze (or cap) is lifted in the same batch, as a single
 * hide would. Pass `batchId` to join a batch the caller opened (e.g. a 'review' batch); without
 * it a 'hide' batch named `label` is opened and committed here.
 */

export interface PeopleHideOptions {
  batchId?: number;
  label?: string;
}

export interface PeopleHideResult {
  batchId: number;
  /** Rules written (one per person). */
  changed: number;
}

function existingPeople(db: Db, contactIds: readonly number[]): number[] {
  const ids = [...new Set(contactIds)];
  const found = allValues<number>(
    db,
    sql`SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY id`,
  );
  if (found.length < ids.length) {
    const missing = ids.find((id) => !found.includes(id));
    throw new CoreError('not_found', `No contact with id ${missing}.`);
  }
  return found;
}

function forPeople(
  db: Db,
  contactIds: readonly number[],
  now: string,
  options: PeopleHideOptions,
  defaultLabel: (count: number) => string,
  write: (batchId: number, contactId: number) => void,
): PeopleHideResult {
  return db.transaction((): PeopleHideResult => {
    const people = existingPeople(db, contactIds);
    const batch =
      options.batchId === undefined ? beginBatch(db, 'hide', options.label ?? defaultLabel(people.length), now) : null;
    const batchId = options.batchId ?? batch!.id;
    for (const contactId of people) write(batchId, contactId);
    batch?.commit();
    return { batchId, changed: people.length };
  })();
}

const people = (count: number): string => `${count.toLocaleString('en-US')} ${count === 1 ? 'person' : 'people'}`;

export function muteContacts(db: Db, contactIds: readonly number[], now: string, options: PeopleHideOptions = {}) {
  return forPeople(
    db,
    contactIds,
    now,
    options,
    (n) => `Mute ${people(n)}`,
    (batchId, contactId) => {
      for (const id of personRuleIds(db, contactId, 'mute', now)) liftRule(db, batchId, id, now);
      insertRule(db, batchId, { ...BLANK, kind: 'mute', contact_id: contactId }, now);
    },
  );
}

export function snoozeContacts(
  db: Db,
  contactIds: readonly number[],
  days: number,
  now: string,
  options: PeopleHideOptions = {},
) {
  if (!Number.isInteger(days) || days < 1) throw new CoreError('invalid_input', 'A snooze lasts at least one day.');
  return forPeople(
    db,
    contactIds,
    now,
    options,
    (n) => `Snooze ${people(n)} for ${days} days`,
    (batchId, contactId) => {
      for (const id of personRuleIds(db, contactId, 'mute', now)) liftRule(db, batchId, id, now);
      insertRule(db, batchId, { ...BLANK, kind: 'snooze', contact_id: contactId, until: untilAfter(now, days) }, now);
    },
  );
}

export function capContacts(
  db: Db,
  contactIds: readonly number[],
  max: number,
  per: CapPeriod,
  now: string,
  options: PeopleHideOptions = {},
) {
  if (!Number.isInteger(max) || max < 1) throw new CoreError('invalid_input', 'A cap keeps at least one update.');
  return forPeople(
    db,
    contactIds,
    now,
    options,
    (n) => `Cap ${people(n)} at ${max} per ${per}`,
    (batchId, contactId) => {
      for (const id of personRuleIds(db, contactId, 'cap', now)) liftRule(db, batchId, id, now);
      insertRule(db, batchId, { ...BLANK, kind: 'cap', contact_id: contactId, per, max }, now);
    },
  );
}
