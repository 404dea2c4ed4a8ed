import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../shared/domain.js';
import type { Core } from '../../../electron/core/core.js';
import { createStore, type Store } from '../../../renderer/src/store/create-store.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { corpusPath } from '../../helpers/temp-dir.js';
import { LOOK_ALIKES, quietDependencies } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

const corpus = (...parts: string[]): File => new File([readFileSync(corpusPath(...parts))], parts.at(-1)!);

describe('the store over the undo history, merges with survivors, the trash and selection exports', () => {
  let core: Core;
  let bridge: InProcessApi;
  let store: ReturnType<typeof createStore>;
  let saved: ExportResult[];
  const state = (): Store => store.getState();
  const nameOf = (id: number) => state().rowCache.get(id)?.name;

  beforeEach(async () => {
    core = memoryCore();
    bridge = inProcessApi(core);
    saved = [];
    store = createStore(
      quietDependencies(bridge.api, {
        saveFile: async (result) => {
          saved.push(result);
          return { kind: 'downloaded' };
        },
      }),
    );
    await state().init();
    await state().importFiles([corpus('linkedin', 'Connections.csv'), corpus('vcard', 'contacts.vcf')]);
    await bridge.settled();
    state().ensureRows(0, 10);
    await bridge.settled();
  });
  afterEach(() => core.close());

  it('names what Undo and Redo would do, and offers the opposite in the toast', async () => {
    expect(state().history).toEqual({ undo: null, redo: null });
    const [ada] = state().ids;
    await state().requestRemoval([ada!]);
    await state().confirmRemoval('');
    await bridge.settled();
    expect(state().history.undo?.label).toBe('Remove Ada Lovelace');
    await state().undo();
    await bridge.settled();
    expect(state().toast).toMatchObject({ message: 'Undone: 1 person back as before.', action: 'redo' });
    expect(state().history).toMatchObject({ undo: null, redo: { label: 'Remove Ada Lovelace' } });
    state().runCommand('redo');
    await bridge.settled();
    expect(state().toast).toMatchObject({ message: 'Redone: Remove Ada Lovelace.', action: 'undo' });
    expect(state().ids).not.toContain(ada);
    await state().redo();
    expect(state().toast?.message).toBe('Nothing to redo.');
    expect(state().error).toBeNull();
  });

  it('merges keeping the fields the user picked, says so with Undo, and undoes the merge by name', async () => {
    await state().importFiles(LOOK_ALIKES);
    await bridge.settled();
    const [proposal] = state().proposals;
    const linkedInSide = proposal!.a.emails.includes('ada@home.example') ? 'b' : 'a';
    const sent: unknown[] = [];
    const resolve = bridge.api.mergeResolve;
    bridge.api.mergeResolve = (input) => {
      sent.push(input);
      return resolve(input);
    };
    const before = state().facets!.statusCounts.active;
    await state().resolveProposal(proposal!.id, 'accept', { position: linkedInSide });
    await bridge.settled();
    expect(sent).toEqual([{ id: proposal!.id, action: 'accept', survivors: { position: linkedInSide } }]);
    state().ensureRows(0, 10);
    await bridge.settled();
    const merged = [...state().rowCache.values()].filter((row) => row.company === 'Acme');
    expect(merged.map((row) => [row.name, row.position])).toEqual([['Ada Lovelace', 'Engineer']]);
    expect(state().toast).toMatchObject({ message: 'Merged Ada Lovelace.', action: 'undo' });
    expect(state().facets!.statusCounts.active).toBe(before - 1);
    expect(state().history.undo?.label).toBe('Merge Ada Lovelace');
    await state().undo();
    await bridge.settled();
    expect(state().toast?.message).toBe('Undone: Merge Ada Lovelace.');
    expect(state().facets!.statusCounts.active).toBe(before);
  });

  it('deletes selected trashed people now and empties the trash, each after a confirmation', async () => {
    const [ada, alan, grace] = state().ids;
    await state().requestRemoval([ada!, alan!, grace!]);
    await state().confirmRemoval('');
    state().setView('trash');
    await bridge.settled();
    state().clickRow(ada!, { toggle: false, range: false });
    state().requestDeletion(false);
    expect(state().pendingDeletion).toEqual({ ids: [ada], count: 1 });
    await state().confirmDeletion();
    await bridge.settled();
    expect(state().toast?.message).toMatch(/^Deleted 1 person for good/);
    expect(state().facets!.statusCounts).toMatchObject({ trashed: 2, removed: 1 });
    state().requestDeletion(true);
    expect(state().pendingDeletion).toEqual({ ids: 'all', count: 2 });
    state().cancelDeletion();
    expect(state().pendingDeletion).toBeNull();
    state().requestDeletion(true);
    await state().confirmDeletion();
    await bridge.settled();
    expect(state().facets!.statusCounts).toMatchObject({ trashed: 0, removed: 3 });

    state().setView('removed');
    await bridge.settled();
    await state().restore([ada!]);
    await bridge.settled();
    expect(state().toast).toMatchObject({ message: 'Restored 1 person.', action: 'undo' });
    expect(state().facets!.statusCounts).toMatchObject({ removed: 2 });
  });

  it('exports only the selection when asked', async () => {
    const [ada, alan] = state().ids;
    await state().runExport('csv', [ada!, alan!]);
    expect(saved[0]?.count).toBe(2);
    expect(saved[0]?.text).toContain(nameOf(ada!)!.split(' ')[0]);
    await state().runExport('csv');
    expect(saved[1]?.count).toBe(6);
  });
});
