import type { RosterOrigin, StartOverResult } from '../../../shared/start-over.js';
import type { SliceCreator } from './slice.js';

/** What the user answered when importing files while the sample is loaded. */
export type SampleImportChoice = 'replace' | 'add' | 'cancel';

export interface StartOverSlice {
  /** Whether the sample is loaded and how many people the roster holds; null until asked. */
  rosterOrigin: RosterOrigin | null;
  /** The start-over confirmation is open. */
  startOverAsked: boolean;
  startingOver: boolean;
  /** An import waiting for the answer to "Replace the sample with your files?". */
  sampleImportAsked: boolean;
  loadRosterOrigin(): Promise<void>;
  askStartOver(): void;
  cancelStartOver(): void;
  /** Backs up and empties the roster; the window then shows the first run. */
  confirmStartOver(): Promise<StartOverResult | null>;
  /**
   * Called by the import before it runs: true when the sample is loaded and the user must answer
   * first; `proceed` then runs if they replace the sample or add to it.
   */
  holdImportOverSample(proceed: () => Promise<void>): boolean;
  answerSampleImport(choice: SampleImportChoice): Promise<void>;
}

export const createStartOverSlice: SliceCreator<StartOverSlice> =
  ({ api }) =>
  (set, get) => {
    /** The held import (bytes already chosen), kept only until the user answers. */
    let heldImport: (() => Promise<void>) | null = null;

    async function startOver(): Promise<StartOverResult | null> {
      set({ startingOver: true });
      try {
        const result = get().unwrap(await api.startOver({}));
        if (result) {
          get().setView('roster');
          await get().loadRosterOrigin();
        }
        return result;
      } finally {
        set({ startingOver: false });
      }
    }

    return {
      rosterOrigin: null,
      startOverAsked: false,
      startingOver: false,
      sampleImportAsked: false,
      async loadRosterOrigin() {
        const origin = get().unwrap(await api.rosterOrigin({}));
        if (origin) set({ rosterOrigin: origin });
      },
      askStartOver() {
        set({ startOverAsked: true });
        void get().loadRosterOrigin();
      },
      cancelStartOver: () => set({ startOverAsked: false }),
      async confirmStartOver() {
        const result = await startOver();
        set({ startOverAsked: false });
        if (result) get().closeOverlay();
        return result;
      },
      holdImportOverSample(proceed) {
        if (!get().rosterOrigin?.sampleLoaded) return false;
        heldImport = proceed;
        set({ sampleImportAsked: true });
        return true;
      },
      async answerSampleImport(choice) {
        const proceed = heldImport;
        heldImport = null;
        set({ sampleImportAsked: false });
        if (!proceed || choice === 'cancel') return;
        if (choice === 'replace' && !(await startOver())) return;
        await proceed();
      },
    };
  };
