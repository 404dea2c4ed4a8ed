import type { HideRuleListing, NoisyPoster } from '../../../shared/feed-hide.js';
import type { SliceCreator } from './slice.js';

/** The two read models over the hide rules: "Hidden & muted" and "Who is noisy". */
export interface HideRulesSlice {
  hideRules: HideRuleListing[];
  hideRulesLoaded: boolean;
  noisy: NoisyPoster[];
  noisyLoaded: boolean;
  loadHideRules(): Promise<void>;
  loadNoisy(): Promise<void>;
}

export const createHideRulesSlice: SliceCreator<HideRulesSlice> =
  ({ api }) =>
  (set, get) => ({
    hideRules: [],
    hideRulesLoaded: false,
    noisy: [],
    noisyLoaded: false,
    async loadHideRules() {
      const rules = get().unwrap(await api.hideList({}));
      if (rules) set({ hideRules: rules, hideRulesLoaded: true });
    },
    async loadNoisy() {
      const noisy = get().unwrap(await api.feedNoisy({ limit: 100 }));
      if (noisy) set({ noisy, noisyLoaded: true });
    },
  });
