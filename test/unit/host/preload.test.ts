import { beforeEach, describe, expect, it, vi } from 'vitest';
import { windowChannels, eventNames, ipcChannel, ipcEventChannel } from '../../../shared/ipc.js';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async () => ({ ok: true, value: 'pong' }));
const rendererListeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      rendererListeners.set(channel, listener),
    off: (channel: string) => rendererListeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../electron/preload/index.js');
  });

  it('exposes exactly one function per channel plus `on`, never ipcRenderer', () => {
    const api = exposed.get('prune') as Record<string, unknown>;
    expect([...exposed.keys()]).toEqual(['prune']);
    expect(Object.keys(api).sort()).toEqual([...windowChannels, 'on'].sort());
    expect(api).not.toHaveProperty('backupCreate');
    expect(api).not.toHaveProperty('backupRestore');
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|invoke/);
  });

  it('invokes the namespaced channel with the payload as given', async () => {
    const api = exposed.get('prune') as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(api.rosterQuery!({ search: 'ada' })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith(ipcChannel('rosterQuery'), { search: 'ada' });
  });

  it('delivers events without the IPC event object and unsubscribes', () => {
    const api = exposed.get('prune') as { on: (event: string, listener: (payload: unknown) => void) => () => void };
    const received: unknown[] = [];
    const off = api.on(eventNames[0]!, (payload) => received.push(payload));
    rendererListeners.get(ipcEventChannel(eventNames[0]!))!({ sender: 'secret' }, { phase: 'done' });
    expect(received).toEqual([{ phase: 'done' }]);
    off();
    expect(rendererListeners.has(ipcEventChannel(eventNames[0]!))).toBe(false);
  });
});
