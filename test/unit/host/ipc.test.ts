import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { bindIpc, forwardEvents, trustAppPage } from '../../../electron/main/ipc.js';
import { ipcChannel, ipcEventChannel, windowChannels } from '../../../shared/ipc.js';
import { memoryCore } from '../../helpers/memory-core.js';

type Listener = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, payload: unknown) => unknown;

const INDEX = 'app://prune/index.html';
const fromFrame = (url: string | null) =>
  ({ senderFrame: url === null ? null : { url } }) as Pick<IpcMainInvokeEvent, 'senderFrame'>;

describe('electron IPC binding', () => {
  let core: Core;
  let handlers: Map<string, Listener>;
  let unbind: () => void;
  const fakeIpcMain = {
    handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
  };

  beforeEach(() => {
    core = memoryCore();
    handlers = new Map();
    unbind = bindIpc(fakeIpcMain as never, core, trustAppPage(INDEX));
  });
  afterEach(() => core.close());

  it('binds every window channel, namespaced, never the CLI-only ones, and unbinds them all', () => {
    expect([...handlers.keys()].sort()).toEqual(windowChannels.map(ipcChannel).sort());
    expect(handlers.has(ipcChannel('backupCreate'))).toBe(false);
    expect(handlers.has(ipcChannel('backupRestore'))).toBe(false);
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('serves a trusted call through the handler table', async () => {
    const result = await handlers.get(ipcChannel('appInfo'))!(fromFrame(INDEX), {});
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ host: 'cli', schemaVersion: core.schemaVersion }),
    });
  });

  it('refuses calls from other frames, navigated pages and destroyed frames', async () => {
    for (const url of [
      'https://evil.example/',
      'file:///tmp/other/index.html',
      'file:///opt/Prune/resources/app.asar/dist/renderer/index.html',
      'app://evil/index.html',
      'app://prune/other.html',
      null,
    ]) {
      const result = await handlers.get(ipcChannel('rosterQuery'))!(fromFrame(url), {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'untrusted_sender', message: expect.stringContaining('rosterQuery') },
      });
    }
  });

  it('rejects payloads that fail the schema with a specific message', async () => {
    const call = (channel: string, payload: unknown) =>
      handlers.get(ipcChannel(channel as never))!(fromFrame(INDEX), payload);
    const badSort = (await call('rosterQuery', { sort: 'salary' })) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(badSort.ok).toBe(false);
    expect(badSort.error.code).toBe('invalid_input');
    expect(badSort.error.message).toMatch(/sort/);
    expect(await call('rosterDetail', { id: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('rosterRows', { ids: 'all' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('importFiles', { files: [{ name: 'x.csv', bytes: 'not bytes' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call('appInfo', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('returns not_found as a value for a missing contact', async () => {
    expect(await handlers.get(ipcChannel('rosterDetail'))!(fromFrame(INDEX), { id: 424242 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No contact with id 424242.' },
    });
  });

  it('forwards core events to a live window only', () => {
    const send = vi.fn();
    let destroyed = false;
    const stop = forwardEvents(core, { send, isDestroyed: () => destroyed });
    core.emit('rosterChanged', { reason: 'import' });
    expect(send).toHaveBeenCalledWith(ipcEventChannel('rosterChanged'), { reason: 'import' });
    destroyed = true;
    core.emit('rosterChanged', { reason: 'merge' });
    expect(send).toHaveBeenCalledTimes(1);
    stop();
  });
});
