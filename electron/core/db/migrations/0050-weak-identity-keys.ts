import { hasOwnName } from '../../roster/display-names.js';
import { weakIdentityKeys } from '../../roster/weak-keys.js';
import { SourceKind } from '../../../../shared/domain.js';
import type { Migration } from './migration.js';

/**
 * Weak identity keys (roster/weak-keys.ts) live in `identity_keys` beside the strong ones, under
 * their own `~<source>:` prefix; the schema does not change. This writes them for the people
 * already in the roster, so that re-importing an export without profile URLs or emails (pre-2023
 * LinkedIn, phone-only cards) matches them instead of adding everyone again. Tombstones get
 * theirs too: a removed person listed again in such an export stays out.
 *
 * Unlike the other migrations it calls the importer's own code, on purpose: these keys are derived
 * data that must equal what today's importer computes for the same row. A later change to the
 * key shape must come with its own backfill migration, or old rosters stop matching.
 */
export const weakIdentityKeysBackfill: Migration = {
  version: 50,
  name: 'weak identity keys',
  up(db) {
    const contacts = db
      .prepare(
        `SELECT c.id, c.first_name, c.last_name, c.display_name, c.company, c.connected_on, s.source
           FROM contacts c JOIN contact_sources s ON s.contact_id = c.id`,
      )
      .all() as {
      id: number;
      first_name: string;
      last_name: string;
      display_name: string;
      company: string | null;
      connected_on: string | null;
      source: string;
    }[];
    const phones = db.prepare('SELECT number FROM contact_phones WHERE contact_id = ?').pluck();
    const addKey = db.prepare('INSERT OR IGNORE INTO identity_keys (key, contact_id) VALUES (?, ?)');
    for (const contact of contacts) {
      const source = SourceKind.safeParse(contact.source);
      if (!source.success) continue;
      const keys = weakIdentityKeys({
        source: source.data,
        firstName: contact.first_name,
        lastName: contact.last_name,
        fullName: hasOwnName(contact) ? contact.display_name : '',
        company: contact.company,
        phones: source.data === 'linkedin' ? [] : (phones.all(contact.id) as string[]),
        connectedOn: contact.connected_on,
      });
      for (const key of keys) addKey.run(key, contact.id);
    }
  },
};
