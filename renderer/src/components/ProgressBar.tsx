export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const indeterminate = max <= 0;
  return (
    <div
      className={`progress ${indeterminate ? 'progress-indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={indeterminate ? undefined : max}
      aria-valuenow={indeterminate ? undefined : value}
    >
      <div
        className="progress-fill"
        style={{ width: indeterminate ? '30%' : `${Math.min(100, (value / max) * 100)}%` }}
      />
    </div>
  );
}
