import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { createStore, type Store } from '../../../renderer/src/store/create-store.js';
import type { ExportResult } from '../../../shared/domain.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { CONNECTIONS, VCARD } from '../../helpers/reconnect-files.js';
import { quietDependencies, text } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

describe('the reconnect slice over the real core', () => {
  let core: Core;
  let bridge: InProcessApi;
  let store: ReturnType<typeof createStore>;
  let saved: ExportResult[];
  const state = (): Store => store.getState();
  const mira = () =>
    core.db.prepare("SELECT id FROM contacts WHERE display_name = 'Mira Castell'").pluck().get() as number;

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
    await state().importFiles([text('Connections.csv', CONNECTIONS), text('mira.vcf', VCARD)]);
    await bridge.settled();
  });
  afterEach(() => core.close());

  it('opens a plan, keeps a refused address out of the error banner, and tracks a step', async () => {
    await state().openReconnect(mira());
    expect(state().reconnectPlan).toMatchObject({
      suggested: 'mira.castell@home.example',
      blocked: ['mira@work.example'],
    });
    expect(state().reconnectTemplates.map((t) => t.name)).toEqual(['Apology for a mistake', 'Re-introduction']);
    expect(await state().addReconnectAddress('nope')).toMatch(/not an email address/);
    expect(state().error).toBeNull();
    expect(await state().addReconnectAddress('@mira@social.example')).toBeNull();
    expect(state().reconnectPlan?.alternates).toContain('@mira@social.example');
    await state().markReconnect(mira(), 'sent', 'mira.castell@home.example');
    expect(state().reconnectPlan?.attempt).toMatchObject({ status: 'sent', via: 'mira.castell@home.example' });
    expect(state().toast?.message).toBe('Mira Castell: marked as sent');
    state().setView('reconnect');
    await bridge.settled();
    expect(state().reconnectAttempts.map((a) => a.status)).toEqual(['sent']);
  });

  it('asks for my name once and hands out a one-line following_accounts.csv', async () => {
    await state().openReconnect(mira());
    expect(state().reconnectSettings).toEqual({ myName: null, reminderDays: 14 });
    await state().saveReconnectSettings({ myName: 'Sam Example' });
    expect(state().reconnectPlan?.fields.myName).toBe('Sam Example');
    expect(state().reconnectPlan?.message).toMatch(/Sam Example$/);
    await state().downloadMastodonFollow('@mira@social.example');
    expect(saved).toEqual([
      expect.objectContaining({
        fileName: 'following_accounts.csv',
        text: 'Account address,Show boosts,Notify on new posts,Languages\r\nmira@social.example,true,false,\r\n',
      }),
    ]);
  });
});
