import type { Db } from '../db/open-database.js';

/**
 * The sample's address book gives its people vCard UIDs `prune-sample-…` (sample/export-formats.ts),
 * which no real card carries. Their identity keys stay with the people through merges, removals
 * and tombstones, so "the sample is loaded" is read from the roster itself: it holds for rosters
 * that loaded the sample before this check existed, and a restored backup answers for itself.
 */
const SAMPLE_UID_FROM = 'uid:prune-sample-';
/** The first key after every `uid:prune-sample-…` ('.' follows '-'). */
const SAMPLE_UID_UNTIL = 'uid:prune-sample.';

export function sampleLoaded(db: Db): boolean {
  return (
    db
      .prepare('SELECT 1 FROM identity_keys WHERE key >= ? AND key < ? LIMIT 1')
      .pluck()
      .get(SAMPLE_UID_FROM, SAMPLE_UID_UNTIL) !== undefined
  );
}

/** Everyone in the roster, whatever their state: what starting over clears. */
export const peopleInRoster = (db: Db): number => db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
