import type { Migration } from './migration.js';

/**
 * What Mastodon's following_accounts.csv says about each follow besides the address (Show
 * boosts, Notify on new posts, Languages), kept as given so the export carries it back
 * unchanged: an overwrite import must not reset anyone's boosts, notifications or languages.
 */
export const followSettings: Migration = {
  version: 70,
  name: 'Mastodon follow settings',
  up(db) {
    db.exec(`
      -- JSON object of the export's other columns, by their header: {"Show boosts":"false",…}.
      ALTER TABLE contact_sources ADD COLUMN settings TEXT;
    `);
  },
};
