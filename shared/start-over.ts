import { z } from 'zod';

/** What the roster holds, for the sample banner and the start-over dialog. */
export const RosterOrigin = z.object({
  /** "Try a sample network" filled this roster and its made-up people are still in it. */
  sampleLoaded: z.boolean(),
  /** Everyone in the roster, in any state (active, trashed, removed). */
  people: z.number().int(),
  /** Where the backup taken before starting over goes. */
  backupsDir: z.string(),
});
export type RosterOrigin = z.infer<typeof RosterOrigin>;

export const StartOverResult = z.object({
  /** The verified copy of the roster as it was. */
  backup: z.string(),
  /** How many people were cleared. */
  cleared: z.number().int(),
});
export type StartOverResult = z.infer<typeof StartOverResult>;

const Empty = z.object({}).strict();

/** Spread into the contract (shared/ipc.ts). */
export const startOverChannels = {
  /** Whether the sample is loaded and how many people a start over would clear. */
  rosterOrigin: { input: Empty, output: RosterOrigin },
  /** Empties the roster (a verified backup first): not in the undo history; the backup is the way back. */
  startOver: { input: Empty, output: StartOverResult },
} as const;
