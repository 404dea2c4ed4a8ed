import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { mergeContacts } from '../../../electron/core/roster/merge-contacts.js';
import { addPerson } from '../../helpers/feed-fixtures.js';

/** A merge keeps one photo: the kept person's own, else the dropped one's, and an imported photo beats a feed avatar. */
describe('photos when two people become one', () => {
  const setup = (
    keep: [photo: number | null, avatar: string | null],
    drop: [photo: number | null, avatar: string | null],
  ) => {
    const db = openDatabase(':memory:');
    const ids = [addPerson(db, 'Kept'), addPerson(db, 'Dropped')];
    [keep, drop].forEach(([photo, avatar], index) =>
      db
        .prepare('UPDATE contacts SET photo = ?, photo_type = ?, photo_avatar_url = ? WHERE id = ?')
        .run(photo === null ? null : Buffer.from([photo]), photo === null ? null : 'image/png', avatar, ids[index]),
    );
    mergeContacts(db, ids[0]!, ids[1]!, '2026-11-01T00:00:00.000Z', new Set());
    const result = db.prepare('SELECT photo, photo_avatar_url AS avatar FROM contacts WHERE id = ?').get(ids[0]) as {
      photo: Buffer | null;
      avatar: string | null;
    };
    db.close();
    return { photo: result.photo?.[0] ?? null, avatar: result.avatar };
  };

  it('an imported photo replaces the kept person’s avatar', () => {
    expect(setup([1, 'https://a.example/a.png'], [2, null])).toEqual({ photo: 2, avatar: null });
  });
  it('an avatar never replaces the kept person’s imported photo', () => {
    expect(setup([1, null], [2, 'https://a.example/a.png'])).toEqual({ photo: 1, avatar: null });
  });
  it('with no photo, the kept person takes the dropped one’s, avatar mark and all', () => {
    expect(setup([null, null], [2, 'https://a.example/a.png'])).toEqual({
      photo: 2,
      avatar: 'https://a.example/a.png',
    });
  });
  it('two imported photos: the kept one stays', () => {
    expect(setup([1, null], [2, null])).toEqual({ photo: 1, avatar: null });
  });
});
