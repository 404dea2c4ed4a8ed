import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../shared/domain.js';
import type { PruneApi } from '../../../shared/ipc.js';
import type { Core } from '../../../electron/core/core.js';
import { createStore, type Store } from '../../../renderer/src/store/create-store.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { corpusPath } from '../../helpers/temp-dir.js';
import { toLinkedInConnectionsCsv } from '../../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../../electron/core/sample/generate-network.js';
import { memoryStorage, quietDependencies, text } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

const corpus = (...parts: string[]): File => new File([readFileSync(corpusPath(...parts))], parts.at(-1)!);
const CORPUS = () => [corpus('linkedin', 'Connections.csv'), corpus('vcard', 'contacts.vcf')];

describe('the store behind the desktop conventions (issue 9)', () => {
  let core: Core;
  let bridge: InProcessApi;
  let store: ReturnType<typeof createStore>;
  let saved: ExportResult[];
  let storage: ReturnType<typeof memoryStorage>;
  const state = (): Store => store.getState();
  const build = (api: PruneApi = bridge.api) =>
    createStore(
      quietDependencies(api, {
        saveFile: async (result) => {
          saved.push(result);
          return { kind: 'downloaded' };
        },
        storage,
        pickFiles: async () => CORPUS(),
      }),
    );

  beforeEach(async () => {
    core = memoryCore();
    bridge = inProcessApi(core);
    saved = [];
    storage = memoryStorage();
    store = build();
    await state().init();
    await state().importFiles(CORPUS());
    await bridge.settled();
  });
  afterEach(() => core.close());

  it('answers only the newest search: answers made stale while in flight are dropped, not shown', async () => {
    const asked: string[] = [];
    const counting: PruneApi = {
      ...bridge.api,
      rosterQuery: (input) => {
        asked.push(input.search ?? '');
        return bridge.api.rosterQuery(input);
      },
    };
    store = build(counting);
    await state().init();
    const shown: number[][] = [];
    const unsubscribe = store.subscribe((now, before) => {
      if (now.ids !== before.ids) shown.push(now.ids);
    });
    for (const search of ['j', 'jo', 'jos', 'jose']) state().updateQuery({ search });
    await bridge.settled();
    unsubscribe();
    // The first keystroke's query was in flight; the next three collapse into one for "jose".
    expect(asked.slice(1)).toEqual(['j', 'jose']);
    expect(shown).toHaveLength(1);
    expect(state().ids.map((id) => state().rowCache.get(id)?.name)).toEqual(['José Müller-Øster']);
  });

  it('warms the row cache in the background, when idle, so a search finds its rows already there', async () => {
    await state().importFiles([
      text('Connections.csv', toLinkedInConnectionsCsv(generateNetwork({ seed: 3, size: 150 }), { era: 'current' })),
    ]);
    const idle: (() => void)[] = [];
    store = createStore(
      quietDependencies(bridge.api, {
        whenIdle: (callback) => void idle.push(callback),
        setTimer: (callback) => callback(),
      }),
    );
    await state().init();
    await bridge.settled();
    // The first answer: the count, and the first screen's ids with their rows.
    expect(state().shownCount).toBeGreaterThan(100);
    expect(state()).toMatchObject({ idsComplete: false, ids: expect.any(Array) });
    expect(state().ids).toHaveLength(60);
    expect(state().rowCache.size).toBe(60);
    // When idle: the rest of the ids, then every row.
    while (idle.length > 0) {
      idle.shift()!();
      await bridge.settled();
    }
    expect(state().idsComplete).toBe(true);
    expect(state().ids).toHaveLength(state().shownCount);
    expect([...state().rowCache.keys()].sort()).toEqual([...state().ids].sort());
  });

  it('sorts date columns newest first on the first click, names A to Z', async () => {
    state().setSort('connectedOn');
    expect(state().query).toMatchObject({ sort: 'connectedOn', direction: 'desc' });
    state().setSort('connectedOn');
    expect(state().query.direction).toBe('asc');
    state().setSort('lastInteraction');
    expect(state().query.direction).toBe('desc');
    state().setSort('name');
    expect(state().query.direction).toBe('asc');
    await bridge.settled();
  });

  it('closes the detail pane when its person leaves the list, by removal or by restore', async () => {
    const [ada] = state().ids;
    state().clickRow(ada!, { toggle: false, range: false });
    await bridge.settled();
    expect(state().detail?.name).toBe('Ada Lovelace');
    await state().requestRemoval();
    await state().confirmRemoval('');
    await bridge.settled();
    expect(state().detail).toBeNull();
    expect(state().selectedId).toBeNull();

    state().setView('trash');
    await bridge.settled();
    state().clickRow(ada!, { toggle: false, range: false });
    await bridge.settled();
    expect(state().detail?.status).toBe('trashed');
    await state().restore();
    await bridge.settled();
    expect(state().detail).toBeNull();
  });

  it('moves focus with Home/End and finds people by the first letters of their name', async () => {
    expect(state().moveFocusTo(10_000, false)).toBe(5);
    expect(state().selectedId).toBe(state().ids[5]);
    expect(state().moveFocusTo(-3, false)).toBe(0);
    // Nothing fetched yet: the core narrows the candidates.
    state().invalidateRows();
    expect(await state().typeAhead('gr')).toBe(2);
    await bridge.settled();
    expect(state().detail?.name).toBe('Grace Hopper');
    expect(await state().typeAhead('и')).toBe(5);
    expect(await state().typeAhead('zz')).toBeNull();
    expect(state().selectedId).toBe(state().ids[5]);
  });

  it('routes every menu command to the action the page uses', async () => {
    state().runCommand('view-trash');
    await bridge.settled();
    expect(state()).toMatchObject({ view: 'trash', query: expect.objectContaining({ status: 'trashed' }) });
    state().runCommand('find');
    expect(state().view).toBe('trash'); // the Trash has its own search
    state().runCommand('view-log');
    state().runCommand('find');
    expect(state().view).toBe('roster');
    expect(state().focusRequest).toMatchObject({ target: 'search' });
    await bridge.settled();
    state().runCommand('select-all');
    expect(state().selectedIds.size).toBe(6);
    state().runCommand('export-csv');
    await bridge.settled();
    expect(saved.map((file) => file.fileName)).toEqual([expect.stringMatching(/\.csv$/)]);
    for (const overlay of ['shortcuts', 'settings', 'about'] as const) {
      state().runCommand(overlay);
      expect(state().overlay).toBe(overlay);
    }
    state().runCommand('import');
    await bridge.settled();
    expect(state().summary).toMatchObject({ added: 0, unchanged: expect.any(Number) });
    state().runCommand('undo');
    await bridge.settled();
    expect(state().toast?.message).toBe('Nothing to undo.');
  });

  it('hears menu commands from the host as events', async () => {
    core.emit('menuCommand', { command: 'view-log' });
    await bridge.settled();
    expect(state().view).toBe('log');
    expect(state().auditLoaded).toBe(true);
  });

  it('says loading, not empty, until the Log and the checklist have answered', async () => {
    expect(state().auditLoaded).toBe(false);
    expect(state().checklistLoaded).toBe(false);
    state().setView('checklist');
    expect(state().checklistLoaded).toBe(false);
    await bridge.settled();
    expect(state()).toMatchObject({ checklistLoaded: true, checklist: [] });
  });

  it('remembers the theme and each view’s columns for the next window', () => {
    state().setTheme('dark');
    state().setColumnWidth('roster', 'company', 240);
    state().toggleColumn('trash', 'email');
    state().toggleColumn('roster', 'name'); // the name column is never hidden
    const next = build();
    expect(next.getState().theme).toBe('dark');
    expect(next.getState().columnPrefs.roster).toEqual({ hidden: [], widths: { company: 240 } });
    expect(next.getState().columnPrefs.trash).toEqual({ hidden: ['email'], widths: {} });
    storage.setItem('prune.columns.v1', '{not json');
    expect(build().getState().columnPrefs.roster).toEqual({ hidden: [], widths: {} });
  });

  it('starts the Removed view without the columns a tombstone never fills, and lets them be shown again', () => {
    storage.values.clear();
    const fresh = build();
    expect(fresh.getState().columnPrefs.removed.hidden).toEqual([
      'company',
      'position',
      'connectedOn',
      'lastInteraction',
    ]);
    expect(fresh.getState().columnPrefs.roster.hidden).toEqual([]);
    fresh.getState().toggleColumn('removed', 'company');
    expect(build().getState().columnPrefs.removed.hidden).toEqual(['position', 'connectedOn', 'lastInteraction']);
  });
});
