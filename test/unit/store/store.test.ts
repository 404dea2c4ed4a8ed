import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportResult } from '../../../shared/domain.js';
import type { Core } from '../../../electron/core/core.js';
import { toLinkedInConnectionsCsv } from '../../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../../electron/core/sample/generate-network.js';
import { createStore, type Store } from '../../../renderer/src/store/create-store.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { corpusPath } from '../../helpers/temp-dir.js';
import { LOOK_ALIKES, quietDependencies, text } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

const corpus = (...parts: string[]): File => new File([readFileSync(corpusPath(...parts))], parts.at(-1)!);

describe('the renderer store over the real core', () => {
  let core: Core;
  let bridge: InProcessApi;
  let store: ReturnType<typeof createStore>;
  let saved: ExportResult[];
  let timers: (() => void)[];
  const state = (): Store => store.getState();
  const names = (): string[] => state().ids.map((id) => state().rowCache.get(id)?.name ?? `#${id}`);

  async function loadRows(): Promise<void> {
    state().ensureRows(0, state().ids.length);
    await bridge.settled();
  }

  beforeEach(async () => {
    core = memoryCore();
    bridge = inProcessApi(core);
    saved = [];
    timers = [];
    store = createStore(
      quietDependencies(bridge.api, {
        saveFile: async (result) => {
          saved.push(result);
          return { kind: 'saved', path: `/exports/${result.fileName}` };
        },
        setTimer: (callback) => timers.push(callback),
      }),
    );
    await state().init();
    await state().importFiles([corpus('linkedin', 'Connections.csv'), corpus('vcard', 'contacts.vcf')]);
    await bridge.settled();
    await loadRows();
  });
  afterEach(() => core.close());

  it('starts from appInfo, facets and the ordered ids, with the trash window the core uses', () => {
    expect(state().info).toMatchObject({ host: 'cli', trashDays: 30 });
    expect(state().facets?.statusCounts).toEqual({ active: 6, trashed: 0, removed: 0 });
    expect(names()).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
      'José Müller-Øster',
      'Linus Torvalds',
      'Иван Петров',
    ]);
    expect(state().summary).toMatchObject({ added: 6, merged: 1 });
  });

  it('selects ranges with Shift and toggles with Ctrl, then removes, undoes and restores from the trash', async () => {
    const [ada, alan, grace, jose, linus, ivan] = state().ids;
    state().clickRow(grace!, { toggle: false, range: false });
    state().clickRow(linus!, { toggle: false, range: true });
    expect([...state().selectedIds]).toEqual([grace, jose, linus]);
    state().clickRow(jose!, { toggle: true, range: false });
    expect([...state().selectedIds].sort()).toEqual([grace, linus].sort());
    await bridge.settled();
    expect(state().detail?.id).toBe(jose);

    await state().requestRemoval();
    expect(state().pendingRemoval).toEqual({ ids: [grace, linus], names: ['Grace Hopper', 'Linus Torvalds'] });
    await state().confirmRemoval('  never met  ');
    await bridge.settled();
    expect(state().toast).toMatchObject({ message: 'Removed 2 people. Nobody was notified.', undoable: true });
    expect(state().selectedIds.size).toBe(0);
    expect(state().ids).toEqual([ada, alan, jose, ivan]);
    expect(state().facets?.statusCounts).toMatchObject({ active: 4, trashed: 2 });

    await state().undo();
    await bridge.settled();
    expect(state().ids).toContain(grace);
    expect(state().toast?.message).toBe('Undone: 2 people back as before.');

    await state().requestRemoval([ada!]);
    await state().confirmRemoval('');
    state().setView('trash');
    await bridge.settled();
    expect(state().query.status).toBe('trashed');
    expect(state().ids).toEqual([ada]);
    await state().restore([ada!]);
    await bridge.settled();
    expect(state().ids).toEqual([]);
    expect(state().toast?.message).toBe('Restored 1 person.');
  });

  it('selects all shown after a search, and only those', async () => {
    state().updateQuery({ search: 'ho' });
    await bridge.settled();
    await loadRows();
    expect(names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    state().selectAllShown();
    expect(state().selectedIds).toEqual(new Set(state().ids));
    state().updateQuery({ search: '' });
    await bridge.settled();
    expect(state().selectedIds.size).toBe(2);
    expect(state().ids).toHaveLength(6);
  });

  it('switching views clears the selection and the detail, and loads what the view shows', async () => {
    const [ada] = state().ids;
    state().clickRow(ada!, { toggle: false, range: false });
    await bridge.settled();
    state().setView('log');
    await bridge.settled();
    expect(state().selectedIds.size).toBe(0);
    expect(state().detail).toBeNull();
    expect(state().auditBatches).toEqual([]);
    await state().requestRemoval([ada!]);
    await state().confirmRemoval('tidy');
    await bridge.settled();
    expect(state().auditBatches).toMatchObject([{ action: 'remove', reason: 'tidy', count: 1 }]);
    state().setView('checklist');
    await bridge.settled();
    expect(state().checklist).toEqual([
      {
        contactId: ada,
        name: 'Ada Lovelace',
        profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815',
        done: false,
      },
    ]);
    await state().markChecklist(ada!, true);
    expect(state().checklist[0]?.done).toBe(true);
    state().setView('roster');
    await bridge.settled();
    expect(state().query.status).toBe('active');
  });

  it('hands exports to saveFile, and holds the Mastodon one for its unfollow preview', async () => {
    await state().runExport('csv');
    expect(saved.map((file) => file.fileName)).toEqual(['prune-contacts-2026-11-01.csv']);
    expect(saved[0]?.count).toBe(6);
    await state().runExport('mastodon-following');
    expect(state().pendingExport?.fileName).toBe('following_accounts.csv');
    await state().saveExport(state().pendingExport!);
    expect(state().pendingExport).toBeNull();
    expect(saved).toHaveLength(2);
    expect(state().toast?.message).toBe('Saved following_accounts.csv to /exports/following_accounts.csv');
  });

  it('accepts and dismisses merge proposals', async () => {
    await state().importFiles(LOOK_ALIKES);
    await bridge.settled();
    expect(state().proposals).toHaveLength(1);
    const before = state().facets!.statusCounts.active;
    await state().resolveProposal(state().proposals[0]!.id, 'accept');
    await bridge.settled();
    expect(state().proposals).toEqual([]);
    expect(state().facets!.statusCounts.active).toBe(before - 1);

    await state().importFiles([
      text(
        'Connections.csv',
        'First Name,Last Name,Email Address,Company,Position,Connected On\nHedy,Lamarr,,Frequency Hopping Inc,Inventor,1-Jun-20\n',
      ),
      text(
        'alan.vcf',
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hedy Lamarr\r\nORG:Frequency Hopping Inc\r\nEMAIL:hedy@example.org\r\nEND:VCARD\r\n',
      ),
    ]);
    await bridge.settled();
    expect(state().proposals).toHaveLength(1);
    await state().resolveProposal(state().proposals[0]!.id, 'dismiss');
    await bridge.settled();
    expect(state().proposals).toEqual([]);
    expect(state().facets!.statusCounts.active).toBe(before + 1);
    await loadRows();
    expect(names().filter((name) => name === 'Hedy Lamarr')).toHaveLength(2);
  });

  it('the toast expires on its timer, and a newer toast outlives an older timer', async () => {
    state().showToast('first', false);
    state().showToast('second', true);
    timers[0]!();
    expect(state().toast?.message).toBe('second');
    timers[1]!();
    expect(state().toast).toBeNull();
  });

  it('a failed request shows its message once; "nothing to undo" is an answer in the toast, not an error', async () => {
    await state().undo();
    expect(state().error).toBeNull();
    expect(state().toast).toMatchObject({ message: 'Nothing to undo.', undoable: false });
    await state().resolveProposal(999, 'accept');
    expect(state().error).toBe('No merge proposal with id 999.');
    state().clearError();
    expect(state().error).toBeNull();
  });

  it('imports files the user opened with Prune from the OS', async () => {
    core.emit('filesOffered', {
      files: [
        {
          name: 'ada.vcf',
          bytes: new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hedy Lamarr\r\nEND:VCARD\r\n'),
        },
      ],
    });
    await vi.waitFor(() => expect(state().summary).toMatchObject({ added: 1 }));
    await bridge.settled();
    expect(state().facets?.statusCounts.active).toBe(7);
  });

  it('refreshes when another window changes the roster', async () => {
    const other = inProcessApi(core);
    const [ada] = state().ids;
    await other.api.contactsRemove({ ids: [ada!], reason: null });
    await bridge.settled();
    expect(state().ids).not.toContain(ada);
    expect(state().facets?.statusCounts.trashed).toBe(1);
  });
});

