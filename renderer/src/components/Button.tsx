import type { ComponentProps } from 'react';

/**
 * primary: the one main action of a view or dialog. secondary: everything else.
 * destructive: only the confirming button inside a confirmation dialog. ghost: quiet
 * inline actions (toolbars inside panes, "Clear").
 */
export type ButtonVariant = 'primary' | 'secondary' | 'destructive' | 'ghost';

export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return <button type={type} className={`btn btn-${variant}${className ? ` ${className}` : ''}`} {...props} />;
}
