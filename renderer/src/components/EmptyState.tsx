import type { ReactNode } from 'react';

/** What a view says when it has nothing to show: why, and the one thing to do about it. */
export function EmptyState({
  title,
  children,
  action,
  testId = 'empty-state',
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-title">{title}</p>
      {children && <p className="empty-body">{children}</p>}
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}

/** A view's loading state: said once, politely, without a layout jump. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="empty-state loading-state" role="status" data-testid="loading-state">
      <p className="empty-body">{label}</p>
    </div>
  );
}
