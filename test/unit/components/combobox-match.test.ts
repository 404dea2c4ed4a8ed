import { describe, expect, it } from 'vitest';
import { matchOptions } from '../../../renderer/src/components/combobox-match.js';

const people = ['Ada Lovelace', 'Grace Hopper', 'Nour Ito', 'Zoë Adams', 'Hadassah Ng'].map((label, index) => ({
  id: String(index + 1),
  label,
}));

describe('matchOptions', () => {
  it('matches case- and accent-insensitively, word starts before inner matches', () => {
    expect(matchOptions(people, 'ada', 10).shown.map((o) => o.label)).toEqual([
      'Ada Lovelace',
      'Zoë Adams',
      'Hadassah Ng',
    ]);
    expect(matchOptions(people, 'ZOE', 10).shown.map((o) => o.label)).toEqual(['Zoë Adams']);
    expect(matchOptions(people, 'nobody', 10)).toEqual({ shown: [], more: 0 });
  });

  it('shows at most the limit and counts the rest', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), label: `Person ${i}` }));
    const { shown, more } = matchOptions(many, '', 50);
    expect(shown).toHaveLength(50);
    expect(more).toBe(1950);
    expect(matchOptions(many, 'person 1999', 50)).toEqual({ shown: [{ id: '1999', label: 'Person 1999' }], more: 0 });
  });
});
