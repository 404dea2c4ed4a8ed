import type { ContactSort } from '../../../shared/domain.js';
import type { KeyValueStorage, SliceCreator } from './slice.js';
import type { ListView } from './view-slice.js';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ColumnPrefs {
  hidden: ContactSort[];
  widths: Partial<Record<ContactSort, number>>;
}

export interface PreferencesSlice {
  theme: ThemeChoice;
  /** Column widths and hidden columns, per list view. */
  columnPrefs: Record<ListView, ColumnPrefs>;
  setTheme(theme: ThemeChoice): void;
  setColumnWidth(view: ListView, column: ContactSort, width: number): void;
  toggleColumn(view: ListView, column: ContactSort): void;
}

const THEME_KEY = 'prune.theme';
const COLUMNS_KEY = 'prune.columns.v1';
const NO_PREFS: ColumnPrefs = { hidden: [], widths: {} };
/** A tombstone keeps name, addresses and sources only: columns that would be empty on every row start hidden. */
const REMOVED_PREFS: ColumnPrefs = { hidden: ['company', 'position', 'connectedOn', 'lastInteraction'], widths: {} };

function read<T>(storage: KeyValueStorage, key: string, valid: (value: unknown) => value is T, fallback: T): T {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    return valid(value) ? value : fallback;
  } catch {
    return fallback; // a hand-edited or older value: start from the defaults
  }
}

const isTheme = (value: unknown): value is ThemeChoice => value === 'system' || value === 'light' || value === 'dark';
const isColumnPrefs = (value: unknown): value is Record<ListView, ColumnPrefs> =>
  typeof value === 'object' &&
  value !== null &&
  ['roster', 'trash', 'removed'].every((view) => {
    const prefs = (value as Record<string, ColumnPrefs | undefined>)[view];
    return prefs && Array.isArray(prefs.hidden) && typeof prefs.widths === 'object';
  });

export const createPreferencesSlice: SliceCreator<PreferencesSlice> =
  ({ storage }) =>
  (set, get) => {
    const saveColumns = (columnPrefs: Record<ListView, ColumnPrefs>) => {
      set({ columnPrefs });
      storage.setItem(COLUMNS_KEY, JSON.stringify(columnPrefs));
    };
    return {
      theme: read(storage, THEME_KEY, isTheme, 'system'),
      columnPrefs: read(storage, COLUMNS_KEY, isColumnPrefs, {
        roster: NO_PREFS,
        trash: NO_PREFS,
        removed: REMOVED_PREFS,
      }),
      setTheme(theme) {
        set({ theme });
        storage.setItem(THEME_KEY, JSON.stringify(theme));
      },
      setColumnWidth(view, column, width) {
        const prefs = get().columnPrefs;
        saveColumns({ ...prefs, [view]: { ...prefs[view], widths: { ...prefs[view].widths, [column]: width } } });
      },
      toggleColumn(view, column) {
        if (column === 'name') return; // a row without a name is nobody
        const prefs = get().columnPrefs;
        const hidden = prefs[view].hidden.includes(column)
          ? prefs[view].hidden.filter((c) => c !== column)
          : [...prefs[view].hidden, column];
        saveColumns({ ...prefs, [view]: { ...prefs[view], hidden } });
      },
    };
  };
