import { RosterQuery, type ContactRow, type ContactSort, type SourceKind } from '../../../shared/domain.js';
import type { SliceCreator } from './slice.js';

const ROW_CHUNK = 500;
/** Ids (with their rows) in a query's first answer: more than any screen shows. */
const FIRST_SCREEN = 60;
/** How long a search must rest before the rest of its ids are fetched unasked. */
const WHOLE_LIST_AFTER_MS = 250;
/** Date columns start newest first: that is what people look for. */
const NEWEST_FIRST: ReadonlySet<ContactSort> = new Set(['connectedOn', 'lastInteraction']);

export interface RosterSlice {
  query: RosterQuery;
  /**
   * The ids the query matches, in order; the list virtualizes over `shownCount` rows. Right
   * after a search this is only the first screen's ids (`idsComplete` false); the rest follow
   * when the window is idle or someone needs them (`allIds`).
   */
  ids: number[];
  shownCount: number;
  idsComplete: boolean;
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
  /** Every id the current query matches, fetching the rest of the list if only its head is here. */
  allIds(): Promise<number[]>;
  ensureRows(fromIndex: number, toIndex: number): void;
  invalidateRows(): void;
}

/** Background warming: rows per request (the contract's maximum). */
const WARM_CHUNK = 1000;

export const createRosterSlice: SliceCreator<RosterSlice> =
  ({ api, whenIdle, setTimer }) =>
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
        if (chunk.length === 0) {
          if (!get().idsComplete) warming = null; // started again once the whole list is here
          return;
        }
        void fetchRows(chunk).then(() => whenIdle(step));
      };
      whenIdle(step);
    }

    /** Moves on whenever a new answer is asked for or shown: a whole list fetched for an older one is dropped. */
    let generation = 0;
    /** The whole list being fetched for the current answer, if any. */
    let completing: Promise<number[]> | null = null;

    /** Whoever left the list (removed, restored, filtered out) leaves the detail pane too. */
    function dropSelectedIfGone(ids: readonly number[]): void {
      const { selectedId } = get();
      if (selectedId !== null && !ids.includes(selectedId)) void get().select(null);
    }

    /**
     * One query at a time; an answer that a newer request made stale is dropped, not shown.
     * The answer brings the first screen's ids and rows, so a keystroke costs one small round
     * trip; the whole list follows when the window is idle.
     */
    async function answerNewest(): Promise<void> {
      // `running` is cleared in the same step as the last `stale` check: a request made after it starts anew.
      try {
        do {
          stale = false;
          generation += 1;
          const result = await api.rosterQuery({ ...get().query, head: FIRST_SCREEN });
          if (stale) continue;
          const value = get().unwrap(result);
          if (!value) return;
          const { rowCache } = get();
          for (const row of value.rows ?? []) rowCache.set(row.id, row);
          await fetchRows(value.ids);
          if (stale) continue;
          const complete = value.ids.length === value.count;
          generation += 1;
          completing = null;
          set({
            ids: value.ids,
            shownCount: value.count,
            idsComplete: complete,
            totalInStatus: value.totalInStatus,
            queryLoaded: true,
            rowsVersion: get().rowsVersion + 1,
          });
          const { selectedId } = get();
          if (complete) dropSelectedIfGone(value.ids);
          // Whether the selected person is still in the list needs the whole list: fetch it now.
          else if (selectedId !== null && !value.ids.includes(selectedId)) void get().allIds();
          else {
            // Prefetched once typing pauses: fetching the whole list of every prefix typed would
            // put ~40,000 ids on the wire in front of the next keystroke's answer.
            const asked = generation;
            setTimer(
              () =>
                whenIdle(() => {
                  if (asked === generation) void get().allIds();
                }),
              WHOLE_LIST_AFTER_MS,
            );
          }
          warmRows();
        } while (stale);
      } finally {
        running = null;
      }
    }

    async function completeIds(): Promise<number[]> {
      const asked = generation;
      const result = await api.rosterQuery(get().query);
      if (asked !== generation) return get().allIds(); // a newer answer came or is coming
      const value = get().unwrap(result);
      if (!value) return get().ids;
      generation += 1;
      set({ ids: value.ids, shownCount: value.ids.length, idsComplete: true, totalInStatus: value.totalInStatus });
      dropSelectedIfGone(value.ids);
      warmRows();
      return value.ids;
    }

    return {
      query: RosterQuery.parse({}),
      ids: [],
      shownCount: 0,
      idsComplete: true,
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
        running = answerNewest();
        return running;
      },

      async allIds() {
        if (running) await running;
        if (get().idsComplete) return get().ids;
        if (!completing) {
          const mine = completeIds().finally(() => {
            if (completing === mine) completing = null;
          });
          completing = mine;
        }
        return completing;
      },

      ensureRows(fromIndex, toIndex) {
        if (toIndex >= get().ids.length && !get().idsComplete) {
          // Once the whole list is here (not again after a failed request: that would loop).
          void get()
            .allIds()
            .then(() => get().idsComplete && get().ensureRows(fromIndex, toIndex));
          return;
        }
        const ids = get().ids.slice(Math.max(0, fromIndex), Math.min(get().ids.length, toIndex + 1));
        for (let start = 0; start < ids.length; start += ROW_CHUNK) void fetchRows(ids.slice(start, start + ROW_CHUNK));
      },

      invalidateRows() {
        inFlight.clear();
        set({ rowCache: new Map(), rowsVersion: get().rowsVersion + 1 });
      },
    };
  };
