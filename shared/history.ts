import { z } from 'zod';

/** What removals, restores and merges report, and the one undo history they make. */

export const BatchResult = z.object({
  batchId: z.number().int().nullable(),
  /** How many contacts actually changed state (ids already in the target state are left alone). */
  changed: z.number().int(),
});
export type BatchResult = z.infer<typeof BatchResult>;

/** The actions Undo and Redo walk through, newest first. Purges are final. */
export const UndoableAction = z.enum([
  'remove',
  'restore',
  'merge',
  'hide',
  'review',
  'subscribe',
  'dismiss',
  'protect',
]);
export type UndoableAction = z.infer<typeof UndoableAction>;

/** One entry of the history, named for menus and toasts: "Merge Lise Meitner", "Remove 3 people". */
export const HistoryEntry = z.object({ batchId: z.number().int(), action: UndoableAction, label: z.string() });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryState = z.object({ undo: HistoryEntry.nullable(), redo: HistoryEntry.nullable() });
export type HistoryState = z.infer<typeof HistoryState>;

/** What Undo or Redo did: the entry it reversed or re-applied, and how many people it moved. */
export const UndoResult = HistoryEntry.extend({ changed: z.number().int() });
export type UndoResult = z.infer<typeof UndoResult>;

/** Fields a merge keeps from one side or the other; the rest (addresses, sources, history) is combined. */
export const MergeField = z.enum(['name', 'company', 'position', 'profileUrl', 'connectedOn', 'note']);
export type MergeField = z.infer<typeof MergeField>;
export const MergeSurvivors = z.partialRecord(MergeField, z.enum(['a', 'b']));
export type MergeSurvivors = z.infer<typeof MergeSurvivors>;
