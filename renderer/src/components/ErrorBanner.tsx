import { useStore } from '../store/index.js';

/** A failure the user has to know about; answers like "nothing to undo" go to the toast. */
export function ErrorBanner() {
  const error = useStore((s) => s.error);
  const clearError = useStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span>{error}</span>
      <button type="button" className="btn btn-ghost" onClick={clearError} aria-label="Dismiss error">
        Dismiss
      </button>
    </div>
  );
}
