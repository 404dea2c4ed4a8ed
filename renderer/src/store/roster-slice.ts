import { RosterQuery, type ContactRow, type ContactSort, type SourceKind } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

const ROW_CHUNK = 500;

export interface RosterSlice {
  query: RosterQuery;
  /** Every id the query matches, in order; the list virtualizes over it. */
  ids: number[];
  totalInStatus: number;
  queryLoaded: boolean;
  /**
   * Rows by id, filled window by window. The Map is mutated in place and `rowsVersion`
   * bumped, so 100,000 cached rows are never copied on each fetch.
   */
  rowCache: Map<number, ContactRow>;
  rowsVersion: number;
  updateQuery(change: Partial<RosterQuery>): void;
  setSort(sort: ContactSort): void;
  toggleSource(source: SourceKind): void;
  clearFilters(): void;
  runQuery(): Promise<void>;
  ensureRows(fromIndex: number, toIndex: number): void;
  invalidateRows(): void;
}

export const createRosterSlice: SliceCreator<RosterSlice> =
  ({ api }) =>
  (set, get) => {
    /** Typing fast sends several queries; only the newest answer may land. */
    let querySequence = 0;
    /** Row ids requested and not answered yet, so a scroll does not ask twice. */
    const inFlight = new Set<number>();
    return {
      query: RosterQuery.parse({}),
      ids: [],
      totalInStatus: 0,
      queryLoaded: false,
      rowCache: new Map(),
      rowsVersion: 0,

      updateQuery(change) {
        set({ query: { ...get().query, ...change } });
        void get().runQuery();
      },
      setSort(sort) {
        const { query } = get();
        const direction = query.sort === sort && query.direction === 'asc' ? 'desc' : 'asc';
        get().updateQuery({ sort, direction });
      },
      toggleSource(source) {
        const { sources } = get().query;
        get().updateQuery({
          sources: sources.includes(source) ? sources.filter((s) => s !== source) : [...sources, source],
        });
      },
      clearFilters() {
        get().updateQuery({ sources: [], hasEmail: null, connectedAfter: null, connectedBefore: null, company: null });
      },

      async runQuery() {
        const sequence = ++querySequence;
        const result = await api.rosterQuery(get().query);
        if (sequence !== querySequence) return;
        const value = get().unwrap(result);
        if (value) set({ ids: value.ids, totalInStatus: value.totalInStatus, queryLoaded: true });
      },

      ensureRows(fromIndex, toIndex) {
        const { ids, rowCache } = get();
        const missing = ids
          .slice(Math.max(0, fromIndex), Math.min(ids.length, toIndex + 1))
          .filter((id) => !rowCache.has(id) && !inFlight.has(id));
        for (let start = 0; start < missing.length; start += ROW_CHUNK) {
          const chunk = missing.slice(start, start + ROW_CHUNK);
          chunk.forEach((id) => inFlight.add(id));
          void api.rosterRows({ ids: chunk }).then((result) => {
            chunk.forEach((id) => inFlight.delete(id));
            const rows = get().unwrap(result);
            if (!rows || get().rowCache !== rowCache) return;
            for (const row of rows) rowCache.set(row.id, row);
            set({ rowsVersion: get().rowsVersion + 1 });
          });
        }
      },

      invalidateRows() {
        inFlight.clear();
        set({ rowCache: new Map(), rowsVersion: get().rowsVersion + 1 });
      },
    };
  };
