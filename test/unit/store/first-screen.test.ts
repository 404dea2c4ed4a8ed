import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { toLinkedInConnectionsCsv } from '../../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../../electron/core/sample/generate-network.js';
import { createStore, type Store } from '../../../renderer/src/store/create-store.js';
import type { PruneApi } from '../../../shared/ipc.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { quietDependencies, text } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

/** A search's first answer brings the first screen; the whole list follows (issue 9, keystroke to rows). */
describe('the first screen first, the whole list after', () => {
  let core: Core;
  let bridge: InProcessApi;
  let store: ReturnType<typeof createStore>;
  let idle: (() => void)[];
  const state = (): Store => store.getState();
  const build = (api: PruneApi = bridge.api) =>
    createStore(
      quietDependencies(api, { whenIdle: (callback) => void idle.push(callback), setTimer: (callback) => callback() }),
    );
  const matching = (search: string): number[] =>
    core.db
      .prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?')
      .pluck()
      .all(`"${search}"*`) as number[];

  beforeEach(async () => {
    core = memoryCore();
    bridge = inProcessApi(core);
    idle = [];
    store = build();
    await state().init();
    await state().importFiles([
      text('Connections.csv', toLinkedInConnectionsCsv(generateNetwork({ seed: 5, size: 400 }))),
    ]);
    await bridge.settled();
  });
  afterEach(() => core.close());

  it('shows the count and the first rows from one answer, and fetches the rest when idle', async () => {
    state().updateQuery({ search: 'a' });
    await bridge.settled();
    const expected = matching('a');
    expect(expected.length).toBeGreaterThan(100);
    expect(state()).toMatchObject({ shownCount: expected.length, idsComplete: false });
    expect(state().ids).toHaveLength(60);
    expect(state().ids.every((id) => state().rowCache.has(id))).toBe(true);
    while (idle.length > 0) {
      idle.shift()!();
      await bridge.settled();
    }
    expect(state().idsComplete).toBe(true);
    expect([...state().ids].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('"select all shown" right after a search selects every match, and removing them removes them all', async () => {
    state().updateQuery({ search: 'a' });
    await bridge.settled();
    expect(state().idsComplete).toBe(false);
    state().selectAllShown();
    await bridge.settled();
    const expected = matching('a');
    expect(state().selectedIds.size).toBe(expected.length);
    await state().requestRemoval();
    expect(state().pendingRemoval?.ids).toHaveLength(expected.length);
    await state().confirmRemoval('');
    await bridge.settled();
    expect(state().facets?.statusCounts).toMatchObject({ active: 400 - expected.length, trashed: expected.length });
    expect(state().shownCount).toBe(0);
  });

  it('End goes to the last match even before the rest of the list has arrived', async () => {
    state().updateQuery({ search: 'a' });
    await bridge.settled();
    const index = state().moveFocusTo(Number.MAX_SAFE_INTEGER, false);
    await bridge.settled();
    expect(index).toBe(state().shownCount - 1);
    expect(state().selectedId).toBe(state().ids.at(-1));
  });

  it('drops the whole list of a search the user has moved on from', async () => {
    const asked: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowWhole: PruneApi = {
      ...bridge.api,
      rosterQuery: async (input) => {
        asked.push(`${input.search}${input.head ? '' : ' (all)'}`);
        if (!input.head) await gate; // the whole list of "a" is slow to come
        return bridge.api.rosterQuery(input);
      },
    };
    store = build(slowWhole);
    await state().init();
    state().updateQuery({ search: 'a' });
    await bridge.settled();
    const whole = state().allIds();
    state().updateQuery({ search: 'e' });
    await bridge.settled();
    release();
    const ids = await whole;
    await bridge.settled();
    // The whole list of "a" came after "e" was shown: dropped, and the caller got e's instead.
    expect(matching('e').length).toBeGreaterThan(60);
    expect(asked.slice(-3)).toEqual(['a (all)', 'e', 'e (all)']);
    expect(ids.length).toBe(matching('e').length);
    expect(state()).toMatchObject({ shownCount: matching('e').length, idsComplete: true });
  });
});
