import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RosterWindowQuery } from '../../shared/domain.js';
import type { Core } from '../../electron/core/core.js';
import { removeContacts } from '../../electron/core/declutter/removal.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { rowsByIds } from '../../electron/core/roster/contact-reads.js';
import { recentAnswer } from '../../electron/core/roster/query-cache.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { toLinkedInConnectionsCsv } from '../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../electron/core/sample/generate-network.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = '2026-11-01T12:00:00.000Z';

describe('rosterQuery with a head: the first screen of a search in one small answer', () => {
  let core: Core;
  const query = (input: Partial<RosterWindowQuery>) => queryRoster(core.db, RosterWindowQuery.parse(input));

  beforeEach(async () => {
    core = memoryCore(NOW);
    const csv = toLinkedInConnectionsCsv(generateNetwork({ seed: 9, size: 500 }));
    await runImport(core.db, [{ name: 'Connections.csv', bytes: new TextEncoder().encode(csv) }]);
  });
  afterEach(() => core.close());

  it('answers the count, the first ids in order and their rows; the whole list is the same order', () => {
    for (const input of [{ search: 'a' }, { search: 'ma', sort: 'company' as const }, { hasEmail: true }, {}]) {
      const whole = query(input);
      const head = query({ ...input, head: 25 });
      expect(whole.count).toBe(whole.ids.length);
      expect(whole.rows).toBeUndefined();
      expect(head).toEqual({
        ids: whole.ids.slice(0, 25),
        count: whole.ids.length,
        totalInStatus: whole.totalInStatus,
        rows: rowsByIds(core.db, whole.ids.slice(0, 25)),
      });
    }
  });

  it('never answers from a state the roster has left: a removal changes the next answer', () => {
    const before = query({ search: 'a', head: 10 });
    removeContacts(core.db, before.ids.slice(0, 3), null, NOW);
    const after = query({ search: 'a', head: 10 });
    expect(after.count).toBe(before.count - 3);
    expect(after.ids.slice(0, 7)).toEqual(before.ids.slice(3, 10));
    expect(query({ search: 'a' }).ids).not.toContain(before.ids[0]);
  });

  it('hands out copies: changing an answer does not change the next one', () => {
    const first = query({ search: 'e' });
    first.ids.reverse();
    expect(query({ search: 'e' }).ids).toEqual([...first.ids].reverse());
  });

  it('keeps the last few answers, one-letter searches apart, and none past a change of the roster', () => {
    let computed = 0;
    const answer = (key: string, firstLetter = false) =>
      recentAnswer(core.db, key, () => [++computed], { firstLetter });
    answer('a', true);
    for (let i = 0; i < 20; i += 1) answer(`other ${i}`);
    expect(computed).toBe(21);
    answer('a', true); // still there after twenty other queries
    answer('other 19'); // among the newest eight
    answer('other 0'); // pushed out
    expect(computed).toBe(22);
    removeContacts(core.db, query({ search: 'a', head: 1 }).ids, null, NOW);
    answer('a', true);
    expect(computed).toBe(23);
  });
});
