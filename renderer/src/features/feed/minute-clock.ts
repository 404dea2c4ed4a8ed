import { useSyncExternalStore } from 'react';

/**
 * One clock for every relative time on screen ("3 minutes ago"): a single interval while
 * anything shows one, none when nothing does. Only the components that read it re-render on a
 * tick, which in the virtualized feed means the time of each card on screen, not the list.
 */

export const TICK_MS = 60_000;

let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

export function subscribeMinuteClock(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    // Idle until now: catch up at once rather than a minute late.
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export const minuteClockNow = (): number => now;

/** The current minute's time in ms; the calling component re-renders when it moves on. */
export const useMinuteClock = (): number => useSyncExternalStore(subscribeMinuteClock, minuteClockNow);
