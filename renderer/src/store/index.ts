import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './app-slice.js';
import { createDeclutterSlice, type DeclutterSlice } from './declutter-slice.js';
import { createDetailSlice, type DetailSlice } from './detail-slice.js';
import { createImportSlice, type ImportSlice } from './import-slice.js';
import { createMergeSlice, type MergeSlice } from './merge-slice.js';
import { createRosterSlice, type RosterSlice } from './roster-slice.js';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.js';

/** One store from domain slices; components read it through selectors. */
export type Store = AppSlice & RosterSlice & SelectionSlice & DetailSlice & ImportSlice & MergeSlice & DeclutterSlice;

export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createRosterSlice(...args),
  ...createDetailSlice(...args),
  ...createImportSlice(...args),
  ...createMergeSlice(...args),
  ...createSelectionSlice(...args),
  ...createDeclutterSlice(...args),
}));
