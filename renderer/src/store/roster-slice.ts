import { RosterQuery, type ContactRow, type ContactSort, type SourceKind } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

const ROW_CHUNK = 500;
/** Rows fetched together with a new id list, so the first screen paints in one go. */
const FIRST_SCREEN = 40;
/** Date columns start newest first: that is what people look for. */
const NEWEST_FIRST: ReadonlySet<ContactSort> = new Set(['connectedOn', 'lastInteraction']);

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

/** Background warming: rows per request (the contract's maximum). */
const WARM_CHUNK = 1000;

export const createRosterSlice: SliceCreator<RosterSlice> =
  ({ api, whenIdle }) =>
  (set, get) => {
    /** The query being answered; while it runs, newer requests only mark it stale. */
    let running: Promise<void> | null = null;
    let stale = false;
    /** Row ids requested and not answered yet, so a scroll does not ask twice. */
    const inFlight = new Set<number>();

    async function fetchRows(ids: number[]): Promise<void> {
      const { rowCache } = get();
      const missing = ids.filter((id) => !rowCache.has(id) && !inFlight.has(id));
      if (missing.length === 0) return;
      missing.forEach((id) => inFlight.add(id));
      const result = await api.rosterRows({ ids: missing });
      missing.forEach((id) => inFlight.delete(id));
      const rows = get().unwrap(result);
      if (!rows || get().rowCache !== rowCache) return;
      for (const row of rows) rowCache.set(row.id, row);
      set({ rowsVersion: get().rowsVersion + 1 });
    }

    /** The row cache being warmed in the background (one warmer per cache). */
    let warming: Map<number, ContactRow> | null = null;

    /**
     * After the list has painted, the rest of its rows are fetched a chunk at a time while the
     * host is idle, so a search's first screen is usually cached and costs one round trip.
     * 100,000 rows are ~30 MB; a roster change drops the cache and warming starts again.
     */
    function warmRows(): void {
      const cache = get().rowCache;
      if (warming === cache) return;
      warming = cache;
      let cursor = 0;
      const step = (): void => {
        if (get().rowCache !== cache) return;
        const { ids } = get();
        const chunk: number[] = [];
        for (; cursor < ids.length && chunk.length < WARM_CHUNK; cursor += 1) {
          const id = ids[cursor]!;
          if (!cache.has(id) && !inFlight.has(id)) chunk.push(id);
        }
        if (chunk.length === 0) return;
        void fetchRows(chunk).then(() => whenIdle(step));
      };
      whenIdle(step);
    }

    /** One query at a time; an answer that a newer request made stale is dropped, not shown. */
    async function answerNewest(): Promise<void> {
      do {
        stale = false;
        const result = await api.rosterQuery(get().query);
        if (stale) continue;
        const value = get().unwrap(result);
        if (!value) return;
        await fetchRows(value.ids.slice(0, FIRST_SCREEN));
        if (stale) continue;
        const { selectedId } = get();
        set({ ids: value.ids, totalInStatus: value.totalInStatus, queryLoaded: true });
        // Whoever left the list (removed, restored, filtered out) leaves the detail pane too.
        if (selectedId !== null && !value.ids.includes(selectedId)) void get().select(null);
        warmRows();
      } while (stale);
    }

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
        const first = NEWEST_FIRST.has(sort) ? 'desc' : 'asc';
        const direction = query.sort !== sort ? first : query.direction === 'asc' ? 'desc' : 'asc';
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

      runQuery() {
        if (running) {
          stale = true;
          return running;
        }
        running = answerNewest().finally(() => {
          running = null;
        });
        return running;
      },

      ensureRows(fromIndex, toIndex) {
        const ids = get().ids.slice(Math.max(0, fromIndex), Math.min(get().ids.length, toIndex + 1));
        for (let start = 0; start < ids.length; start += ROW_CHUNK) void fetchRows(ids.slice(start, start + ROW_CHUNK));
      },

      invalidateRows() {
        inFlight.clear();
        set({ rowCache: new Map(), rowsVersion: get().rowsVersion + 1 });
      },
    };
  };