describe('importing through the store', () => {
  const bigExport = (): File =>
    text('Connections.csv', toLinkedInConnectionsCsv(generateNetwork({ seed: 7, size: 6000 }), { era: 'current' }));

  it('shows progress while it runs and the summary when it ends', async () => {
    const core = memoryCore();
    const bridge = inProcessApi(core);
    const store = createStore(quietDependencies(bridge.api));
    await store.getState().init();
    const phases = new Set<string>();
    const unsubscribe = store.subscribe((state) => {
      if (state.progress) phases.add(state.progress.phase);
    });
    const running = store.getState().importFiles([bigExport()]);
    expect(store.getState().importRunning).toBe(true);
    await running;
    unsubscribe();
    expect([...phases]).toEqual(expect.arrayContaining(['parsing', 'saving']));
    expect(store.getState()).toMatchObject({ importRunning: false, progress: null, summary: { added: 6000 } });
    core.close();
  });

  it('cancel rolls the whole import back and is not reported as an error', async () => {
    const core = memoryCore();
    const bridge = inProcessApi(core);
    const store = createStore(quietDependencies(bridge.api));
    await store.getState().init();
    let cancelled = false;
    const unsubscribe = store.subscribe((state) => {
      if (state.progress?.phase === 'saving' && !cancelled) {
        cancelled = true;
        void state.cancelImport();
      }
    });
    await store.getState().importFiles([bigExport()]);
    await bridge.settled();
    unsubscribe();
    expect(cancelled).toBe(true);
    expect(store.getState()).toMatchObject({ importRunning: false, summary: null, error: null });
    expect(store.getState().facets?.statusCounts.active).toBe(0);
    core.close();
  });
});
