import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { createStore } from '../../../renderer/src/store/create-store.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { quietDependencies, text } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

const HANDLES = 'ada@mastodon.example\ngrace@fedi.example\n';
const handles = () => text('handles.txt', HANDLES);

describe('a header-less Mastodon list asks what it holds, whichever way it came in (issue 9)', () => {
  let core: Core;
  let bridge: InProcessApi;
  const relations = () =>
    core.db
      .prepare("SELECT relation, count(*) AS n FROM contact_sources WHERE source = 'mastodon' GROUP BY relation")
      .all();

  beforeEach(() => {
    core = memoryCore();
    bridge = inProcessApi(core);
  });
  afterEach(() => core.close());

  const paths = {
    'File › Import… (the picker)': async (store: ReturnType<typeof createStore>) => store.getState().pickAndImport(),
    'dropped or picked files': async (store: ReturnType<typeof createStore>) =>
      store.getState().importFiles([handles(), text('Connections.csv', 'First Name,Last Name\nAda,Lovelace\n')]),
    'opened from the OS (filesOffered bytes)': async (store: ReturnType<typeof createStore>) =>
      store.getState().importBytes([{ name: 'handles.txt', bytes: new TextEncoder().encode(HANDLES) }]),
  };

  for (const [path, importThem] of Object.entries(paths)) {
    it(`${path}: asked, then imported as what the user said`, async () => {
      const store = createStore(quietDependencies(bridge.api, { pickFiles: async () => [handles()] }));
      await store.getState().init();
      await importThem(store);
      const report = store.getState().summary?.files.find((file) => file.name === 'handles.txt');
      expect(report?.error?.code).toBe('unknown-list-kind');
      expect(store.getState().listKindAsked).toEqual(['handles.txt']);
      expect(relations()).toEqual([]);

      await store.getState().importListAs('handles.txt', 'blocked');
      expect(store.getState().summary).toMatchObject({
        added: 2,
        files: [{ format: 'mastodon-blocked', error: null }],
      });
      expect(relations()).toEqual([{ relation: 'blocked', n: 2 }]);
      expect(store.getState().listKindAsked).toEqual([]);
    });
  }

  it('forgets the bytes once the next import starts, and never asks for files that were read', async () => {
    const store = createStore(quietDependencies(bridge.api));
    await store.getState().init();
    await store.getState().importBytes([{ name: 'handles.txt', bytes: new TextEncoder().encode(HANDLES) }]);
    await store.getState().importFiles([text('contacts.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n')]);
    expect(store.getState().listKindAsked).toEqual([]);
    await store.getState().importListAs('handles.txt', 'following');
    expect(relations()).toEqual([]);
  });
});
