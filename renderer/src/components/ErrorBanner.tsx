import { useStore } from '../store/index.js';

export function ErrorBanner() {
  const error = useStore((s) => s.error);
  const clearError = useStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span>{error}</span>
      <button type="button" className="link-button" onClick={clearError} aria-label="Dismiss error">
        Dismiss
      </button>
    </div>
  );
}
