import { useEffect } from 'react';
import { api } from '../../api.js';
import { useStore } from '../../store/index.js';

/** Keeps the Review count current: loaded once, then again whenever the core says the queue changed. */
export function RulesSync() {
  const loadReview = useStore((s) => s.loadReview);
  useEffect(() => {
    void loadReview();
    return api.on('reviewChanged', () => void loadReview());
  }, [loadReview]);
  return null;
}
