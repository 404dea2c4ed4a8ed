/**
 * The browser host's stand-in for the Electron preload: defines `window.prune` with
 * exactly the preload's shape (both come from createPruneApi), over a WebSocket.
 * Bundled into dist/web/prune-bridge.js and loaded before the renderer.
 */
import { createPruneApi, type EventName } from '../../shared/ipc.js';
import { fail, type Result } from '../../shared/result.js';
import { decodeWire, encodeWire, type RequestFrame, type ServerFrame } from './wire-codec.js';

/** The host puts a per-run token in a meta tag of the page it serves (no inline script: the CSP forbids it). */
const token = document.querySelector<HTMLMetaElement>('meta[name="prune-ws-token"]')?.content ?? '';
const socket = new WebSocket(`ws://${location.host}/ipc?token=${encodeURIComponent(token)}`);
const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve(), { once: true });
  socket.addEventListener('error', () => reject(new Error('Could not reach the Prune host.')), { once: true });
});
const pending = new Map<number, (result: Result<unknown>) => void>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
let nextId = 1;

socket.addEventListener('message', (message: MessageEvent<string>) => {
  const frame = decodeWire(message.data) as ServerFrame;
  if ('id' in frame) {
    pending.get(frame.id)?.(frame.result as Result<unknown>);
    pending.delete(frame.id);
  } else {
    for (const listener of listeners.get(frame.event) ?? []) listener(frame.payload);
  }
});
socket.addEventListener('close', () => {
  for (const settle of pending.values()) settle(fail('internal', 'The connection to the Prune host was closed.'));
  pending.clear();
});

async function invoke(channel: string, payload: unknown): Promise<Result<unknown>> {
  try {
    await opened;
  } catch (error) {
    return fail('internal', (error as Error).message);
  }
  if (socket.readyState !== WebSocket.OPEN) return fail('internal', 'The connection to the Prune host was closed.');
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    const frame: RequestFrame = { id, channel, payload };
    socket.send(encodeWire(frame));
  });
}

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  let set = listeners.get(event);
  if (!set) listeners.set(event, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

window.prune = createPruneApi(invoke, subscribe);
