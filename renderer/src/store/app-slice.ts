import type { AppInfo, ContactStatus, Facets } from '../../../shared/domain.js';
import type { Result } from '../../../shared/result.js';
import type { SliceCreator } from './slice.js';

export interface AppSlice {
  info: AppInfo | null;
  facets: Facets | null;
  error: string | null;
  showError(message: string): void;
  clearError(): void;
  loadFacets(status?: ContactStatus): Promise<void>;
  /** Unwraps a Result, surfacing its error in the banner; null when it failed. */
  unwrap<T>(result: Result<T>): T | null;
  init(): Promise<void>;
}

export const createAppSlice: SliceCreator<AppSlice> =
  ({ api }) =>
  (set, get) => {
    /** Subscriptions are made once per store, even if React mounts the app twice (StrictMode). */
    let initialized = false;
    return {
      info: null,
      facets: null,
      error: null,
      showError: (message) => set({ error: message }),
      clearError: () => set({ error: null }),
      unwrap(result) {
        if (result.ok) return result.value;
        if (result.error.code !== 'cancelled') set({ error: result.error.message });
        return null;
      },
      async loadFacets(status = get().query.status) {
        const facets = get().unwrap(await api.rosterFacets({ status }));
        if (facets) set({ facets });
      },
      async init() {
        if (initialized) return;
        initialized = true;
        api.on('importProgress', (progress) => get().setProgress(progress));
        api.on('rosterChanged', () => {
          get().refreshAfterChange();
          void get().loadRosterOrigin();
        });
        api.on('filesOffered', ({ files }) => void get().importBytes(files));
        api.on('menuCommand', ({ command }) => get().runCommand(command));
        get().initFeed();
        // The list first: the host answers one request at a time, and counts and merge
        // proposals over 100,000 people take longer than the rows people are waiting for.
        const info = api.appInfo({}).then((result) => set({ info: get().unwrap(result) }));
        await get().runQuery();
        await Promise.all([
          info,
          get().loadFacets(),
          get().loadProposals(),
          get().loadHistory(),
          get().loadFeedSettings(),
          get().loadRosterOrigin(),
        ]);
      },
    };
  };
