/**
 * JSON with byte arrays: Electron's structured clone carries Uint8Array natively,
 * WebSocket text frames do not, so the browser host tags them as base64.
 * Runs in both the browser bridge and Node.
 */
const BYTES_TAG = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when a byte array is anywhere in `value`; arrays of numbers (id lists) are skipped in one pass. */
function containsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.length > 0 && typeof value[0] !== 'number' && value.some(containsBytes);
  return Object.values(value).some(containsBytes);
}

/**
 * A replacer or reviver runs once per value: over a 100,000-id list that is most of the
 * cost of a query's answer, so they run only when bytes are actually there.
 */
export function encodeWire(value: unknown): string {
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_TAG]: toBase64(item) } : item,
  );
}

export function decodeWire(text: string): unknown {
  if (!text.includes(`"${BYTES_TAG}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const tagged = (item as Record<string, unknown>)[BYTES_TAG];
      if (typeof tagged === 'string' && Object.keys(item).length === 1) return fromBase64(tagged);
    }
    return item;
  });
}

/** Browser → host frames. */
export interface RequestFrame {
  id: number;
  channel: string;
  payload: unknown;
}

/** Host → browser frames: a reply to a request, or a pushed event. */
export type ServerFrame = { id: number; result: unknown } | { event: string; payload: unknown };
